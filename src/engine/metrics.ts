/**
 * Month metrics (model.md §6): turn the combined integer accumulator of a month into the frame
 * of rates, shares, money in RMB and concentration measures the UI and the result JSON show.
 * This is the one place where metrics are defined.
 */
import { accIndex, type AccLayout, type AccSummary, SAT_LEVELS } from './accumulator.ts';
import { TIERS } from './constants.ts';
import { at, CHURN_CAUSES, type FrameLayout, LORENZ_POINTS } from './frame.ts';
import { concentration, intBin, POS_BINS, SIGNED_BINS, signedIntBin } from './histogram.ts';
import { acquisitionSpend, fixedCostPerCustomer, loyaltyCostShare, type Plan, priceMultiplier, TENURE_WIDTH, tenureIndex } from './plan.ts';
import { tenureValue } from './tenureValue.ts';

const MAX_LIFETIME_MONTHS = 600;

/** Scratch histograms (allocated once per plan): one operator's, and the whole market's. */
interface Scratch {
  rev: Float64Array;
  profit: Float64Array;
  marketRev: Float64Array;
  marketProfit: Float64Array;
}
const scratch = new WeakMap<Plan, Scratch>();
function scratchFor(plan: Plan): Scratch {
  let sc = scratch.get(plan);
  if (!sc) {
    sc = {
      rev: new Float64Array(POS_BINS * 2),
      profit: new Float64Array(SIGNED_BINS * 2),
      marketRev: new Float64Array(POS_BINS * 2),
      marketProfit: new Float64Array(SIGNED_BINS * 2),
    };
    scratch.set(plan, sc);
  }
  return sc;
}

/**
 * Revenue and margin histograms of operator o at month t, from its standing spend histograms:
 * each (segment, bundled) spend bin holds customers paying spend × the same price multiplier,
 * so it maps to one revenue bin; its margin is revenue × (1 − variable share − loyalty share)
 * less the fixed cost of the tier the bin's spend falls in. Added into `rev`/`profit` as
 * (count, sum) pairs; sums in fen.
 */
function operatorHistograms(plan: Plan, t: number, o: number, acc: Float64Array, L: AccLayout, rev: Float64Array, profit: Float64Array): void {
  const segs = plan.scenario.market.segments;
  const marginShare = 1 - plan.scenario.operators[o].costs.variableShare - loyaltyCostShare(plan, t, o);
  const fixedFen = [0, 1, 2, 3].map((k) => fixedCostPerCustomer(plan, t, o, k) * 100);
  for (let s = 0; s < plan.segments; s++) {
    const [t1, t2, t3] = segs[s].tierThresholds.map((x) => x * 100);
    for (let b = 0; b < 2; b++) {
      const mult = priceMultiplier(plan, t, o, s, b);
      addSpendBins(acc, accIndex.spendHist(L, o, s, b), mult, marginShare, fixedFen, t1, t2, t3, rev, profit);
    }
  }
}

/**
 * One cell's spend histogram (from `base` in acc) binned again by bill and by margin. (A function
 * of its own, not an inner loop of operatorHistograms: V8's mid tier leaves code compiled on the
 * stack for an inner loop each time the loop exits, 36 times a month in a cold start.)
 */
function addSpendBins(
  acc: Float64Array,
  base: number,
  mult: number,
  marginShare: number,
  fixedFen: number[],
  t1: number,
  t2: number,
  t3: number,
  rev: Float64Array,
  profit: Float64Array,
): void {
  for (let i = 0; i < POS_BINS; i++) {
    const count = acc[base + 2 * i];
    if (count === 0) continue;
    const spend = acc[base + 2 * i + 1];
    const meanSpend = spend / count;
    const rb = 2 * intBin(Math.round(mult * meanSpend));
    rev[rb] += count;
    rev[rb + 1] += mult * spend;
    const fixed = fixedFen[meanSpend < t1 ? 0 : meanSpend < t2 ? 1 : meanSpend < t3 ? 2 : 3];
    const meanMargin = mult * marginShare * meanSpend - fixed;
    const pb = 2 * signedIntBin(Math.round(meanMargin));
    profit[pb] += count;
    profit[pb + 1] += meanMargin * count;
  }
}

