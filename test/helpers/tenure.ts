import type { ScenarioInput } from '../../src/engine/schema.ts';

/** A preset as a version-2 file could hold it: segments without the version-3 `tenure` curves. */
export function withoutTenure(doc: ScenarioInput): ScenarioInput {
  const copy = structuredClone(doc);
  for (const s of copy.market.segments) delete s.tenure;
  return copy;
}
