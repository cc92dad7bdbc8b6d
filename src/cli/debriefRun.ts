/**
 * `sim --debrief`: the trainee's strategy and the preset's run on the same seeds (in this thread),
 * the challenge judged on them, and the debrief of the first seed's run with the paired
 * comparison. The preset is the scenario file; the trainee's strategy is a named variant or
 * --set changes of it, or else the file itself judged against --preset.
 */
import type { RunOutput, RunOverrides } from '../engine/api.ts';
import { compareRuns, type Comparison } from '../engine/analysis/compare.ts';
import { applyPatch, changedPaths, PatchError } from '../engine/analysis/patch.ts';
import { replicationSeeds } from '../engine/analysis/replications.ts';
import { summarizeRun } from '../engine/analysis/summary.ts';
import { judgeRuns, type ChallengeResult } from '../engine/challenge/index.ts';
import { debrief, type DebriefSentence } from '../engine/debrief/index.ts';
import type { Challenge, Scenario } from '../engine/schema.ts';
import { runScenario } from '../engine/simulation.ts';
import type { DebriefOptions } from './args.ts';
import { loadScenario, UsageError, validated } from './common.ts';

/** Seeds when neither --replications nor a challenge says how many. */
export const DEFAULT_REPLICATIONS = 3;

export interface Attempt {
  preset: Scenario;
  trainee: Scenario;
  challenge?: Challenge;
}

/** The preset, the trainee's scenario and the challenge to judge, from the file and the flags. */
export async function loadAttempt(path: string, file: Scenario, options: DebriefOptions): Promise<Attempt> {
  let preset = file;
  let trainee = file;
  if (options.preset !== undefined) preset = await loadScenario(options.preset);
  else if (options.variant !== undefined || Object.keys(options.set).length > 0) {
    let patch: Record<string, unknown> = options.set;
    if (options.variant !== undefined) {
      const named = file.variants.find((x) => x.id === options.variant);
      if (!named) {
        const known = file.variants.map((x) => x.id);
        throw new UsageError(`--variant ${options.variant}: ${path} has ${known.length > 0 ? `no such variant (it has ${known.join(', ')})` : 'no variants'}`);
      }
      patch = { ...named.patch, ...options.set };
    }
    try {
      trainee = validated(applyPatch(file, patch), `${path} with ${options.variant !== undefined ? `--variant ${options.variant}` : '--set'}`);
    } catch (e) {
      if (e instanceof PatchError) throw new UsageError(`--set ${e.message}`);
      throw e;
    }
  }
  if (preset.operators.map((o) => o.id).join() !== trainee.operators.map((o) => o.id).join())
    throw new UsageError(`--preset: ${options.preset} has other operators than ${path}; judge a strategy against the preset it came from`);
  let challenge: Challenge | undefined = preset.challenges[0];
  if (options.challenge !== undefined) {
    challenge = preset.challenges.find((c) => c.id === options.challenge);
    if (!challenge) {
      const known = preset.challenges.map((c) => c.id);
      throw new UsageError(
        `--challenge ${options.challenge}: the preset has ${known.length > 0 ? `no such challenge (it has ${known.join(', ')})` : 'no challenges'}`,
      );
    }
  }
  return { preset, trainee, ...(challenge ? { challenge } : {}) };
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

export function runAttempt(attempt: Attempt, options: DebriefOptions, overrides: RunOverrides): DebriefReport {
  const { preset, trainee, challenge } = attempt;
  const replications = options.replications ?? challenge?.replications ?? DEFAULT_REPLICATIONS;
  const seeds = replicationSeeds(overrides.seed ?? preset.market.seed, replications);
  // Only strategy counts as a change; the trainee's own runs are skipped when it is the preset.
  const same = changedPaths(preset, trainee).every((c) => NOT_STRATEGY.test(c.path));
  // Both sides at one size and length (the preset's unless overridden), so the seeds pair.
  const size = { customers: overrides.customers ?? preset.market.customers, months: overrides.months ?? preset.market.months };
  const runs = seeds.map((seed) => {
    const o = { ...size, seed };
    const p = runScenario(preset, o);
    const t = same ? p : runScenario(trainee, o);
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
  const run = runs[0].trainee;
  const sentences = debrief({
    scenario: trainee,
    run,
    ...(same ? {} : { preset: { scenario: preset, run: runs[0].preset } }),
    ...(comparison ? { comparison } : {}),
    ...(result ? { challenge: result } : {}),
  });
  return { run, ...(result ? { challenge: result } : {}), ...(comparison ? { comparison } : {}), debrief: sentences };
}