export function deriveFrame(
  plan: Plan,
  t: number,
  acc: Float64Array,
  sum: AccSummary,
  prev: AccSummary | null,
  L: AccLayout,
  F: FrameLayout,
  clvChurn: Float64Array,
): Float64Array {
  const O = plan.operators;
  const S = plan.segments;
  const f = new Float64Array(F.size);
  const sc = scratchFor(plan);
  sc.marketRev.fill(0);
  sc.marketProfit.fill(0);
  f[at.month()] = t;
  const get = (o: number, name: Parameters<typeof accIndex.op>[2]) => acc[accIndex.op(L, o, name)];

  let marketSubs = 0;
  let marketRevenue = 0;
  for (let o = 0; o < O; o++) {
    marketSubs += sum.subscribers[o];
    marketRevenue += sum.revenue[o];
  }
  for (let o = 0; o < O; o++) {
    const set = (name: Parameters<typeof at.op>[2], value: number) => (f[at.op(F, o, name)] = value);
    const subs = sum.subscribers[o];
    const atStart = prev ? prev.subscribers[o] : 0;
    const revenue = sum.revenue[o] / 100;
    // Cost to serve and loyalty follow from the cells: a share of revenue plus a cost per head.
    const variableShare = plan.scenario.operators[o].costs.variableShare;
    const loyaltyShare = loyaltyCostShare(plan, t, o);
    let fixed = 0;
    for (let k = 0; k < TIERS; k++) fixed += fixedCostPerCustomer(plan, t, o, k) * sum.tierSubscribers[o * TIERS + k];
    // New customers cost more to serve (tenure.earlyCost): the segment's mean fixed cost × the extra.
    for (let s = 0; s < S; s++) fixed += earlyCostExtra(plan, t, o, s, acc, sum, L);
    const costToServe = variableShare * revenue + fixed;
    const loyalty = loyaltyShare * revenue;
    let satisfaction = 0;
    for (let q = 0; q < SAT_LEVELS; q++) satisfaction += ((q + 0.5) / SAT_LEVELS) * sum.satisfaction[o * SAT_LEVELS + q];
    const subsidy = get(o, 'subsidy') / 100;
    const retention = get(o, 'retention') / 100;
    const winBack = get(o, 'winBackCost') / 100;
    const acquisition = t > 0 ? acquisitionSpend(plan, t, o) : 0;
    const grossAdds = get(o, 'grossAdds');
    set('subscribers', subs);
    set('grossAdds', grossAdds);
    set('churned', get(o, 'churned'));
    set('churnRate', atStart > 0 ? get(o, 'churned') / atStart : 0);
    set('subscriberShare', marketSubs > 0 ? subs / marketSubs : 0);
    set('revenue', revenue);
    set('revenueShare', marketRevenue > 0 ? (revenue * 100) / marketRevenue : 0);
    set('arpu', subs > 0 ? revenue / subs : 0);
    set('costToServe', costToServe);
    set('acquisitionSpend', acquisition);
    set('retentionSpend', retention);
    set('loyaltySpend', loyalty);
    set('subsidySpend', subsidy);
    set('winBackSpend', winBack);
    set('profit', revenue - costToServe - loyalty - subsidy - retention - winBack - acquisition);
    set('satisfaction', subs > 0 ? satisfaction / subs : 0);
    set('retentionOffers', get(o, 'offers'));
    set('retentionSaves', get(o, 'saves'));
    set('winBacks', get(o, 'winBacks'));
    set('costPerGrossAdd', grossAdds > 0 ? acquisition / grossAdds : 0);

    sc.rev.fill(0);
    sc.profit.fill(0);
    operatorHistograms(plan, t, o, acc, L, sc.rev, sc.profit);
    for (let i = 0; i < sc.rev.length; i++) sc.marketRev[i] += sc.rev[i];
    for (let i = 0; i < sc.profit.length; i++) sc.marketProfit[i] += sc.profit[i];
    const r = pairConcentration(sc.rev, 0, POS_BINS, f, at.lorenz(F, o, 0));
    const p = pairConcentration(sc.profit, 0, SIGNED_BINS, f, at.lorenzProfit(F, o, 0));
    set('top20RevenueShare', r.top20);
    set('gini', r.gini);
    set('top20ProfitShare', p.top20);

    const discount = plan.scenario.market.discountRate;
    let customerValue = 0;
    for (let s = 0; s < S; s++) {
      const os = o * S + s;
      const segSubs = sum.segSubscribers[os];
      const segStart = prev ? prev.segSubscribers[os] : 0;
      const churned = acc[L.segChurned + os];
      const churnRate = segStart > 0 ? churned / segStart : 0;
      const segRevenue = sum.segRevenue[os] / 100;
      let matureFixed = 0;
      for (let k = 0; k < TIERS; k++) matureFixed += fixedCostPerCustomer(plan, t, o, k) * sum.segTierSubscribers[os * TIERS + k];
      const segFixed = matureFixed + earlyCostExtra(plan, t, o, s, acc, sum, L);
      // Contribution margin: revenue less cost to serve and loyalty (one-off spend excluded).
      const segMargin = segRevenue * (1 - variableShare - loyaltyShare) - segFixed;
      const margin = segSubs > 0 ? segMargin / segSubs : 0;
      f[at.seg(F, o, s, 'subscribers')] = segSubs;
      f[at.seg(F, o, s, 'churned')] = churned;
      f[at.seg(F, o, s, 'churnRate')] = churnRate;
      f[at.seg(F, o, s, 'revenue')] = segRevenue;
      f[at.seg(F, o, s, 'profit')] = segMargin;
      // Customer lifetime value: monthly margin over the expected (discounted) lifetime, at the
      // churn rate of the last twelve months (clvChurn); the lifetime is capped at 50 years
      // when neither churn nor discounting would end it.
      f[at.seg(F, o, s, 'clv')] = (margin * (1 + discount)) / Math.max(discount + clvChurn[os], 1 / MAX_LIFETIME_MONTHS);
      // The same with the tenure curves: a new customer's value, and the segment's customers' (tenureValue.ts).
      const value = segmentTenureValue(plan, t, o, s, acc, sum, L, 1 - variableShare - loyaltyShare, matureFixed, clvChurn[os]);
      f[at.seg(F, o, s, 'clvNew')] = value.newCustomer;
      customerValue += value.base;
    }
    set('customerValue', customerValue);
    for (let k = 0; k < TIERS; k++) {
      const start = prev ? prev.tierSubscribers[o * TIERS + k] : 0;
      const churned = acc[L.tierChurned + o * TIERS + k];
      f[at.tier(F, o, k, 'subscribers')] = sum.tierSubscribers[o * TIERS + k];
      f[at.tier(F, o, k, 'churned')] = churned;
      f[at.tier(F, o, k, 'churnRate')] = start > 0 ? churned / start : 0;
    }
    for (let d = 0; d <= O; d++) f[at.switching(F, o, d)] = acc[L.switching + o * (O + 1) + d];
    // Churners by main cause: recorded per segment; the operator's are their sums.
    for (let c = 0; c < CHURN_CAUSES.length; c++) {
      let total = 0;
      for (let s = 0; s < S; s++) {
        const n = acc[L.segCause + (o * S + s) * CHURN_CAUSES.length + c];
        f[at.segCause(F, o, s, c)] = n;
        total += n;
      }
      f[at.cause(F, o, c)] = total;
    }
  }

  // The whole market: operators' histograms added bin by bin.
  const mr = pairConcentration(sc.marketRev, 0, POS_BINS, f, at.lorenz(F, O, 0));
  const mp = pairConcentration(sc.marketProfit, 0, SIGNED_BINS, f, at.lorenzProfit(F, O, 0));
  f[at.market(F, 'subscribers')] = marketSubs;
  f[at.market(F, 'arrivals')] = acc[L.arrivals];
  f[at.market(F, 'exits')] = acc[L.exits];
  f[at.market(F, 'top20RevenueShare')] = mr.top20;
  f[at.market(F, 'top20ProfitShare')] = mp.top20;
  f[at.market(F, 'gini')] = mr.gini;
  f[at.market(F, 'revenue')] = marketRevenue / 100;
  f[at.market(F, 'portability')] = plan.portability[t] ? 1 : 0;
  return f;
}

