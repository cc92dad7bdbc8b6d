/**
 * Reads limits and defaults out of the valibot scenario schema, so the editor's ranges are the
 * schema's own and cannot drift from what validation accepts.
 */
import type { FieldPath } from '../../engine/path.ts';
import { asNode, unwrap, type SchemaNode } from '../../engine/schemaWalk.ts';

export { schemaAt } from '../../engine/schemaWalk.ts';

export interface NumberLimits {
  min: number;
  max: number;
  integer: boolean;
}

/** Min/max/integer of a numeric schema (or of the number member of a per-segment union). */
export function numberLimits(schema: unknown): NumberLimits | undefined {
  const n = unwrap(asNode(schema));
  if (n.type === 'union') {
    for (const option of n.options as SchemaNode[]) {
      const limits = numberLimits(option);
      if (limits) return limits;
    }
    return undefined;
  }
  if (n.type !== 'number' || !n.pipe) return n.type === 'number' ? { min: -Infinity, max: Infinity, integer: false } : undefined;
  const find = (type: string) => n.pipe?.find((a) => a.type === type);
  return {
    min: (find('min_value')?.requirement as number | undefined) ?? -Infinity,
    max: (find('max_value')?.requirement as number | undefined) ?? Infinity,
    integer: Boolean(find('integer')),
  };
}

/** The value the schema fills in when the field is absent (undefined when it has none). */
export function schemaDefault(schema: unknown): unknown {
  const n = asNode(schema);
  if (n?.type !== 'optional') return undefined;
  const d = n.default;
  return typeof d === 'function' ? (d as () => unknown)() : d;
}

/** True when the field may be left out of a scenario file. */
export function isOptional(schema: unknown): boolean {
  return asNode(schema)?.type === 'optional';
}

/** The allowed values of a picklist field. */
export function picklistOptions(schema: unknown): string[] {
  const n = unwrap(asNode(schema));
  return n.type === 'picklist' ? (n.options as string[]) : [];
}

/** Leaf paths of an object schema (objects are walked; arrays of fixed objects are expanded `count` times). */
export function leafPaths(root: unknown, arrayCounts: Record<string, number> = {}, prefix: FieldPath = []): FieldPath[] {
  const n = unwrap(asNode(root));
  if ((n.type === 'object' || n.type === 'strict_object') && n.entries) {
    return Object.entries(n.entries).flatMap(([key, child]) => leafPaths(child, arrayCounts, [...prefix, key]));
  }
  const count = arrayCounts[String(prefix.at(-1))];
  if (n.type === 'array' && count && n.item && ['object', 'strict_object'].includes(unwrap(n.item).type)) {
    return Array.from({ length: count }, (_, i) => leafPaths(n.item, arrayCounts, [...prefix, i])).flat();
  }
  return [prefix];
}
