/**
 * The sums one slice of customers produces. Every entry is an integer (counts, money in fen),
 * so adding the accumulators of several slices gives exactly the same numbers in any order:
 * this is what makes a run with W workers bit-identical to a run with one.
 *
 * Two regions:
 * - the standing region describes who is in the market at month end: accounting cells
 *   (operator, segment, tier, bundled → count and spend), spend histograms per (operator,
 *   segment, bundled) and cohorts. A slice updates it only when a customer joins, leaves or
 *   changes bundle, so the hot loop does not recount a million customers every month;
 * - the monthly region counts the month's events (churners, switches, offers, satisfaction
 *   levels…) and is cleared at the start of every month.
 */
import { TIERS } from './constants.ts';
import { CHURN_CAUSES } from './frame.ts';
import { POS_BINS } from './histogram.ts';
import { type Plan, priceMultiplier, TENURE_WIDTH, tenureIndex } from './plan.ts';

/** Per-operator event counts and one-off spend (fen). */
export const ACC_OP_FIELDS = ['grossAdds', 'churned', 'subsidy', 'retention', 'offers', 'saves', 'winBacks', 'winBackCost'] as const;
export type AccOpField = (typeof ACC_OP_FIELDS)[number];
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
/** Fields per operator in the accumulator's operator block. */
export const ACC_OP_STRIDE = ACC_OP_FIELDS.length;

/** Satisfaction levels counted each month (0.025 wide: promoters ≥ 0.75 and detractors < 0.375 fall on level edges). */
export const SAT_LEVELS = 40;

export interface AccLayout {
  operators: number;
  segments: number;
  months: number;
  size: number;
  /** Entries from here on are cleared every month; those before it are standing totals. */
  monthlyStart: number;
  /** Standing: ((((o*S + s)*TIERS + k)*2 + bundled)*2) → customers, then their list-price spend (fen). */
  cells: number;
  /** Standing: (((o*S + s)*2 + bundled)*POS_BINS + bin)*2 → customers, then spend (fen), by spend bin. */
  spendHist: number;
  /** Standing: o*(M+1) + join month → customers still with the operator. */
  cohortAlive: number;
  /** Standing: (((o*S + s)*2 + bundled)*(M+1) + join month)*2 → customers, then their list-price spend (fen): the tenure economics' base. */
  tenureCells: number;
  arrivals: number;
  exits: number;
  op: number; // o*ACC_OP_STRIDE + field
  segChurned: number; // o*S + s
  tierChurned: number; // o*TIERS + k
  switching: number; // o*(O+1) + d
  /** (o*S + s)*causes + c → churners by main cause (operator totals are sums over segments). */
  segCause: number;
  /** ((o*S + s)*SAT_LEVELS + level) → customers at month end by satisfaction level. */
  satisfaction: number;
  /** o*POS_BINS + score bin → expected cost (fen) of offering to every flagged customer in the bin. */
  crmCost: number;
  cohortJoined: number; // o*(M+1) + join month
}

export function accLayout(operators: number, segments: number, months: number): AccLayout {
  let at = 0;
  const take = (n: number) => {
    const s = at;
    at += n;
    return s;
  };
  const O = operators;
  const S = segments;
  const cells = take(O * S * TIERS * 2 * 2);
  const spendHist = take(O * S * 2 * POS_BINS * 2);
  const cohortAlive = take(O * (months + 1));
  const tenureCells = take(O * S * 2 * (months + 1) * 2);
  const monthlyStart = at;
  const arrivals = take(1);
  const exits = take(1);
  const op = take(O * ACC_OP_STRIDE);
  const segChurned = take(O * S);
  const tierChurned = take(O * TIERS);
  const switching = take(O * (O + 1));
  const segCause = take(O * S * CHURN_CAUSES.length);
  const satisfaction = take(O * S * SAT_LEVELS);
  const crmCost = take(O * POS_BINS);
  const cohortJoined = take(O * (months + 1));
  return {
    operators,
    segments,
    months,
    size: at,
    monthlyStart,
    cells,
    spendHist,
    cohortAlive,
    tenureCells,
    arrivals,
    exits,
    op,
    segChurned,
    tierChurned,
    switching,
    segCause,
    satisfaction,
    crmCost,
    cohortJoined,
  };
}

