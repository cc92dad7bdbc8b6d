/**
 * The scenario being edited: the raw input (as in a file, defaults not filled in), its validation,
 * undo/redo, and what differs from the preset it came from. The workbench's strategy panels, the
 * editor and autosave all work on one draft; only `result.scenario` of a valid draft ever reaches
 * the worker, so an invalid edit cannot start a run.
 */
import type { ScenarioInput } from '../../engine/schema.ts';
import { validateScenario, type ValidationIssue, type ValidationResult } from '../../engine/validate.ts';
import { formatPath, getAt, matchingPath, setAt, type FieldPath } from '../../engine/path.ts';

const HISTORY_LIMIT = 200;

const clone = <T>(value: T): T => structuredClone(value);

export class ScenarioDraft {
  /** The editable scenario; mutate only through the methods below, so undo sees every change. */
  input = $state<ScenarioInput>() as ScenarioInput;
  /** What "reset" and "differs from preset" compare against. */
  origin = $state.raw<ScenarioInput>() as ScenarioInput;
  /** A plain copy of `input` from the draft's making (or a replace) until the first change after it. */
  #pristine = $state.raw<ScenarioInput | null>(null);
  readonly result: ValidationResult = $derived(validateScenario(this.plain()));
  readonly issues: ValidationIssue[] = $derived(this.result.ok ? [] : this.result.issues);

  #past = $state.raw<ScenarioInput[]>([]);
  #future = $state.raw<ScenarioInput[]>([]);
  readonly canUndo = $derived(this.#past.length > 0);
  readonly canRedo = $derived(this.#future.length > 0);

  constructor(origin: ScenarioInput, current: ScenarioInput = origin) {
    this.origin = clone(origin);
    this.input = clone(current);
    this.#pristine = clone(current);
  }

  /**
   * The scenario as a plain object (read-only: it may be the draft's own copy), reactive like
   * `input`. Until the first change it is the copy the draft was made from: a snapshot of the deep
   * state proxy reads every field through it, and at load validation and autosave both want one
   * while the first run is starting.
   */
  plain(): ScenarioInput {
    return this.#pristine ?? ($state.snapshot(this.input) as ScenarioInput);
  }

  get(path: FieldPath): unknown {
    return getAt(this.input, path);
  }

  /** Sets one field (undefined removes it, so the schema default applies). */
  set(path: FieldPath, value: unknown): void {
    if (Object.is(getAt(this.input, path), value)) return;
    this.#remember();
    this.#pristine = null;
    setAt(this.input as unknown as Record<string, unknown>, path, clone(value));
  }

  /** Several changes as one undo step (e.g. adding an operator and its shares). */
  batch(change: (input: ScenarioInput) => void): void {
    this.#remember();
    this.#pristine = null;
    change(this.input);
  }

  /** Replaces the whole scenario (raw JSON edit, import); keeps the origin unless one is given. */
  replace(input: ScenarioInput, origin?: ScenarioInput): void {
    this.#remember();
    this.input = clone(input);
    this.#pristine = clone(input);
    if (origin) this.origin = clone(origin);
  }

  /**
   * The origin's value for what `path` points at in the draft: list items (operators, segments)
   * are matched by id, not position (path.ts matchingPath). Undefined when the origin has no such
   * item (a new operator) or no such field.
   */
  originAt(path: FieldPath): unknown {
    const there = matchingPath(this.input, this.origin, path);
    return there === null ? undefined : getAt(this.origin, there);
  }

  /** Back to the origin's value at `path` (or the whole origin with no path). */
  reset(path?: FieldPath): void {
    if (!path) return this.replace(this.origin);
    this.set(path, this.originAt(path));
  }

  differs(path: FieldPath): boolean {
    // Snapshot only the subtree: the panels ask this for every field on every change.
    return JSON.stringify($state.snapshot(getAt(this.input, path))) !== JSON.stringify(this.originAt(path));
  }

  /**
   * Whether a field is shown as changed from the preset (marker and reset): it differs, and the
   * item it belongs to (`item`, e.g. ['operators', 3]) is in the preset. A field of an item the
   * preset does not have (a new event, segment or operator) is new as a whole; marking each of its
   * fields as changed, with a reset that would empty it, only adds noise.
   */
  changed(path: FieldPath, item?: FieldPath): boolean {
    return (item === undefined || this.originAt(item) !== undefined) && this.differs(path);
  }

  /** Issues whose path is `path` or inside it. */
  issuesAt(path: FieldPath): ValidationIssue[] {
    const key = formatPath(path);
    return this.issues.filter((i) => i.path === key || i.path.startsWith(`${key}.`) || i.path.startsWith(`${key}[`));
  }

  undo(): void {
    [this.#past, this.#future] = this.#travel(this.#past, this.#future);
  }

  redo(): void {
    [this.#future, this.#past] = this.#travel(this.#future, this.#past);
  }

  /** Goes to the newest state on `from` and keeps the current one on `to`; returns the two stacks as they become. */
  #travel(from: ScenarioInput[], to: ScenarioInput[]): [ScenarioInput[], ScenarioInput[]] {
    const target = from.at(-1);
    if (!target) return [from, to];
    const current = $state.snapshot(this.input) as ScenarioInput;
    this.#pristine = null;
    this.input = target;
    return [from.slice(0, -1), [...to, current]];
  }

  #remember(): void {
    this.#past = [...this.#past.slice(-(HISTORY_LIMIT - 1)), $state.snapshot(this.input) as ScenarioInput];
    this.#future = [];
  }
}
