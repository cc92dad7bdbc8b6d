/** Challenges: measure goals on runs, check lever and budget constraints, score on replications. */
export { cappedSpend, goalMonths, GoalError, measureGoal, sampleRun, type ChallengeSample } from './measure.ts';
export { describeViolation, leverViolations, rulePattern, type LeverViolation } from './constraints.ts';
export { goalScale, goalScore, margin, meets, PASS_MARK, weightedScore } from './score.ts';
export { ChallengeError, evaluateChallenge, type BudgetResult, type ChallengeResult, type GoalResult } from './evaluate.ts';
export { challengeOverrides, judgeRuns, runChallenge, type ChallengeRunOptions, type ChallengeRuns } from './run.ts';
