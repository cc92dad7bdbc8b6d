/** Calls `onChange` with a plain copy of the draft whenever a valid edit lands (runes live here). */
import type { ScenarioDraft } from '../editor/draft.svelte.ts';
import type { AutosavedDraft } from './autosave.ts';

export function watchDraft(draft: ScenarioDraft, onChange: (state: AutosavedDraft) => void): () => void {
  return $effect.root(() => {
    $effect(() => {
      const input = draft.plain();
      const origin = draft.origin;
      if (draft.result.ok) onChange({ input, origin });
    });
  });
}
