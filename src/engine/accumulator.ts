/**
 * The raw sums one slice of customers produces in one month. Every entry is an integer
 * (counts, money in fen, satisfaction in 1e-4 units), so adding the accumulators of several
 * slices gives exactly the same numbers in any order: this is what makes a run with W workers
 * bit-identical to a run with one.
 */
import { CHURN_CAUSES } from './frame.ts';
import { POS_BINS, SIGNED_BINS } from './histogram.ts';
import { TIERS } from './constants.ts';

/** Per-operator event counts and one-off spend (fen). */
export const ACC_OP_FIELDS = ['grossAdds', 'churned', 'subsidy', 'retention', 'offers', 'saves', 'winBacks', 'winBackCost'] as const;
export type AccOpField = (typeof ACC_OP_FIELDS)[number];
const OPF = ACC_OP_FIELDS.length;
/** Field offsets as a plain literal (fast property access in the hot loop); checked against the list in tests. */
export const AccOp = {
  grossAdds: 0,
  churned: 1,
  subsidy: 2,
  retention: 3,
  offers: 4,
  saves: 5,
  winBacks: 6,
  winBackCost: 7,
} as const satisfies Record<AccOpField, number>;

/**
 * Satisfaction levels of the accounting cells (0.025 wide: promoters ≥ 0.75 and detractors
 * < 0.375 fall on level edges).
 */
export const SAT_LEVELS = 40;

/**
 * Month-end customers are counted in accounting cells (operator, segment, tier, bundled,
 * satisfaction level), each holding a count and a revenue sum (fen). Subscribers, revenue,
 * bundles, tiers and satisfaction of every operator and segment are sums over cells, so the hot
 * loop updates one pair per customer instead of a dozen counters.
 */
export function cellIndex(o: number, s: number, k: number, bundled: number, level: number, S: number): number {
  return ((((o * S + s) * TIERS + k) * 2 + bundled) * SAT_LEVELS + level) * 2;
}

export interface AccLayout {
  operators: number;
  segments: number;
  months: number;
  size: number;
  arrivals: number;
  exits: number;
  op: number; // (o * OPF + f)
  segChurned: number; // o * S + s
  tierChurned: number; // o * TIERS + k
  cells: number; // cellIndex(...): count, then revenue
  switching: number; // o * (O + 1) + d
  cause: number; // o * causes + c
  /** Revenue histogram: (o * POS_BINS + bin) * 2 → count, then revenue (fen), side by side for the cache. */
  revHist: number;
  /** Margin histogram: (o * SIGNED_BINS + bin) * 2 → count, then margin (fen). */
  profitHist: number;
  crmCost: number; // o * POS_BINS + bin: expected offer cost (fen) if every flagged customer in the bin got one
  cohortAlive: number; // o * (M + 1) + joinMonth
  cohortJoined: number;
}

export function accLayout(operators: number, segments: number, months: number): AccLayout {
  let at = 0;
  const take = (n: number) => {
    const s = at;
    at += n;
    return s;
  };
  const arrivals = take(1);
  const exits = take(1);
  const op = take(operators * OPF);
  const segChurned = take(operators * segments);
  const tierChurned = take(operators * TIERS);
  const cells = take(operators * segments * TIERS * 2 * SAT_LEVELS * 2);
  const switching = take(operators * (operators + 1));
  const cause = take(operators * CHURN_CAUSES.length);
  const revHist = take(operators * POS_BINS * 2);
  const profitHist = take(operators * SIGNED_BINS * 2);
  const crmCost = take(operators * POS_BINS);
  const cohortAlive = take(operators * (months + 1));
  const cohortJoined = take(operators * (months + 1));
  return { operators, segments, months, size: at, arrivals, exits, op, segChurned, tierChurned, cells, switching, cause, revHist, profitHist, crmCost, cohortAlive, cohortJoined };
}

export const accIndex = {
  op: (l: AccLayout, o: number, f: AccOpField) => l.op + o * OPF + AccOp[f],
};
export const ACC_OP_STRIDE = OPF;

/** What the cells add up to: the month-end state of operators and segments. */
export interface AccSummary {
  /** [o*S + s] */
  segSubscribers: Float64Array;
  /** [o*S + s], fen */
  segRevenue: Float64Array;
  /** [o*S + s] */
  segBundled: Float64Array;
  /** [(o*S + s)*TIERS + k] */
  segTierSubscribers: Float64Array;
  /** [(o*S + s)*TIERS + k], fen */
  segTierRevenue: Float64Array;
  /** [o*TIERS + k] */
  tierSubscribers: Float64Array;
  /** [o*SAT_LEVELS + level] */
  satisfaction: Float64Array;
  /** [o] */
  subscribers: Float64Array;
  /** [o], fen */
  revenue: Float64Array;
}

export function createSummary(operators: number, segments: number): AccSummary {
  const n = operators * segments;
  return {
    segSubscribers: new Float64Array(n),
    segRevenue: new Float64Array(n),
    segBundled: new Float64Array(n),
    segTierSubscribers: new Float64Array(n * TIERS),
    segTierRevenue: new Float64Array(n * TIERS),
    tierSubscribers: new Float64Array(operators * TIERS),
    satisfaction: new Float64Array(operators * SAT_LEVELS),
    subscribers: new Float64Array(operators),
    revenue: new Float64Array(operators),
  };
}

/** Add up the cells of a combined accumulator (all sums of integers: exact). */
export function summarize(acc: Float64Array, l: AccLayout, out: AccSummary): AccSummary {
  for (const a of Object.values(out)) a.fill(0);
  const S = l.segments;
  for (let o = 0; o < l.operators; o++)
    for (let s = 0; s < S; s++)
      for (let k = 0; k < TIERS; k++)
        for (let b = 0; b < 2; b++)
          for (let q = 0; q < SAT_LEVELS; q++) {
            const at = l.cells + cellIndex(o, s, k, b, q, S);
            const count = acc[at];
            if (count === 0) continue;
            const revenue = acc[at + 1];
            const os = o * S + s;
            out.segSubscribers[os] += count;
            out.segRevenue[os] += revenue;
            if (b) out.segBundled[os] += count;
            out.segTierSubscribers[os * TIERS + k] += count;
            out.segTierRevenue[os * TIERS + k] += revenue;
            out.tierSubscribers[o * TIERS + k] += count;
            out.satisfaction[o * SAT_LEVELS + q] += count;
            out.subscribers[o] += count;
            out.revenue[o] += revenue;
          }
  return out;
}

/** Sum slice accumulators into `into` (exact: all entries are integers below 2^53). */
export function combineInto(into: Float64Array, parts: readonly Float64Array[]): Float64Array {
  into.fill(0);
  for (const p of parts) for (let i = 0; i < into.length; i++) into[i] += p[i];
  return into;
}
