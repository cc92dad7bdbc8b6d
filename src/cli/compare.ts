/**
 * Comparison runner: a variant (the scenario with --set changes) against the scenario itself, on
 * paired seeds (common random numbers), with intervals over replications. See compareArgs.ts.
 */
import type { RunOverrides } from '../engine/api.ts';
import { compareRuns } from '../engine/analysis/compare.ts';
import { comparisonJson } from '../engine/analysis/comparisonJson.ts';
import { applyPatch, changedPaths, PatchError } from '../engine/analysis/patch.ts';
import { replicationSeeds } from '../engine/analysis/replications.ts';
import { marketSizeProblem } from '../engine/validate.ts';
import { COMPARE_USAGE, parseCompareArgs, type CompareOptions } from './compareArgs.ts';
import { formatComparison } from './compareSummary.ts';
import { loadScenarioInput, runCommand, UsageError, validated, write, writeOutput } from './common.ts';
import { runJobs, type RunJob } from './runPool.ts';

async function main(options: CompareOptions): Promise<void> {
  const input = await loadScenarioInput(options.scenarioPath);
  const baseline = validated(input, options.scenarioPath);
  let patch = options.set;
  if (options.variant !== undefined) {
    const named = baseline.variants.find((x) => x.id === options.variant);
    if (!named) {
      const known = baseline.variants.map((x) => x.id);
      throw new UsageError(
        `--variant ${options.variant}: ${options.scenarioPath} has ${known.length > 0 ? `no such variant (it has ${known.join(', ')})` : 'no variants'}`,
      );
    }
    patch = { ...named.patch, ...options.set };
  }
  let variantInput: unknown;
  try {
    variantInput = applyPatch(baseline, patch);
  } catch (e) {
    if (e instanceof PatchError) throw new UsageError(`--set ${e.message}`);
    throw e;
  }
  const variant = validated(variantInput, `${options.scenarioPath} with ${options.variant !== undefined ? `--variant ${options.variant}` : '--set'}`);
  const toStdout = options.out === '-';
  if (toStdout) console.log = console.info = console.error;

  const months = options.months ?? baseline.market.months;
  const customers = options.customers ?? baseline.market.customers;
  const tooBig = marketSizeProblem(customers, months, baseline.market.arrivalRate);
  if (tooBig) throw new UsageError(`--customers/--months: ${tooBig}`);
  const seeds = replicationSeeds(options.seed ?? baseline.market.seed, options.replications);
  const overrides = (seed: number): RunOverrides => ({ seed, months, customers });
  const jobs: RunJob[] = seeds.flatMap((seed) => [
    { scenario: baseline, overrides: overrides(seed) },
    { scenario: variant, overrides: overrides(seed) },
  ]);
  const runs = await runJobs(jobs, options.workers);
  const comparison = compareRuns(
    runs.filter((_, i) => i % 2 === 0),
    runs.filter((_, i) => i % 2 === 1),
  );
  const changes = changedPaths(baseline, variant);
  if (options.out !== undefined) {
    const json = comparisonJson(comparison, { scenarioId: baseline.id, customers, changes });
    await writeOutput(options.out, `${JSON.stringify(json, null, 2)}\n`);
  }
  const names = baseline.operators.map((op) => op.name.en || op.id);
  const wrote = options.out !== undefined && !toStdout ? `\nwrote ${options.out}` : '';
  await write(toStdout ? process.stderr : process.stdout, `${formatComparison(comparison, changes, names)}${wrote}\n`);
}

runCommand(process.argv.slice(2), parseCompareArgs, COMPARE_USAGE, main);
