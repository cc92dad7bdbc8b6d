/**
 * Running a challenge in this thread: the preset's strategy and the trainee's on the same seeds,
 * then judging. The worker and the tests call it; the CLI does the same with its own runs so that
 * it can keep the first seed's runs for the result JSON and the debrief.
 */
import type { RunOutput, RunOverrides } from '../api.ts';
import { replicationSeeds } from '../analysis/replications.ts';
import type { Challenge, Scenario } from '../schema.ts';
import { runScenario } from '../simulation.ts';
import { leverViolations } from './constraints.ts';
import { evaluateChallenge, type ChallengeResult } from './evaluate.ts';
import { sampleRun } from './measure.ts';

export interface ChallengeRunOptions {
  /** Replications (default: the challenge's). */
  replications?: number;
  /** First seed (default: the preset's market.seed). */
  seed?: number;
  customers?: number;
  months?: number;
}

/** The seeds and run overrides a challenge is judged on. */
export function challengeOverrides(challenge: Challenge, preset: Scenario, options: ChallengeRunOptions = {}): RunOverrides[] {
  const seeds = replicationSeeds(options.seed ?? preset.market.seed, options.replications ?? challenge.replications);
  return seeds.map((seed) => ({
    seed,
    ...(options.customers !== undefined ? { customers: options.customers } : {}),
    ...(options.months !== undefined ? { months: options.months } : {}),
  }));
}

export interface ChallengeRuns {
  result: ChallengeResult;
  preset: RunOutput[];
  trainee: RunOutput[];
}

/** Judge `trainee` (the preset with the trainee's levers) on the challenge; both are validated scenarios. */
export function runChallenge(challenge: Challenge, preset: Scenario, trainee: Scenario, options: ChallengeRunOptions = {}, run = runScenario): ChallengeRuns {
  const overrides = challengeOverrides(challenge, preset, options);
  const presetRuns = overrides.map((o) => run(preset, o));
  const traineeRuns = overrides.map((o) => run(trainee, o));
  const result = judgeRuns(challenge, preset, trainee, presetRuns, traineeRuns);
  return { result, preset: presetRuns, trainee: traineeRuns };
}

export function judgeRuns(
  challenge: Challenge,
  preset: Scenario,
  trainee: Scenario,
  presetRuns: readonly RunOutput[],
  traineeRuns: readonly RunOutput[],
): ChallengeResult {
  return evaluateChallenge(
    challenge,
    traineeRuns.map((r) => sampleRun(challenge, r)),
    presetRuns.map((r) => sampleRun(challenge, r)),
    leverViolations(challenge, preset, trainee),
  );
}
