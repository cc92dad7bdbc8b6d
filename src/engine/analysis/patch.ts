/**
 * Scenario patches by schema path (`operators[0].retention.budgetShare`: 0.3), as the command
 * line's --set, a preset's variants and a sweep's points write them, and the list of what differs
 * between two scenarios ("what changed" of a comparison).
 */
import { formatPath, getAt, parsePath, setAt, type FieldPath } from '../path.ts';

export type Patch = Readonly<Record<string, unknown>>;

export class PatchError extends Error {}

/** A copy of `input` with each path of `patch` set; a path that is not one is refused by name. */
export function applyPatch<T extends object>(input: T, patch: Patch): T {
  const out = structuredClone(input) as Record<string, unknown>;
  for (const [text, value] of Object.entries(patch)) {
    const path = parsePath(text);
    if (!path) throw new PatchError(`${text}: not a field path (write it like operators[0].pricing.tariffIndex)`);
    const parent = getAt(out, path.slice(0, -1));
    if (path.length > 1 && (parent === null || typeof parent !== 'object'))
      throw new PatchError(`${text}: ${formatPath(path.slice(0, -1))} is not in the scenario`);
    if (Array.isArray(parent) && typeof path[path.length - 1] === 'number' && (path[path.length - 1] as number) > parent.length)
      throw new PatchError(`${text}: ${formatPath(path.slice(0, -1))} has only ${parent.length} items`);
    setAt(out, path, structuredClone(value));
  }
  return out as T;
}

export interface Change {
  path: string;
  baseline: unknown;
  variant: unknown;
}

const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object';

/**
 * Every leaf where `a` and `b` differ, by path; a value only one side has counts as a change. Lists
 * of one length are compared item by item; a list that grew or shrank is one change of the whole
 * list (item by item, every item after a removed one would look changed).
 */
export function changedPaths(a: unknown, b: unknown): Change[] {
  const out: Change[] = [];
  const walk = (x: unknown, y: unknown, path: FieldPath) => {
    const arrays = Array.isArray(x) && Array.isArray(y);
    if (isObject(x) && isObject(y) && Array.isArray(x) === Array.isArray(y) && (!arrays || (x as unknown[]).length === (y as unknown[]).length)) {
      const keys = arrays ? Array.from({ length: (x as unknown[]).length }, (_, i) => i) : [...new Set([...Object.keys(x), ...Object.keys(y)])];
      for (const key of keys) walk((x as Record<string | number, unknown>)[key], (y as Record<string | number, unknown>)[key], [...path, key]);
    } else if (!Object.is(x, y) && JSON.stringify(x) !== JSON.stringify(y)) out.push({ path: formatPath(path), baseline: x, variant: y });
  };
  walk(a, b, []);
  return out;
}
