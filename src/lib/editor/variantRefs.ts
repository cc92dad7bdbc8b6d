/**
 * Keeping a scenario's variants in step with structural edits: their patches name operators,
 * segments and events by index (`operators[2].network`) and by id, so removing or renaming one
 * must rewrite them. A variant that no longer makes a valid scenario goes; the structural edit is
 * one undo step, so an undo brings it back.
 */
import type { ScenarioInput } from '../../engine/schema.ts';
import { validateScenario } from '../../engine/validate.ts';

type Input = ScenarioInput;
export type ListPath = 'operators' | 'market.segments' | 'events';

/** After item `index` of `list` is removed: keys about later items move down, keys about it go. */
export function shiftVariantPaths(input: Input, list: ListPath, index: number): void {
  const prefix = `${list}[`;
  for (const variant of input.variants ?? []) {
    const patch: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(variant.patch)) {
      const m = key.startsWith(prefix) ? /^(\d+)\](.*)$/.exec(key.slice(prefix.length)) : null;
      if (!m) patch[key] = value;
      else if (Number(m[1]) !== index) patch[`${prefix}${Number(m[1]) > index ? Number(m[1]) - 1 : m[1]}]${m[2]}`] = value;
    }
    variant.patch = patch;
  }
}

/** An id renamed inside the variants' values: strings equal to it and object keys equal to it. */
export function renameInVariants(input: Input, old: string, id: string): void {
  const rename = (value: unknown): unknown => {
    if (value === old) return id;
    if (Array.isArray(value)) return value.map(rename);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k === old ? id : k, rename(v)]));
    return value;
  };
  for (const variant of input.variants ?? []) variant.patch = rename(variant.patch) as Record<string, unknown>;
}

/** Drops variants with nothing left to change, and those that no longer make a valid scenario. */
export function pruneVariants(input: Input): void {
  if (!input.variants?.length) return;
  const base = validateScenario({ ...input, variants: [] });
  // While the scenario itself is invalid, its variants cannot be judged: keep them.
  if (!base.ok) return;
  input.variants = input.variants.filter((variant) => Object.keys(variant.patch).length > 0 && validateScenario({ ...input, variants: [variant] }).ok);
}
