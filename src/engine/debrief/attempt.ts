/**
 * A trainee's attempt, end to end and in this thread: the preset's strategy and the trainee's on
 * the same seeds, the challenge judged on them, and the debrief of the first seed's run with the
 * paired comparison. What `sim --debrief` prints and what a UI's worker can call in one go.
 */
import type { RunOutput, RunOverrides } from '../api.ts';
import { compareRuns, type Comparison } from '../analysis/compare.ts';
import { changedPaths } from '../analysis/patch.ts';
import { replicationSeeds } from '../analysis/replications.ts';
import { summarizeRun } from '../analysis/summary.ts';
import { judgeRuns, type ChallengeResult } from '../challenge/index.ts';
import type { Challenge, Scenario } from '../schema.ts';
import { runScenario } from '../simulation.ts';
import { debrief } from './debrief.ts';
import type { DebriefSentence } from './types.ts';

/** Seeds when neither the caller nor a challenge says how many. */
export const DEFAULT_REPLICATIONS = 3;

export interface Attempt {
  preset: Scenario;
  trainee: Scenario;
  challenge?: Challenge;
}

/** Changes that are not strategy: texts, teaching notes, and the seed and size the judging sets. */
const NOT_STRATEGY = /^(\$schema|title|description|objectives|lookAt|sources|variants|challenges|market\.seed$|market\.customers$)/;

export interface DebriefReport {
  /** The trainee's run on the first seed (the result JSON's run). */
  run: RunOutput;
  challenge?: ChallengeResult;
  comparison?: Comparison;
  debrief: DebriefSentence[];
}

/** `replications` defaults to the challenge's; `overrides` may set the first seed, customers and months. */
export function runAttempt(attempt: Attempt, options: { replications?: number }, overrides: RunOverrides = {}, run = runScenario): DebriefReport {
  const { preset, trainee, challenge } = attempt;
  const replications = options.replications ?? challenge?.replications ?? DEFAULT_REPLICATIONS;
  const seeds = replicationSeeds(overrides.seed ?? preset.market.seed, replications);
  // Only strategy counts as a change; the trainee's own runs are skipped when it is the preset.
  const same = changedPaths(preset, trainee).every((c) => NOT_STRATEGY.test(c.path));
  // Both sides at one size and length (the preset's unless overridden), so the seeds pair.
  const size = { customers: overrides.customers ?? preset.market.customers, months: overrides.months ?? preset.market.months };
  const runs = seeds.map((seed) => {
    const o = { ...size, seed };
    const p = run(preset, o);
    const t = same ? p : run(trainee, o);
    return { preset: p, trainee: t };
  });
  const result = challenge
    ? judgeRuns(
        challenge,
        preset,
        trainee,
        runs.map((x) => x.preset),
        runs.map((x) => x.trainee),
      )
    : undefined;
  const comparison = same
    ? undefined
    : compareRuns(
        runs.map((x) => summarizeRun(x.preset)),
        runs.map((x) => summarizeRun(x.trainee)),
      );
  const first = runs[0].trainee;
  const sentences = debrief({
    scenario: trainee,
    run: first,
    ...(same ? {} : { preset: { scenario: preset, run: runs[0].preset } }),
    ...(comparison ? { comparison } : {}),
    ...(result ? { challenge: result } : {}),
  });
  return { run: first, ...(result ? { challenge: result } : {}), ...(comparison ? { comparison } : {}), debrief: sentences };
}