/** Customers of (o, s) at month end who joined in month j. */
function joinedCount(acc: Float64Array, L: AccLayout, o: number, s: number, j: number): number {
  return acc[accIndex.tenureCell(L, o, s, 0, j)] + acc[accIndex.tenureCell(L, o, s, 1, j)];
}

/** Sum over the customers of (o, s) of f(their tenure index) (plan.ts tenureIndex). */
function overTenure(t: number, o: number, s: number, acc: Float64Array, L: AccLayout, f: (tau: number) => number): number {
  let sum = 0;
  for (let j = 0; j <= t; j++) {
    const n = joinedCount(acc, L, o, s, j);
    if (n !== 0) sum += n * f(tenureIndex(t, j));
  }
  return sum;
}

/** Extra fixed cost (RMB) of (o, s)'s new customers this month: mean fixed cost × Σ (cost factor − 1). */
function earlyCostExtra(plan: Plan, t: number, o: number, s: number, acc: Float64Array, sum: AccSummary, L: AccLayout): number {
  if (plan.scenario.market.segments[s].tenure.earlyCost === 0) return 0;
  const S = plan.segments;
  const subs = sum.segSubscribers[o * S + s];
  if (subs === 0) return 0;
  let fixed = 0;
  for (let k = 0; k < TIERS; k++) fixed += fixedCostPerCustomer(plan, t, o, k) * sum.segTierSubscribers[(o * S + s) * TIERS + k];
  const cost = plan.tenure.cost;
  const row = s * TENURE_WIDTH;
  return (fixed / subs) * overTenure(t, o, s, acc, L, (tau) => cost[row + tau] - 1);
}