export const accIndex = {
  op: (l: AccLayout, o: number, f: AccOpField) => l.op + o * ACC_OP_STRIDE + AccOp[f],
  cell: (l: AccLayout, o: number, s: number, k: number, bundled: number) => l.cells + (((o * l.segments + s) * TIERS + k) * 2 + bundled) * 2,
  spendHist: (l: AccLayout, o: number, s: number, bundled: number) => l.spendHist + ((o * l.segments + s) * 2 + bundled) * POS_BINS * 2,
  tenureCell: (l: AccLayout, o: number, s: number, bundled: number, j: number) =>
    l.tenureCells + (((o * l.segments + s) * 2 + bundled) * (l.months + 1) + j) * 2,
};

/**
 * List-price spend (fen) of (operator o, segment s, bundled b) at month t, each customer's spend
 * scaled by its tenure's upsell (plan.tenure.spend): what the cells' spend becomes with spend growth.
 */
export function tenureSpend(acc: Float64Array, l: AccLayout, plan: Plan, t: number, o: number, s: number, b: number): number {
  const row = s * TENURE_WIDTH;
  const spend = plan.tenure.spend;
  let sum = 0;
  for (let j = 0; j <= t; j++) {
    const at = accIndex.tenureCell(l, o, s, b, j);
    if (acc[at] !== 0) sum += acc[at + 1] * spend[row + tenureIndex(t, j)];
  }
  return sum;
}

/** What the standing region adds up to at month end, with revenue at that month's prices. */
export interface AccSummary {
  /** [o*S + s] */
  segSubscribers: Float64Array;
  /** [o*S + s], fen */
  segRevenue: Float64Array;
  /** [o*S + s] */
  segBundled: Float64Array;
  /** [(o*S + s)*TIERS + k] */
  segTierSubscribers: Float64Array;
  /** [o*TIERS + k] */
  tierSubscribers: Float64Array;
  /** [o*SAT_LEVELS + level] (monthly region) */
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
    tierSubscribers: new Float64Array(operators * TIERS),
    satisfaction: new Float64Array(operators * SAT_LEVELS),
    subscribers: new Float64Array(operators),
    revenue: new Float64Array(operators),
  };
}

/** Add up a combined accumulator of month t (revenue = spend × that month's price multiplier). */
export function summarize(acc: Float64Array, l: AccLayout, plan: Plan, t: number, out: AccSummary): AccSummary {
  for (const a of Object.values(out)) a.fill(0);
  const S = l.segments;
  for (let o = 0; o < l.operators; o++)
    for (let s = 0; s < S; s++) {
      const os = o * S + s;
      // With spend growth, revenue follows each customer's tenure; otherwise the cells' spend is the bill.
      const upsell = plan.scenario.market.segments[s].tenure.spendGrowth > 0;
      for (let b = 0; b < 2; b++) {
        const mult = priceMultiplier(plan, t, o, s, b);
        for (let k = 0; k < TIERS; k++) {
          const at = accIndex.cell(l, o, s, k, b);
          const count = acc[at];
          const revenue = mult * acc[at + 1];
          out.segSubscribers[os] += count;
          if (!upsell) out.segRevenue[os] += revenue;
          if (b) out.segBundled[os] += count;
          out.segTierSubscribers[os * TIERS + k] += count;
          out.tierSubscribers[o * TIERS + k] += count;
          out.subscribers[o] += count;
          if (!upsell) out.revenue[o] += revenue;
        }
        if (upsell) {
          const revenue = mult * tenureSpend(acc, l, plan, t, o, s, b);
          out.segRevenue[os] += revenue;
          out.revenue[o] += revenue;
        }
      }
      for (let q = 0; q < SAT_LEVELS; q++) out.satisfaction[o * SAT_LEVELS + q] += acc[l.satisfaction + os * SAT_LEVELS + q];
    }
  return out;
}

/**
 * Sum slice accumulators into `into` (exact: all entries are integers below 2^53). One slice (the
 * browser's single worker) is a copy: the same numbers, without two passes over every entry
 * (78,000 in the default run) while the code is still cold at the start of a run.
 */
export function combineInto(into: Float64Array, parts: readonly Float64Array[]): Float64Array {
  if (parts.length === 1) {
    into.set(parts[0]);
    return into;
  }
  into.fill(0);
  for (const p of parts) for (let i = 0; i < into.length; i++) into[i] += p[i];
  return into;
}
