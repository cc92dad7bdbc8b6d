import { describe, expect, it } from 'vitest';
import { caseSlides, presentAction, stepBack, stepForward } from '../../../src/lib/present/slides.ts';
import { presetById } from '../../../src/lib/scenario/presets.ts';

const key = (k: string, shiftKey = false) => ({ key: k, shiftKey, ctrlKey: false, metaKey: false, altKey: false });

describe('a case as slides', () => {
  it('opens with the title, gives each note a slide at its month and closes with the objectives', () => {
    const input = presetById('default')!.input;
    const slides = caseSlides(input);
    expect(slides[0]).toEqual({ kind: 'title' });
    expect(slides.slice(1, -1).map((s) => (s.kind === 'note' ? [s.view, s.month] : s.kind))).toEqual(
      (input.lookAt ?? []).map((look) => [look.view, look.month ?? null]),
    );
    expect(slides.at(-1)?.kind).toBe('objectives');
  });

  it('has no closing slide when the case lists no objectives', () => {
    expect(caseSlides({ lookAt: [], objectives: [] })).toEqual([{ kind: 'title' }]);
  });
});

describe('keys and a presenter remote', () => {
  it('steps slides with arrows, page keys and space, and months with up/down or shift', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => presentAction(key(k)))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => presentAction(key(k)))).toEqual(['previous', 'previous']);
    expect(presentAction(key('ArrowUp'))).toBe('monthForward');
    expect(presentAction(key('ArrowRight', true))).toBe('monthForward');
    expect(presentAction(key('ArrowLeft', true))).toBe('monthBack');
    expect(presentAction(key('w'))).toBe('pause');
    expect(presentAction(key('.'))).toBe('blank');
    expect(presentAction(key('Escape'))).toBe('exit');
    expect(presentAction({ ...key('ArrowRight'), ctrlKey: true })).toBeNull();
    expect(presentAction(key('x'))).toBeNull();
  });
});

describe('building a slide', () => {
  const slides = caseSlides(presetById('default')!.input);

  it('reveals a note slide’s chart before moving on when charts come one at a time', () => {
    let at = stepForward({ slide: 0, revealed: true }, slides, true);
    expect(at).toEqual({ slide: 1, revealed: false });
    at = stepForward(at, slides, true);
    expect(at).toEqual({ slide: 1, revealed: true });
    expect(stepForward(at, slides, true)).toEqual({ slide: 2, revealed: false });
  });

  it('moves straight on otherwise, stops at the ends, and shows a slide built when going back', () => {
    expect(stepForward({ slide: 0, revealed: true }, slides, false)).toEqual({ slide: 1, revealed: true });
    const last = { slide: slides.length - 1, revealed: true };
    expect(stepForward(last, slides, false)).toEqual(last);
    expect(stepBack({ slide: 2, revealed: false })).toEqual({ slide: 1, revealed: true });
    expect(stepBack({ slide: 0, revealed: true })).toEqual({ slide: 0, revealed: true });
  });
});
