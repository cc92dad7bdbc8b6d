/**
 * Field paths into a scenario, e.g. ['operators', 1, 'pricing', 'tariffIndex']. `formatPath` writes
 * them the way validation issues name fields (`operators[1].pricing.tariffIndex`), so an input can
 * find its own messages.
 */
export type FieldPath = readonly (string | number)[];

export function formatPath(path: FieldPath): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out;
}

/** The value at `path`, or undefined when any step is missing. */
export function getAt(root: unknown, path: FieldPath): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/**
 * Sets `value` at `path` in place, creating objects (or arrays, before a numeric key) on the way;
 * `undefined` deletes the key, which lets the schema's default apply again.
 */
export function setAt(root: Record<string, unknown>, path: FieldPath, value: unknown): void {
  if (path.length === 0) throw new Error('setAt needs a non-empty path');
  let node: Record<string | number, unknown> = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    let next = node[key];
    if (next === null || typeof next !== 'object') {
      next = typeof path[i + 1] === 'number' ? [] : {};
      node[key] = next;
    }
    node = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete node[last];
  } else node[last] = value;
}

const idOf = (item: unknown): unknown => (item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined);

/**
 * Where `other` holds what `path` points at in `root`: list items are followed by their `id`, so
 * an operator or segment is compared with itself after one before it was removed, added or moved.
 * An item whose id `other` lacks is matched by position only if `other`'s item there has an id
 * `root` lacks (the same item, renamed); otherwise it is new, and the answer is null. Items
 * without an id (events, numbers) are matched by position.
 */
export function matchingPath(root: unknown, other: unknown, path: FieldPath): FieldPath | null {
  const out: (string | number)[] = [];
  let a = root;
  let b = other;
  for (const key of path) {
    let next: string | number = key;
    if (typeof key === 'number' && Array.isArray(a) && Array.isArray(b)) {
      const id = idOf(a[key]);
      if (typeof id === 'string') {
        const byId = b.findIndex((item) => idOf(item) === id);
        const there = idOf(b[key]);
        const renamed = typeof there === 'string' && !a.some((item) => idOf(item) === there);
        if (byId >= 0) next = byId;
        else if (!renamed) return null;
      }
    }
    out.push(next);
    a = a !== null && typeof a === 'object' ? (a as Record<string | number, unknown>)[key] : undefined;
    b = b !== null && typeof b === 'object' ? (b as Record<string | number, unknown>)[next] : undefined;
  }
  return out;
}

/**
 * Reads a path as `formatPath` writes it (`operators[1].pricing.tariffIndex`), the form the
 * command line, variants and sweeps use; null when the text is not such a path.
 */
export function parsePath(text: string): FieldPath | null {
  const out: (string | number)[] = [];
  const step = /(?:^|\.)([A-Za-z_$][\w$-]*)|\[(\d+)\]/y;
  let at = 0;
  while (at < text.length) {
    step.lastIndex = at;
    const m = step.exec(text);
    if (!m || (at === 0 && text[0] !== '[' && text[0] === '.')) return null;
    out.push(m[1] !== undefined ? m[1] : Number(m[2]));
    at = step.lastIndex;
  }
  return out.length > 0 && typeof out[0] === 'string' ? out : null;
}
