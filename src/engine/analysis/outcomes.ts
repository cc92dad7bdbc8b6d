/**
 * The headline figures a comparison reports for each operator: the value at the horizon (last
 * month) and over the run (months 1..T: a sum for money and counts, a mean for rates and shares).
 * Month 0 is the starting state, the same in every run of one seed, so it is left out.
 */
import type { RunOutput } from '../api.ts';
import { at, type OperatorField } from '../frame.ts';

/** Fields that are levels (a stock, a rate, a share), averaged over the run; the others are flows, summed. */
const LEVELS = new Set<OperatorField>([
  'subscribers',
  'churnRate',
  'subscriberShare',
  'revenueShare',
  'arpu',
  'top20RevenueShare',
  'top20ProfitShare',
  'gini',
  'satisfaction',
  'costPerGrossAdd',
]);

/** What a comparison reports, in this order. */
export const OUTCOME_FIELDS = [
  'subscribers',
  'subscriberShare',
  'churnRate',
  'grossAdds',
  'churned',
  'revenue',
  'profit',
  'top20RevenueShare',
  'top20ProfitShare',
  'gini',
  'retentionSpend',
  'acquisitionSpend',
  'subsidySpend',
  'loyaltySpend',
  'winBackSpend',
] as const satisfies readonly OperatorField[];
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];

export const isFlow = (field: OperatorField): boolean => !LEVELS.has(field);

export interface Outcome {
  /** At the last month. */
  horizon: number;
  /** Over months 1..T: the sum of a flow, the mean of a level. */
  overRun: number;
}

/** outcomes[o][field] of one run. */
export type RunOutcomes = Record<OutcomeField, Outcome>[];

/** A field of operator o, month by month (months 0..T). */
export function operatorSeries(run: RunOutput, o: number, field: OperatorField): Float64Array {
  const L = run.meta.layout;
  const i = at.op(L, o, field);
  return Float64Array.from(run.frames, (f) => f[i]);
}

export function runOutcomes(run: RunOutput): RunOutcomes {
  return run.meta.operators.map((_, o) => {
    const entry = {} as Record<OutcomeField, Outcome>;
    for (const field of OUTCOME_FIELDS) {
      const series = operatorSeries(run, o, field);
      const months = series.length - 1;
      let sum = 0;
      for (let t = 1; t <= months; t++) sum += series[t];
      entry[field] = { horizon: series[months], overRun: isFlow(field) ? sum : months > 0 ? sum / months : NaN };
    }
    return entry;
  });
}
