/**
 * A tornado (one-at-a-time sensitivity): each numeric lever of one operator set X % below and
 * above the scenario's value (clamped to what the field allows), every side run on the base's own
 * seeds, so each bar is a paired Δ against the base with its 95 % interval. Rows rank by the larger
 * of the two effects, the usual reading of a tornado: the levers that move the outcome most first.
 */
import { formatPath, getAt, type FieldPath } from '../path.ts';
import type { Scenario } from '../schema.ts';
import { meanInterval, type Interval } from './interval.ts';
import type { OutcomeField } from './outcomes.ts';
import type { Patch } from './patch.ts';
import type { RunSummary } from './summary.ts';

/** A lever's value: one number, or one per segment (`{ business: 1.1, default: 1 }`). */
export type LeverValue = number | Readonly<Record<string, number>>;

/** A numeric lever of an operator: its path below the operator and the range the schema allows. */
export interface LeverRange {
  path: FieldPath;
  min: number;
  max: number;
  integer: boolean;
}

export interface TornadoLever {
  /** Path below the operator (`pricing.tariffIndex`, `service.tiers[3].privileges`). */
  key: string;
  /** Full schema path (`operators[1].pricing.tariffIndex`). */
  path: string;
  range: LeverRange;
  base: LeverValue;
  low: LeverValue;
  high: LeverValue;
}

const isNumberRecord = (x: unknown): x is Record<string, number> =>
  x !== null && typeof x === 'object' && !Array.isArray(x) && Object.values(x).every((v) => typeof v === 'number');

/** `value` × `factor`, clamped to the lever's range (and rounded for whole-number levers). */
export function scaleLever(value: LeverValue, factor: number, range: LeverRange): LeverValue {
  const one = (v: number) => {
    // 12 significant digits: 0.35 × 1.2 is written 0.42, not 0.41999999999999998.
    const scaled = range.integer ? Math.round(v * factor) : Number((v * factor).toPrecision(12));
    return Math.min(range.max, Math.max(range.min, scaled));
  };
  return typeof value === 'number' ? one(value) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, one(v)]));
}

const sameValue = (a: LeverValue, b: LeverValue): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The levers of operator `operator` at ±`fraction` (0.2 = ±20 %) around the scenario's values.
 * Levers whose both sides equal the base (a value of 0, a range pinned at both limits, a whole
 * number too small to move) are listed in `unchanged` rather than run.
 */
export function tornadoLevers(
  scenario: Scenario,
  operator: number,
  ranges: readonly LeverRange[],
  fraction: number,
): { levers: TornadoLever[]; unchanged: string[] } {
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError(`the ± fraction must be above 0 and at most 1, got ${fraction}`);
  if (!scenario.operators[operator]) throw new RangeError(`the scenario has no operator ${operator}`);
  const levers: TornadoLever[] = [];
  const unchanged: string[] = [];
  for (const range of ranges) {
    const key = formatPath(range.path);
    const path = formatPath(['operators', operator, ...range.path]);
    const base = getAt(scenario, ['operators', operator, ...range.path]);
    if (typeof base !== 'number' && !isNumberRecord(base)) {
      unchanged.push(key);
      continue;
    }
    const low = scaleLever(base, 1 - fraction, range);
    const high = scaleLever(base, 1 + fraction, range);
    if (sameValue(low, base) && sameValue(high, base)) unchanged.push(key);
    else levers.push({ key, path, range, base, low, high });
  }
  return { levers, unchanged };
}

/** The patches to run after the base, in the order `splitTornadoRuns` reads: low, high of each lever. */
export function tornadoPatches(levers: readonly TornadoLever[]): Patch[] {
  return levers.flatMap((lever) => [{ [lever.path]: lever.low }, { [lever.path]: lever.high }]);
}

export interface TornadoRuns {
  base: RunSummary[];
  /** low[l][r], high[l][r]: lever l's replication r. */
  low: RunSummary[][];
  high: RunSummary[][];
}

/** Runs in job order: the base's replications, then each patch of `tornadoPatches`, each with all replications. */
export function splitTornadoRuns(leverCount: number, replications: number, runs: readonly RunSummary[]): TornadoRuns {
  if (runs.length !== (1 + 2 * leverCount) * replications)
    throw new Error(`a tornado of ${leverCount} levers × ${replications} replications needs ${(1 + 2 * leverCount) * replications} runs, got ${runs.length}`);
  const block = (i: number) => runs.slice(i * replications, (i + 1) * replications);
  return {
    base: block(0),
    low: Array.from({ length: leverCount }, (_, l) => block(1 + 2 * l)),
    high: Array.from({ length: leverCount }, (_, l) => block(2 + 2 * l)),
  };
}

export interface TornadoRow {
  lever: TornadoLever;
  /** Paired Δ of the outcome (side − base) over replications. */
  low: Interval;
  high: Interval;
  /** What rows rank by: the larger |mean Δ| of the two sides. */
  size: number;
}

function pairedDelta(base: readonly RunSummary[], side: readonly RunSummary[], operator: number, field: OutcomeField): Interval {
  if (side.length !== base.length) throw new Error('each side of a tornado needs as many replications as the base');
  return meanInterval(
    side.map((run, r) => {
      if (run.seed !== base[r].seed) throw new Error(`replication ${r} ran on seed ${run.seed}, the base on ${base[r].seed}: not a pair`);
      return run.outcomes[operator][field].horizon - base[r].outcomes[operator][field].horizon;
    }),
  );
}

/** The tornado's rows for `operator`'s `field` at the horizon, largest effect first. */
export function tornadoRows(levers: readonly TornadoLever[], runs: TornadoRuns, operator: number, field: OutcomeField): TornadoRow[] {
  const rows = levers.map((lever, l) => {
    const low = pairedDelta(runs.base, runs.low[l], operator, field);
    const high = pairedDelta(runs.base, runs.high[l], operator, field);
    return { lever, low, high, size: Math.max(Math.abs(low.mean), Math.abs(high.mean)) };
  });
  // Stable: levers of equal effect (often exactly 0) keep the panel's order.
  return rows.sort((a, b) => b.size - a.size);
}
