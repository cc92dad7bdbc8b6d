/** Resetting several fields to the preset as one undo step (a group of the strategy panel). */
import type { ScenarioDraft } from './draft.svelte.ts';
import { setAt, type FieldPath } from '../../engine/path.ts';

export function resetFields(draft: ScenarioDraft, paths: readonly FieldPath[]): void {
  // Only fields that differ are touched, so untouched parts of the file stay as they were.
  const changed = paths.filter((p) => draft.differs(p));
  if (changed.length === 0) return;
  draft.batch((input) => {
    for (const path of changed) {
      const value = draft.originAt(path);
      setAt(input as unknown as Record<string, unknown>, path, value === undefined ? undefined : structuredClone(value));
    }
  });
}
