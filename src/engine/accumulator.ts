/**
 * The raw sums one slice of customers produces in one month. Every entry is an integer
 * (counts, money in fen, satisfaction in 1e-4 units), so adding the accumulators of several
 * slices gives exactly the same numbers in any order: this is what makes a run with W workers
 * bit-identical to a run with one.
 */
import { CHURN_CAUSES } from './frame.ts';
import { POS_BINS, SIGNED_BINS } from './histogram.ts';
import { TIERS } from './constants.ts';

/** Per-operator sums; subscribers and revenue are kept per segment only (see opTotal). */
export const ACC_OP_FIELDS = [
  'grossAdds',
  'churned',
  'costToServe', // fen
  'loyalty', // fen
  'subsidy', // fen
  'retention', // fen
  'offers',
  'saves',
  'winBacks',
  'winBackCost', // fen
  'satisfaction', // sum of round(sat * 1e4)
  'promoters',
  'detractors',
] as const;
export type AccOpField = (typeof ACC_OP_FIELDS)[number];
const OPF = ACC_OP_FIELDS.length;
/** Field offsets as a plain literal (fast property access in the hot loop); checked against the list in tests. */
export const AccOp = {
  grossAdds: 0,
  churned: 1,
  costToServe: 2,
  loyalty: 3,
  subsidy: 4,
  retention: 5,
  offers: 6,
  saves: 7,
  winBacks: 8,
  winBackCost: 9,
  satisfaction: 10,
  promoters: 11,
  detractors: 12,
} as const satisfies Record<AccOpField, number>;

export const ACC_SEG_FIELDS = ['subscribers', 'churned', 'revenue', 'profit', 'bundled'] as const;
const SEGF = ACC_SEG_FIELDS.length;
export const AccSeg = { subscribers: 0, churned: 1, revenue: 2, profit: 3, bundled: 4 } as const satisfies Record<(typeof ACC_SEG_FIELDS)[number], number>;

export interface AccLayout {
  operators: number;
  segments: number;
  months: number;
  size: number;
  arrivals: number;
  exits: number;
  op: number; // (o * OPF + f)
  seg: number; // ((o * S + s) * SEGF + f)
  tier: number; // ((o * TIERS + k) * 2 + f), f: 0 subscribers, 1 churned
  switching: number; // o * (O + 1) + d
  cause: number; // o * causes + c
  revCount: number; // o * POS_BINS + bin
  revSum: number;
  profitCount: number; // o * SIGNED_BINS + bin
  profitSum: number;
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
  const seg = take(operators * segments * SEGF);
  const tier = take(operators * TIERS * 2);
  const switching = take(operators * (operators + 1));
  const cause = take(operators * CHURN_CAUSES.length);
  const revCount = take(operators * POS_BINS);
  const revSum = take(operators * POS_BINS);
  const profitCount = take(operators * SIGNED_BINS);
  const profitSum = take(operators * SIGNED_BINS);
  const crmCost = take(operators * POS_BINS);
  const cohortAlive = take(operators * (months + 1));
  const cohortJoined = take(operators * (months + 1));
  return { operators, segments, months, size: at, arrivals, exits, op, seg, tier, switching, cause, revCount, revSum, profitCount, profitSum, crmCost, cohortAlive, cohortJoined };
}

export const accIndex = {
  op: (l: AccLayout, o: number, f: AccOpField) => l.op + o * OPF + AccOp[f],
  seg: (l: AccLayout, o: number, s: number, f: (typeof ACC_SEG_FIELDS)[number]) => l.seg + (o * l.segments + s) * SEGF + AccSeg[f],
  tier: (l: AccLayout, o: number, k: number, churned: 0 | 1) => l.tier + (o * TIERS + k) * 2 + churned,
};
export const ACC_OP_STRIDE = OPF;

/** An operator's subscribers or revenue (fen): the sum over its segments. */
export function opTotal(acc: Float64Array, l: AccLayout, o: number, f: 'subscribers' | 'revenue' | 'profit'): number {
  let sum = 0;
  for (let s = 0; s < l.segments; s++) sum += acc[l.seg + (o * l.segments + s) * SEGF + AccSeg[f]];
  return sum;
}
export const ACC_SEG_STRIDE = SEGF;

/** Sum slice accumulators into `into` (exact: all entries are integers below 2^53). */
export function combineInto(into: Float64Array, parts: readonly Float64Array[]): Float64Array {
  into.fill(0);
  for (const p of parts) for (let i = 0; i < into.length; i++) into[i] += p[i];
  return into;
}
