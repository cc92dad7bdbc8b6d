/**
 * Month metrics (model.md §6): turn the combined integer accumulator of a month into the frame
 * of rates, shares, money in RMB and concentration measures the UI and the result JSON show.
 * This is the one place where metrics are defined.
 */
import { accIndex, type AccLayout, opTotal } from './accumulator.ts';
import { TIERS } from './constants.ts';
import { at, CHURN_CAUSES, type FrameLayout, LORENZ_POINTS } from './frame.ts';
import { concentration, POS_BINS, SIGNED_BINS } from './histogram.ts';
import { acquisitionSpend, type Plan } from './plan.ts';

/** Scratch for market-wide histograms (allocated once per plan). */
interface Scratch {
  revCount: Float64Array;
  revSum: Float64Array;
  profitCount: Float64Array;
  profitSum: Float64Array;
}
const scratch = new WeakMap<Plan, Scratch>();

export function deriveFrame(plan: Plan, t: number, acc: Float64Array, prev: Float64Array | null, L: AccLayout, F: FrameLayout): Float64Array {
  const O = plan.operators;
  const S = plan.segments;
  const f = new Float64Array(F.size);
  f[at.month()] = t;
  const get = (o: number, name: Parameters<typeof accIndex.op>[2], from = acc) => from[accIndex.op(L, o, name)];

  let marketSubs = 0;
  let marketRevenue = 0;
  for (let o = 0; o < O; o++) {
    marketSubs += opTotal(acc, L, o, 'subscribers');
    marketRevenue += opTotal(acc, L, o, 'revenue');
  }
  for (let o = 0; o < O; o++) {
    const set = (name: Parameters<typeof at.op>[2], value: number) => (f[at.op(F, o, name)] = value);
    const subs = opTotal(acc, L, o, 'subscribers');
    const atStart = prev ? opTotal(prev, L, o, 'subscribers') : 0;
    const revenue = opTotal(acc, L, o, 'revenue') / 100;
    const costToServe = get(o, 'costToServe') / 100;
    const loyalty = get(o, 'loyalty') / 100;
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
    set('satisfaction', subs > 0 ? get(o, 'satisfaction') / 10000 / subs : 0);
    set('retentionOffers', get(o, 'offers'));
    set('retentionSaves', get(o, 'saves'));
    set('winBacks', get(o, 'winBacks'));
    set('costPerGrossAdd', grossAdds > 0 ? acquisition / grossAdds : 0);

    const r = concentrationOf(acc, L.revCount + o * POS_BINS, L.revSum + o * POS_BINS, POS_BINS, f, at.lorenz(F, o, 0));
    const p = concentrationOf(acc, L.profitCount + o * SIGNED_BINS, L.profitSum + o * SIGNED_BINS, SIGNED_BINS, f, at.lorenzProfit(F, o, 0));
    set('top20RevenueShare', r.top20);
    set('gini', r.gini);
    set('top20ProfitShare', p.top20);

    const discount = plan.scenario.market.discountRate;
    for (let s = 0; s < S; s++) {
      const segSubs = acc[accIndex.seg(L, o, s, 'subscribers')];
      const segStart = prev ? prev[accIndex.seg(L, o, s, 'subscribers')] : 0;
      const churned = acc[accIndex.seg(L, o, s, 'churned')];
      const churnRate = segStart > 0 ? churned / segStart : 0;
      const margin = segSubs > 0 ? acc[accIndex.seg(L, o, s, 'profit')] / 100 / segSubs : 0;
      f[at.seg(F, o, s, 'subscribers')] = segSubs;
      f[at.seg(F, o, s, 'churned')] = churned;
      f[at.seg(F, o, s, 'churnRate')] = churnRate;
      f[at.seg(F, o, s, 'revenue')] = acc[accIndex.seg(L, o, s, 'revenue')] / 100;
      f[at.seg(F, o, s, 'profit')] = acc[accIndex.seg(L, o, s, 'profit')] / 100;
      // Customer lifetime value: monthly margin over the expected (discounted) lifetime.
      f[at.seg(F, o, s, 'clv')] = (margin * (1 + discount)) / (discount + churnRate);
    }
    for (let k = 0; k < TIERS; k++) {
      const start = prev ? prev[accIndex.tier(L, o, k, 0)] : 0;
      const churned = acc[accIndex.tier(L, o, k, 1)];
      f[at.tier(F, o, k, 'subscribers')] = acc[accIndex.tier(L, o, k, 0)];
      f[at.tier(F, o, k, 'churned')] = churned;
      f[at.tier(F, o, k, 'churnRate')] = start > 0 ? churned / start : 0;
    }
    for (let d = 0; d <= O; d++) f[at.switching(F, o, d)] = acc[L.switching + o * (O + 1) + d];
    for (let c = 0; c < CHURN_CAUSES.length; c++) f[at.cause(F, o, c)] = acc[L.cause + o * CHURN_CAUSES.length + c];
  }

  // The whole market: operators' histograms added bin by bin.
  let sc = scratch.get(plan);
  if (!sc) {
    sc = { revCount: new Float64Array(POS_BINS), revSum: new Float64Array(POS_BINS), profitCount: new Float64Array(SIGNED_BINS), profitSum: new Float64Array(SIGNED_BINS) };
    scratch.set(plan, sc);
  }
  sumBins(acc, L.revCount, POS_BINS, O, sc.revCount);
  sumBins(acc, L.revSum, POS_BINS, O, sc.revSum);
  sumBins(acc, L.profitCount, SIGNED_BINS, O, sc.profitCount);
  sumBins(acc, L.profitSum, SIGNED_BINS, O, sc.profitSum);
  const mr = concentration(sc.revCount, sc.revSum, 0, POS_BINS, LORENZ_POINTS, f, at.lorenz(F, O, 0));
  const mp = concentration(sc.profitCount, sc.profitSum, 0, SIGNED_BINS, LORENZ_POINTS, f, at.lorenzProfit(F, O, 0));
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

function concentrationOf(acc: Float64Array, countAt: number, sumAt: number, bins: number, out: Float64Array, outAt: number) {
  // counts and sums live at different offsets of the same array: view them as two arrays.
  return concentration(acc.subarray(countAt, countAt + bins), acc.subarray(sumAt, sumAt + bins), 0, bins, LORENZ_POINTS, out, outAt);
}

function sumBins(acc: Float64Array, start: number, bins: number, operators: number, into: Float64Array): void {
  into.fill(0);
  for (let o = 0; o < operators; o++) for (let i = 0; i < bins; i++) into[i] += acc[start + o * bins + i];
}
