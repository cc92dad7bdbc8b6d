/**
 * Writing one field from an input into the draft. Most fields are a plain `draft.set`; a value
 * inside the fixed four-tier service array needs the whole array to exist first (a sparse array
 * would be invalid), and that is done in the same undo step.
 */
import type { ScenarioDraft } from './draft.svelte.ts';
import { setAt, type FieldPath } from '../../engine/path.ts';

const EMPTY_TIERS = () => [{}, {}, {}, {}];

/**
 * Sets `path` to `value` (undefined removes the field so its default applies). `tiersTemplate`
 * is what a missing `tiers` array starts as (a scheduled change copies the operator's tiers,
 * because a change replaces all four).
 */
export function commitField(draft: ScenarioDraft, path: FieldPath, value: unknown, tiersTemplate?: () => unknown[]): void {
  const at = path.indexOf('tiers');
  if (at >= 0 && typeof path[at + 1] === 'number') {
    const tiersPath = path.slice(0, at + 1);
    if (!Array.isArray(draft.get(tiersPath))) {
      if (value === undefined) return;
      const tiers = structuredClone((tiersTemplate ?? EMPTY_TIERS)());
      draft.batch((input) => {
        setAt(input as unknown as Record<string, unknown>, tiersPath, tiers);
        setAt(input as unknown as Record<string, unknown>, path, value);
      });
      return;
    }
  }
  draft.set(path, value);
}
