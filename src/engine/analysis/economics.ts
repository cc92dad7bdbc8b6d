/**
 * Policy economics of a comparison, from the paired differences (not from averages of each side):
 * what the lever cost, what it brought, and the two ratios the course turns on — cost per customer
 * saved against cost per extra customer won.
 */
import { meanInterval } from './interval.ts';
import type { OutcomeField } from './outcomes.ts';
import type { RunSummary } from './summary.ts';

export interface Estimate {
  mean: number;
  /** 95 % interval over replications; absent with one. */
  ci95?: [number, number];
}

export interface PolicyEconomics {
  /** Δ marketing spend over the run: acquisition, retention, subsidies, loyalty points, win-back. */
  incrementalCost: Estimate;
  incrementalRevenue: Estimate;
  incrementalProfit: Estimate;
  /** Churners avoided over the run (−Δ churned). */
  customersSaved: Estimate;
  /** Δ retention spend ÷ customers saved (RMB); null unless both moved the same way. */
  costPerSavedCustomer: number | null;
  /** Δ revenue ÷ Δ retention spend; null unless both moved the same way. */
  revenueKeptPerRetentionRMB: number | null;
  /** Δ acquisition spend ÷ Δ gross adds (RMB); null unless both moved the same way. */
  costPerExtraGrossAdd: number | null;
  /** First month from which the cumulative Δ profit stays ≥ 0; null if it ends below 0. */
  paybackMonth: number | null;
}

const SPEND: readonly OutcomeField[] = ['acquisitionSpend', 'retentionSpend', 'subsidySpend', 'loyaltySpend', 'winBackSpend'];

function estimate(values: readonly number[]): Estimate {
  const i = meanInterval(values);
  return values.length >= 2 ? { mean: i.mean, ci95: [i.lo, i.hi] } : { mean: i.mean };
}

/** a ÷ b when both are non-zero and of one sign (a lever that costs more and gains more, or less and less). */
function ratio(a: number, b: number): number | null {
  return a !== 0 && b !== 0 && Math.sign(a) === Math.sign(b) && Number.isFinite(a / b) ? a / b : null;
}

/** Months 0..T of the mean monthly Δ profit → the payback month (see PolicyEconomics). */
export function paybackMonth(deltaProfit: ArrayLike<number>): number | null {
  let cumulative = 0;
  let lastBelow = 0;
  for (let t = 1; t < deltaProfit.length; t++) {
    cumulative += deltaProfit[t];
    if (cumulative < 0) lastBelow = t;
  }
  return cumulative < 0 ? null : lastBelow + 1;
}

export function policyEconomics(
  baseline: readonly RunSummary[],
  variant: readonly RunSummary[],
  o: number,
  meanDeltaProfit: ArrayLike<number>,
): PolicyEconomics {
  const delta = (field: OutcomeField) => baseline.map((b, r) => variant[r].outcomes[o][field].overRun - b.outcomes[o][field].overRun);
  const spend = baseline.map((_, r) => SPEND.reduce((sum, field) => sum + delta(field)[r], 0));
  const revenue = delta('revenue');
  const saved = delta('churned').map((d) => -d);
  const cost = estimate(spend);
  const mean = (field: OutcomeField) => estimate(delta(field)).mean;
  const savedMean = estimate(saved).mean;
  return {
    incrementalCost: cost,
    incrementalRevenue: estimate(revenue),
    incrementalProfit: estimate(delta('profit')),
    customersSaved: estimate(saved),
    costPerSavedCustomer: ratio(mean('retentionSpend'), savedMean),
    revenueKeptPerRetentionRMB: ratio(estimate(revenue).mean, mean('retentionSpend')),
    costPerExtraGrossAdd: ratio(mean('acquisitionSpend'), mean('grossAdds')),
    paybackMonth: paybackMonth(meanDeltaProfit),
  };
}
