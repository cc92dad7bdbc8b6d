/**
 * A paired comparison of a variant against a baseline over replications on common random numbers:
 * replication r runs both sides with the same seed, so the difference Δ_r = variant_r − baseline_r
 * is the lever's effect in that world, and the interval is taken over the Δ_r (paired), not over
 * two independent means. The unpaired width is kept to show what pairing bought.
 */
import { meanInterval, unpairedHalfWidth, type Interval } from './interval.ts';
import { policyEconomics, type PolicyEconomics } from './economics.ts';
import { OUTCOME_FIELDS, type Outcome, type OutcomeField } from './outcomes.ts';
import { SERIES_FIELDS, type RunSummary, type SeriesField } from './summary.ts';

export interface Difference {
  baseline: number;
  variant: number;
  /** Mean of the paired differences. */
  delta: number;
  /** delta ÷ |baseline|; NaN when the baseline is 0. */
  deltaPct: number;
  /** 95 % interval of the paired Δ; absent with one replication. */
  ci95?: [number, number];
  /** Half-width the interval would have with independent seeds on the two sides. */
  unpairedHalf?: number;
}

export interface Band {
  mean: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
}

export interface OperatorComparison {
  id: string;
  outcomes: Record<OutcomeField, Record<keyof Outcome, Difference>>;
  economics: PolicyEconomics;
  /** Δ month by month (months 0..T), with a 95 % band when replicated. */
  deltaSeries: Record<SeriesField, Band>;
}

export interface Comparison {
  replications: number;
  seeds: number[];
  months: number;
  operators: OperatorComparison[];
  /**
   * Median over operators and outcomes of paired ÷ unpaired interval width (NaN with one
   * replication): below 1 means common random numbers made the comparison sharper.
   */
  pairedOverUnpaired: number;
}

export class ComparisonError extends Error {}

function checkPairs(baseline: readonly RunSummary[], variant: readonly RunSummary[]): void {
  if (baseline.length === 0 || baseline.length !== variant.length)
    throw new ComparisonError('a comparison needs the same number (≥ 1) of baseline and variant runs');
  baseline.forEach((b, r) => {
    const v = variant[r];
    if (b.seed !== v.seed) throw new ComparisonError(`replication ${r + 1}: the baseline ran seed ${b.seed}, the variant seed ${v.seed}`);
    if (b.months !== v.months) throw new ComparisonError(`replication ${r + 1}: the two runs have different lengths (${b.months} and ${v.months} months)`);
    if (b.operatorIds.join() !== v.operatorIds.join())
      throw new ComparisonError('the variant has other operators than the baseline; compare scenarios of the same market');
  });
}

export function difference(baseline: readonly number[], variant: readonly number[]): Difference {
  const deltas = baseline.map((b, r) => variant[r] - b);
  const d = meanInterval(deltas);
  const b = meanInterval(baseline).mean;
  const out: Difference = { baseline: b, variant: meanInterval(variant).mean, delta: d.mean, deltaPct: b !== 0 ? d.mean / Math.abs(b) : NaN };
  if (deltas.length >= 2) {
    out.ci95 = [d.lo, d.hi];
    out.unpairedHalf = unpairedHalfWidth(baseline, variant);
  }
  return out;
}

function band(baseline: readonly RunSummary[], variant: readonly RunSummary[], o: number, field: SeriesField): Band {
  const months = baseline[0].months;
  const mean = new Float64Array(months + 1);
  const lo = new Float64Array(months + 1);
  const hi = new Float64Array(months + 1);
  for (let t = 0; t <= months; t++) {
    const i: Interval = meanInterval(baseline.map((b, r) => variant[r].series[o][field][t] - b.series[o][field][t]));
    mean[t] = i.mean;
    lo[t] = i.lo;
    hi[t] = i.hi;
  }
  return { mean, lo, hi };
}

function median(values: number[]): number {
  const sorted = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function compareRuns(baseline: readonly RunSummary[], variant: readonly RunSummary[]): Comparison {
  checkPairs(baseline, variant);
  const ratios: number[] = [];
  const operators = baseline[0].operatorIds.map((id, o): OperatorComparison => {
    const outcomes = {} as OperatorComparison['outcomes'];
    for (const field of OUTCOME_FIELDS) {
      const pick = (runs: readonly RunSummary[], kind: keyof Outcome) => runs.map((run) => run.outcomes[o][field][kind]);
      const horizon = difference(pick(baseline, 'horizon'), pick(variant, 'horizon'));
      const overRun = difference(pick(baseline, 'overRun'), pick(variant, 'overRun'));
      for (const d of [horizon, overRun]) if (d.ci95 && d.unpairedHalf) ratios.push((d.ci95[1] - d.ci95[0]) / 2 / d.unpairedHalf);
      outcomes[field] = { horizon, overRun };
    }
    const deltaSeries = {} as OperatorComparison['deltaSeries'];
    for (const field of SERIES_FIELDS) deltaSeries[field] = band(baseline, variant, o, field);
    return { id, outcomes, economics: policyEconomics(baseline, variant, o, deltaSeries.profit.mean), deltaSeries };
  });
  return { replications: baseline.length, seeds: baseline.map((b) => b.seed), months: baseline[0].months, operators, pairedOverUnpaired: median(ratios) };
}
