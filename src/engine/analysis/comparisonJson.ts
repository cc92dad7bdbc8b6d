/**
 * A comparison as JSON, as `npm run compare --out` writes it and the app exports it: what changed,
 * then per operator and outcome the baseline, variant, Δ (and a 95 % interval of the paired Δ with
 * two or more replications, and the unpaired half-width it is measured against), and the policy
 * economics; with `series`, also the monthly Δ bands (the app's study files keep them so a study
 * reopens without re-running). Non-finite numbers become null.
 */
import type { Band, Comparison, Difference } from './compare.ts';
import type { Change } from './patch.ts';

const num = (x: number): number | null => (Number.isFinite(x) ? x : null);

function differenceJson(d: Difference) {
  return {
    baseline: num(d.baseline),
    variant: num(d.variant),
    delta: num(d.delta),
    deltaPct: num(d.deltaPct),
    ...(d.ci95 ? { ci95: d.ci95.map(num) } : {}),
    ...(d.unpairedHalf !== undefined ? { unpairedHalf: num(d.unpairedHalf) } : {}),
  };
}

const bandJson = (b: Band) => ({ mean: Array.from(b.mean, num), lo: Array.from(b.lo, num), hi: Array.from(b.hi, num) });

export interface ComparisonContext {
  scenarioId: string;
  customers: number;
  changes: Change[];
}

export function comparisonJson(c: Comparison, cx: ComparisonContext, { series = false }: { series?: boolean } = {}) {
  return {
    kind: 'comparison',
    schemaVersion: 1,
    scenarioId: cx.scenarioId,
    customers: cx.customers,
    months: c.months,
    replications: c.replications,
    seeds: c.seeds,
    changes: cx.changes,
    pairedOverUnpairedWidth: num(c.pairedOverUnpaired),
    operators: c.operators.map((op) => ({
      id: op.id,
      outcomes: Object.fromEntries(
        Object.entries(op.outcomes).map(([field, d]) => [field, { horizon: differenceJson(d.horizon), overRun: differenceJson(d.overRun) }]),
      ),
      economics: Object.fromEntries(
        Object.entries(op.economics).map(([key, value]) => [
          key,
          value !== null && typeof value === 'object'
            ? { mean: num(value.mean), ...(value.ci95 ? { ci95: value.ci95.map(num) } : {}) }
            : typeof value === 'number'
              ? num(value)
              : value,
        ]),
      ),
      ...(series ? { deltaSeries: Object.fromEntries(Object.entries(op.deltaSeries).map(([field, b]) => [field, bandJson(b)])) } : {}),
    })),
  };
}
