/**
 * Judging a challenge on replications: the trainee's strategy and the preset's run on the same
 * seeds; each goal's value is the mean over replications (of the value itself, or of its paired
 * change against the preset), scored by score.ts. So that luck cannot pass a challenge, the result
 * also says how sure it is: a 95 % interval of each goal's value and the share of replications
 * that met it.
 */
import { meanInterval } from '../analysis/interval.ts';
import type { Challenge, Goal, GoalMetric, LocalizedString } from '../schema.ts';
import type { LeverViolation } from './constraints.ts';
import { goalOperator, type ChallengeSample } from './measure.ts';
import { goalScore, meets, PASS_MARK, weightedScore } from './score.ts';

export interface GoalResult {
  label?: LocalizedString;
  metric: GoalMetric;
  operator: string;
  segment?: string;
  tier?: string;
  comparison: Goal['comparison'];
  target: number;
  versusPreset?: Goal['versusPreset'];
  /** Mean over replications of what is judged (a change against the preset when versusPreset is set). */
  achieved: number;
  /** 95 % interval of `achieved` (absent with one replication). */
  ci95?: [number, number];
  /** Mean of the metric itself under the trainee's strategy and under the preset's. */
  value: number;
  presetValue: number;
  met: boolean;
  /** Share of replications in which the goal was met. */
  metShare: number;
  score: number;
  weight: number;
}

export interface BudgetResult {
  /** Mean capped spend (retention + acquisition + subsidy) over the run, RMB. */
  spend: number;
  presetSpend: number;
  cap: number;
  within: boolean;
}

export interface ChallengeResult {
  id: string;
  title: LocalizedString;
  operator: string;
  replications: number;
  seeds: number[];
  goals: GoalResult[];
  /** Weighted score 0–100 of the goals (means over replications). */
  score: number;
  passMark: number;
  /** Every goal met on the mean, no lever outside the rules, spend within the cap. */
  passed: boolean;
  violations: LeverViolation[];
  budget?: BudgetResult;
}

export class ChallengeError extends Error {}

function judged(goal: Goal, trainee: number, preset: number): number {
  if (goal.versusPreset === 'difference') return trainee - preset;
  if (goal.versusPreset === 'ratio') return preset !== 0 ? trainee / preset - 1 : NaN;
  return trainee;
}

const meanOf = (xs: readonly number[]) => meanInterval(xs).mean;

export function evaluateChallenge(
  challenge: Challenge,
  trainee: readonly ChallengeSample[],
  preset: readonly ChallengeSample[],
  violations: readonly LeverViolation[] = [],
): ChallengeResult {
  if (trainee.length === 0 || trainee.length !== preset.length) throw new ChallengeError('a challenge needs the same number (≥ 1) of trainee and preset runs');
  trainee.forEach((t, r) => {
    if (t.seed !== preset[r].seed) throw new ChallengeError(`replication ${r + 1}: the trainee ran seed ${t.seed}, the preset seed ${preset[r].seed}`);
  });
  const goals = challenge.goals.map((goal, i): GoalResult => {
    const values = trainee.map((t, r) => judged(goal, t.goals[i], preset[r].goals[i]));
    const interval = meanInterval(values);
    const achieved = interval.mean;
    const out: GoalResult = {
      metric: goal.metric,
      operator: goalOperator(goal, challenge),
      comparison: goal.comparison,
      target: goal.target,
      achieved,
      value: meanOf(trainee.map((t) => t.goals[i])),
      presetValue: meanOf(preset.map((p) => p.goals[i])),
      met: meets(goal, achieved),
      metShare: values.filter((x) => meets(goal, x)).length / values.length,
      score: goalScore(goal, achieved),
      weight: goal.weight,
    };
    if (goal.label) out.label = goal.label;
    if (goal.segment !== undefined) out.segment = goal.segment;
    if (goal.tier !== undefined) out.tier = goal.tier;
    if (goal.versusPreset) out.versusPreset = goal.versusPreset;
    if (values.length >= 2 && Number.isFinite(interval.half)) out.ci95 = [interval.lo, interval.hi];
    return out;
  });

  let budget: BudgetResult | undefined;
  const cap = challenge.constraints.budget;
  if (cap && (cap.perCustomer !== undefined || cap.versusPreset !== undefined)) {
    const spend = meanOf(trainee.map((t) => t.spend));
    const presetSpend = meanOf(preset.map((p) => p.spend));
    const limits: number[] = [];
    if (cap.perCustomer !== undefined) limits.push(cap.perCustomer * trainee[0].customers);
    if (cap.versusPreset !== undefined) limits.push(cap.versusPreset * presetSpend);
    const limit = Math.min(...limits);
    // A cent of rounding in the sums must not fail a trainee who spends exactly the cap.
    budget = { spend, presetSpend, cap: limit, within: spend <= limit + 0.01 };
  }

  const score = weightedScore(
    goals.map((g) => g.score),
    goals.map((g) => g.weight),
  );
  return {
    id: challenge.id,
    title: challenge.title,
    operator: challenge.operator,
    replications: trainee.length,
    seeds: trainee.map((t) => t.seed),
    goals,
    score,
    passMark: PASS_MARK,
    passed: goals.every((g) => g.met) && violations.length === 0 && (budget?.within ?? true),
    violations: [...violations],
    ...(budget ? { budget } : {}),
  };
}
