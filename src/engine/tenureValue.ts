/**
 * The value of customers over their tenure (issue 16): what a customer of tenure τ is expected to
 * bring from now on, discounted, with the segment's tenure curves (plan.ts TenureTables): spend
 * growing with tenure, cost to serve falling, early churn, and the arrivals it refers. Worked out
 * per (operator, segment) each month by a backward pass over tenure, on a few hundred cells: no
 * per-customer work.
 *
 *   V(τ) = δ·(1 − h(τ+1))·(margin(τ+1) + referrals(τ+1)·V(0) + V(τ+1)),   δ = 1 / (1 + discount)
 *
 * V is linear in V(0) (a referral is worth a new customer), so the pass keeps V = A + B·V(0) and
 * solves V(0) = A(0) / (1 − B(0)) at the end. From the segment's settled tenure (plan.ts) on, the curves are mature.
 */
import { HAZARD } from './constants.ts';
import { type Plan, TENURE_SPAN, TENURE_WIDTH } from './plan.ts';

/** Months of tenure worked out before the mature steady state takes over (50 years). */
const HORIZON = TENURE_SPAN;
/** Referrals cannot make a customer worth more than this many new customers' worth of itself. */
const MAX_REFERRAL_LOOP = 0.95;

export interface SegmentEconomics {
  /** Monthly revenue of a mature customer (RMB). */
  matureRevenue: number;
  /** Share of revenue left after variable and loyalty cost. */
  marginShare: number;
  /** Monthly fixed cost to serve a mature customer (RMB). */
  matureFixed: number;
  /** Monthly churn hazard of a mature customer. */
  matureHazard: number;
}

/** Scratch per plan: A and B by tenure 0..HORIZON. */
const scratch = new WeakMap<Plan, { a: Float64Array; b: Float64Array }>();

/**
 * Fills `a`/`b` of segment s and returns V(0), the value of a customer who has just joined.
 * V(τ) = a[τ] + b[τ]·V(0) for τ up to the segment's `settled` tenure, which holds the mature value.
 */
function solve(plan: Plan, s: number, e: SegmentEconomics, discount: number, a: Float64Array, b: Float64Array): number {
  const { cost, early, referral, spend } = plan.tenure;
  const row = s * TENURE_WIDTH;
  const mature = row + TENURE_SPAN + 1;
  const delta = 1 / (1 + discount);
  const revenue = e.matureRevenue * e.marginShare;
  // From `settled` on the curves are mature: the steady state V = δ(1 − h)(margin + r·V(0) + V).
  const settled = plan.tenure.settled[s];
  const keep = delta * (1 - Math.min(HAZARD.max, e.matureHazard * early[mature]));
  a[settled] = keep < 1 ? (keep * (revenue * spend[mature] - e.matureFixed * cost[mature])) / (1 - keep) : 0;
  b[settled] = keep < 1 ? (keep * referral[mature]) / (1 - keep) : 0;
  for (let tau = settled - 1; tau >= 0; tau--) {
    const i = row + tau + 1;
    const k = delta * (1 - Math.min(HAZARD.max, e.matureHazard * early[i]));
    a[tau] = k * (revenue * spend[i] - e.matureFixed * cost[i] + a[tau + 1]);
    b[tau] = k * (referral[i] + b[tau + 1]);
  }
  return a[0] / (1 - Math.min(MAX_REFERRAL_LOOP, b[0]));
}

/**
 * Value of a newly joined customer of segment s, and of the customers now with operator o in
 * segment s (counts by month joined from `countByJoin(j)`), at month t. Money in RMB.
 */
export function tenureValue(
  plan: Plan,
  t: number,
  s: number,
  e: SegmentEconomics,
  discount: number,
  countByJoin: (j: number) => number,
): { newCustomer: number; base: number } {
  let sc = scratch.get(plan);
  if (!sc) {
    sc = { a: new Float64Array(HORIZON + 1), b: new Float64Array(HORIZON + 1) };
    scratch.set(plan, sc);
  }
  const { a, b } = sc;
  const v0 = solve(plan, s, e, discount, a, b);
  let base = 0;
  const settled = plan.tenure.settled[s];
  for (let j = 0; j <= t; j++) {
    const n = countByJoin(j);
    if (n === 0) continue;
    const tau = j === 0 ? settled : Math.min(settled, t - j);
    base += n * (a[tau] + b[tau] * v0);
  }
  return { newCustomer: v0, base };
}
