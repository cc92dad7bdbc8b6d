/**
 * Which item of a list the editor shows one at a time (segments, operators): the index stays in
 * range as items come and go, adding shows the new item and removing the one before, and each
 * change is one undo step. ItemPicker draws the choice; the tab draws the chosen item.
 */
import { MAX_OPERATORS, MAX_SEGMENTS, MIN_OPERATORS, type ScenarioInput } from '../../engine/schema.ts';
import type { ScenarioDraft } from './draft.svelte.ts';
import { addOperator, addSegment, removeOperator, removeSegment } from './structure.ts';

interface ListEdits {
  /** How many items the draft has now. */
  count: (input: ScenarioInput) => number;
  min: number;
  max: number;
  /** Adds an item and returns its index (null when none was added). */
  add: (input: ScenarioInput) => number | null;
  remove: (input: ScenarioInput, index: number) => unknown;
}

const LISTS: Record<'operators' | 'segments', ListEdits> = {
  operators: { count: (input) => input.operators.length, min: MIN_OPERATORS, max: MAX_OPERATORS, add: addOperator, remove: removeOperator },
  segments: { count: (input) => input.market.segments.length, min: 1, max: MAX_SEGMENTS, add: addSegment, remove: removeSegment },
};

export class ItemSelection {
  #selected = $state(0);
  readonly #draft: () => ScenarioDraft;
  readonly #edits: ListEdits;

  constructor(draft: () => ScenarioDraft, list: keyof typeof LISTS) {
    this.#draft = draft;
    this.#edits = LISTS[list];
  }

  get index(): number {
    return Math.min(this.#selected, this.#count() - 1);
  }
  get canAdd(): boolean {
    return this.#count() < this.#edits.max;
  }
  get canRemove(): boolean {
    return this.#count() > this.#edits.min;
  }
  #count(): number {
    return this.#edits.count(this.#draft().input);
  }

  select = (index: number): void => {
    this.#selected = index;
  };

  add = (): void => {
    let added: number | null = null;
    this.#draft().batch((input) => (added = this.#edits.add(input)));
    if (added !== null) this.#selected = added;
  };

  remove = (): void => {
    const index = this.index;
    this.#draft().batch((input) => void this.#edits.remove(input, index));
    this.#selected = Math.max(0, index - 1);
  };
}