/**
 * Value of a new customer of (o, s) and of its current customers, with the tenure curves. The
 * mature customer's revenue and hazard are backed out of the segment's: revenue over
 * Σ spend factors, the recent churn rate over the mean early-churn factor.
 */
function segmentTenureValue(
  plan: Plan,
  t: number,
  o: number,
  s: number,
  acc: Float64Array,
  sum: AccSummary,
  L: AccLayout,
  marginShare: number,
  fixed: number,
  churn: number,
): { newCustomer: number; base: number } {
  const os = o * plan.segments + s;
  const subs = sum.segSubscribers[os];
  if (subs === 0) return { newCustomer: 0, base: 0 };
  const tt = plan.tenure;
  const row = s * TENURE_WIDTH;
  const spendUnits = overTenure(t, o, s, acc, L, (tau) => tt.spend[row + tau]);
  const earlyMean = overTenure(t, o, s, acc, L, (tau) => tt.early[row + tau]) / subs;
  const economics = {
    matureRevenue: spendUnits > 0 ? sum.segRevenue[os] / 100 / spendUnits : 0,
    marginShare,
    matureFixed: fixed / subs,
    matureHazard: churn / earlyMean,
  };
  return tenureValue(plan, t, s, economics, plan.scenario.market.discountRate, (j) => joinedCount(acc, L, o, s, j));
}

/** Concentration of a histogram stored as (count, sum) pairs from `start`. */
function pairConcentration(acc: Float64Array, start: number, bins: number, out: Float64Array, outAt: number) {
  return concentration(acc.subarray(start), acc.subarray(start + 1), 0, bins, LORENZ_POINTS, out, outAt, 2);
}
