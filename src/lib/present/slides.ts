/**
 * A case as a presentation: a title slide (what the case is and what to learn), one slide per
 * "what to look at" note with its chart at its month, and a closing slide with the objectives.
 */
import type { LocalizedString, LookAt, ScenarioInput, ViewId } from '../../engine/schema.ts';

export type Slide =
  { kind: 'title' } | { kind: 'note'; view: ViewId; month: number | null; note: LocalizedString } | { kind: 'objectives'; objectives: LocalizedString[] };

export function caseSlides(input: Pick<ScenarioInput, 'lookAt' | 'objectives'>): Slide[] {
  const notes = (input.lookAt ?? []).map((look: LookAt): Slide => ({ kind: 'note', view: look.view, month: look.month ?? null, note: look.note }));
  const objectives = input.objectives ?? [];
  return [{ kind: 'title' }, ...notes, ...(objectives.length > 0 ? [{ kind: 'objectives', objectives } as Slide] : [])];
}

/** What a key does in lecturer mode; presenter remotes send PageUp/PageDown (and often B or "."). */
export type PresentAction = 'next' | 'previous' | 'monthForward' | 'monthBack' | 'first' | 'last' | 'pause' | 'blank' | 'fullscreen' | 'exit';

export function presentAction(event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>): PresentAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return event.shiftKey && event.key === 'ArrowRight' ? 'monthForward' : 'next';
    case 'ArrowLeft':
    case 'PageUp':
    case 'Backspace':
      return event.shiftKey && event.key === 'ArrowLeft' ? 'monthBack' : 'previous';
    case 'ArrowUp':
    case ']':
    case '+':
      return 'monthForward';
    case 'ArrowDown':
    case '[':
    case '-':
      return 'monthBack';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'w':
    case 'W':
      return 'pause';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'Escape':
      return 'exit';
    default:
      return null;
  }
}

/**
 * Where "next" goes: a slide whose chart is not yet revealed reveals it first (charts one at a
 * time, as a presenter builds a slide), then the next slide.
 */
export function stepForward(
  state: { slide: number; revealed: boolean },
  slides: readonly Slide[],
  revealOneAtATime: boolean,
): { slide: number; revealed: boolean } {
  const current = slides[state.slide];
  if (revealOneAtATime && current?.kind === 'note' && !state.revealed) return { slide: state.slide, revealed: true };
  const slide = Math.min(slides.length - 1, state.slide + 1);
  return { slide, revealed: slide === state.slide ? state.revealed : !revealOneAtATime };
}

export function stepBack(state: { slide: number; revealed: boolean }): { slide: number; revealed: boolean } {
  const slide = Math.max(0, state.slide - 1);
  // Going back shows the previous slide as it was left: built.
  return { slide, revealed: slide === state.slide ? state.revealed : true };
}
