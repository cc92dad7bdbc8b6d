/**
 * What a challenge goal measures in one run: a metric of an operator (or of one of its segments
 * or value tiers) at a month, or over a span of months. Flows (money, counts) are summed over a
 * span, levels (rates, shares, CLV) averaged, and the two cost ratios are ratios of sums.
 */
import type { RunOutput } from '../api.ts';
import { TIER_NAMES } from '../constants.ts';
import { at, type OperatorField, type SegmentField, type TierField } from '../frame.ts';
import type { Challenge, Goal, GoalMetric } from '../schema.ts';

/** Metrics that are flows (summed over a span); the rest are levels (averaged). */
const FLOWS = new Set<GoalMetric>(['profit', 'revenue', 'churned', 'grossAdds']);
/** Metrics that are ratios of two flows (ratio of the sums over a span). */
const RATIOS: Partial<Record<GoalMetric, [OperatorField, OperatorField]>> = {
  retentionCostPerSave: ['retentionSpend', 'retentionSaves'],
  costPerGrossAdd: ['acquisitionSpend', 'grossAdds'],
};
const SEGMENT_METRICS = new Set<GoalMetric>(['subscribers', 'churned', 'churnRate', 'revenue', 'profit', 'clv']);
const TIER_METRICS = new Set<GoalMetric>(['subscribers', 'churned', 'churnRate']);

export class GoalError extends Error {}

/** The months a goal covers in a run of `months` months (clamped to the run). */
export function goalMonths(goal: Goal, months: number): [from: number, to: number] {
  const clamp = (t: number) => Math.max(0, Math.min(months, t));
  if (goal.from !== undefined) {
    const to = clamp(goal.to ?? months);
    return [Math.min(clamp(goal.from), to), to];
  }
  const t = clamp(goal.month ?? months);
  return [t, t];
}

/** Whose metric: the goal's operator, or the challenge's. */
export const goalOperator = (goal: Goal, challenge: Pick<Challenge, 'operator'>): string => goal.operator ?? challenge.operator;

/** The value of `goal` in month t of `run` (before aggregation over a span). */
function monthValue(goal: Goal, run: RunOutput, o: number, s: number, k: number, t: number): number {
  const L = run.meta.layout;
  const f = run.frames[t];
  const metric = goal.metric;
  if (k >= 0) return f[at.tier(L, o, k, metric as TierField)];
  if (s >= 0) return f[at.seg(L, o, s, metric as SegmentField)];
  if (metric === 'clv') {
    // The operator's CLV: its segments' CLVs weighted by their subscribers.
    let subs = 0;
    let sum = 0;
    for (let j = 0; j < L.segments; j++) {
      const n = f[at.seg(L, o, j, 'subscribers')];
      subs += n;
      sum += n * f[at.seg(L, o, j, 'clv')];
    }
    return subs > 0 ? sum / subs : 0;
  }
  return f[at.op(L, o, metric as OperatorField)];
}

/** The goal's metric in one run (NaN when it is undefined there, e.g. a cost per save with no saves). */
export function measureGoal(goal: Goal, challenge: Pick<Challenge, 'operator'>, run: RunOutput): number {
  const id = goalOperator(goal, challenge);
  const o = run.meta.operators.findIndex((op) => op.id === id);
  if (o < 0) throw new GoalError(`operator ${JSON.stringify(id)} is not in the run`);
  const s = goal.segment === undefined ? -1 : run.meta.segments.findIndex((x) => x.id === goal.segment);
  if (goal.segment !== undefined && s < 0) throw new GoalError(`segment ${JSON.stringify(goal.segment)} is not in the run`);
  const k = goal.tier === undefined ? -1 : TIER_NAMES.indexOf(goal.tier);
  if (s >= 0 && !SEGMENT_METRICS.has(goal.metric)) throw new GoalError(`${goal.metric} is not measured per segment`);
  if (k >= 0 && !TIER_METRICS.has(goal.metric)) throw new GoalError(`${goal.metric} is not measured per tier`);
  if (s >= 0 && k >= 0) throw new GoalError('a goal measures a segment or a tier, not both');

  const [from, to] = goalMonths(goal, run.meta.months);
  const ratio = RATIOS[goal.metric];
  if (ratio) {
    const L = run.meta.layout;
    let num = 0;
    let den = 0;
    for (let t = from; t <= to; t++) {
      num += run.frames[t][at.op(L, o, ratio[0])];
      den += run.frames[t][at.op(L, o, ratio[1])];
    }
    return den > 0 ? num / den : NaN;
  }
  let sum = 0;
  for (let t = from; t <= to; t++) sum += monthValue(goal, run, o, s, k, t);
  return FLOWS.has(goal.metric) ? sum : sum / (to - from + 1);
}

/** The spend a budget cap limits: retention + acquisition + subsidy of `operator` over months 1..T. */
export function cappedSpend(run: RunOutput, operator: string): number {
  const o = run.meta.operators.findIndex((op) => op.id === operator);
  if (o < 0) throw new GoalError(`operator ${JSON.stringify(operator)} is not in the run`);
  const L = run.meta.layout;
  let sum = 0;
  for (let t = 1; t < run.frames.length; t++) {
    const f = run.frames[t];
    sum += f[at.op(L, o, 'retentionSpend')] + f[at.op(L, o, 'acquisitionSpend')] + f[at.op(L, o, 'subsidySpend')];
  }
  return sum;
}

/** What one run contributes to judging a challenge: each goal's value and the capped spend. Small enough to post from a worker. */
export interface ChallengeSample {
  seed: number;
  customers: number;
  goals: number[];
  spend: number;
}

export function sampleRun(challenge: Challenge, run: RunOutput): ChallengeSample {
  return {
    seed: run.meta.seed,
    customers: run.meta.customers,
    goals: challenge.goals.map((g) => measureGoal(g, challenge, run)),
    spend: cappedSpend(run, challenge.operator),
  };
}

/** A floor for a goal's default scale, per kind of metric, so that a target of 0 still has a scale. */
export function scaleFloor(metric: GoalMetric): number {
  switch (metric) {
    case 'churnRate':
    case 'subscriberShare':
    case 'top20RevenueShare':
    case 'top20ProfitShare':
      return 0.005;
    case 'satisfaction':
      return 0.01;
    case 'churned':
    case 'subscribers':
    case 'grossAdds':
      return 10;
    default:
      return 1;
  }
}
