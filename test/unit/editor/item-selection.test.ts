/**
 * ItemSelection (the item an editor tab shows of segments or operators): adding shows the new
 * item, removing the one before, each as one undo step, and the index stays in range.
 */
import { describe, expect, it } from 'vitest';
import { ScenarioDraft } from '../../../src/lib/editor/draft.svelte.ts';
import { ItemSelection } from '../../../src/lib/editor/itemSelection.svelte.ts';
import { MAX_OPERATORS, MIN_OPERATORS } from '../../../src/engine/schema.ts';
import { readScenarioInput } from '../../helpers/scenarios.ts';

function operators() {
  const draft = new ScenarioDraft(readScenarioInput('default'));
  return { draft, selection: new ItemSelection(() => draft, 'operators') };
}

describe('ItemSelection', () => {
  it('adds as one undo step and shows the new item', () => {
    const { draft, selection } = operators();
    const before = draft.input.operators.length;
    selection.add();
    expect(draft.input.operators).toHaveLength(before + 1);
    expect(selection.index).toBe(before);
    draft.undo();
    expect(draft.input.operators).toHaveLength(before);
    // The new item is gone: the index falls back into range.
    expect(selection.index).toBe(before - 1);
  });

  it('removes the shown item and shows the one before', () => {
    const { draft, selection } = operators();
    selection.select(2);
    const third = draft.input.operators[2].id;
    selection.remove();
    expect(draft.input.operators.map((op) => op.id)).not.toContain(third);
    expect(selection.index).toBe(1);
  });

  it('allows adding and removing only within the limits', () => {
    const { draft, selection } = operators();
    while (selection.canAdd) selection.add();
    expect(draft.input.operators).toHaveLength(MAX_OPERATORS);
    expect(selection.index).toBe(MAX_OPERATORS - 1);
    while (selection.canRemove) selection.remove();
    expect(draft.input.operators).toHaveLength(MIN_OPERATORS);
    expect(selection.index).toBe(MIN_OPERATORS - 1);
  });
});
