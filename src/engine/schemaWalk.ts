/**
 * Walking the valibot scenario schema by field path: the editor reads limits and defaults from
 * it, and validation reads the known field names there to suggest one for a misspelt key.
 */
import type { FieldPath } from './path.ts';

/** The parts of a valibot schema object read here (valibot keeps them public). */
export interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  wrapped?: SchemaNode;
  default?: unknown;
  item?: SchemaNode;
  options?: (SchemaNode | string)[];
  value?: SchemaNode;
  pipe?: { type: string; requirement?: unknown }[];
}

export const asNode = (schema: unknown): SchemaNode => schema as SchemaNode;

/** Optional and nullable wrappers hide the schema that holds the rules. */
export function unwrap(node: SchemaNode): SchemaNode {
  let n = node;
  while ((n.type === 'optional' || n.type === 'nullable' || n.type === 'nullish') && n.wrapped) n = n.wrapped;
  return n;
}

/**
 * The schema at `path` below `root` (numeric keys step into arrays; union members are tried in
 * order, so a per-segment value resolves to its number form).
 */
export function schemaAt(root: unknown, path: FieldPath): unknown {
  let node: SchemaNode | undefined = asNode(root);
  for (const key of path) {
    if (!node) return undefined;
    const n: SchemaNode = unwrap(node);
    if (typeof key === 'number') node = n.item;
    else if (n.entries) node = n.entries[key];
    else if (n.type === 'record') node = n.value;
    else if (n.type === 'union' || n.type === 'variant') node = (n.options as SchemaNode[]).map((o) => asNode(schemaAt(o, [key]))).find(Boolean);
    else return undefined;
  }
  return node;
}

/** The field names an object at `path` may have (for a list of kinds, such as events, those of every kind). */
export function fieldNamesAt(root: unknown, path: FieldPath): string[] {
  const node = schemaAt(root, path);
  if (!node) return [];
  const n = unwrap(asNode(node));
  if (n.entries) return Object.keys(n.entries);
  if (n.type === 'variant' || n.type === 'union') return [...new Set((n.options as SchemaNode[]).flatMap((o) => Object.keys(unwrap(o).entries ?? {})))];
  return [];
}
