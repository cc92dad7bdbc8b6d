/**
 * Headless runner (model.md §8):
 *
 *   npm run sim -- <scenario.json> [--seed N] [--months M] [--customers N] [--workers W] [--out file|-]
 *                  [--debrief [--lang en|zh-CN] [--replications R] [--challenge id] [--variant id | --set p=v … | --preset file]]
 *
 * Prints a short summary table (to stderr when the result JSON goes to stdout with `--out -`),
 * and writes the result JSON to `--out`. Exit codes: 0 success; 2 invalid scenario or argument,
 * with one line `error: <message naming the field>`; 1 internal error, `internal error: <message>`.
 */
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { RunOutput, RunOverrides } from '../engine/api.ts';
import type { ChallengeResult } from '../engine/challenge/index.ts';
import { marketSizeProblem } from '../engine/validate.ts';
import { parseArgs, USAGE, type CliOptions } from './args.ts';
import { fsProblem, loadScenario, runCommand, UsageError, write } from './common.ts';
import { debriefJson, formatChallenge, formatDebrief } from './debriefSummary.ts';
import { formatSummary } from './summary.ts';

async function main(options: CliOptions): Promise<void> {
  const scenario = await loadScenario(options.scenarioPath);
  const toStdout = options.out === '-';
  // With `--out -`, stdout carries only the JSON: anything logged goes to stderr.
  if (toStdout) console.log = console.info = console.error;

  // The engine is loaded only once the input is known to be good.
  const { runScenarioNode } = await import('./runNode.ts');
  const { toResultJson } = await import('../engine/result.ts');

  const started = performance.now();
  // Only the overrides actually given: an `undefined` must not mask the scenario's own value.
  const overrides: RunOverrides = {};
  if (options.seed !== undefined) overrides.seed = options.seed;
  if (options.months !== undefined) overrides.months = options.months;
  if (options.customers !== undefined) overrides.customers = options.customers;
  const tooBig = marketSizeProblem(overrides.customers ?? scenario.market.customers, overrides.months ?? scenario.market.months, scenario.market.arrivalRate);
  if (tooBig) throw new UsageError(`--customers/--months: ${tooBig}`);
  let output: RunOutput;
  let extra: { challenge?: ChallengeResult; debrief?: ReturnType<typeof debriefJson> } = {};
  let report = '';
  if (options.debrief) {
    // The trainee's run of the first seed is the result; the replications run in this thread.
    const { loadAttempt } = await import('./debriefRun.ts');
    const { runAttempt } = await import('../engine/debrief/attempt.ts');
    const attempt = await loadAttempt(options.scenarioPath, scenario, options.debrief);
    const done = runAttempt(attempt, options.debrief, overrides);
    output = done.run;
    const lang = options.debrief.lang;
    extra = { ...(done.challenge ? { challenge: done.challenge } : {}), debrief: debriefJson(done.debrief) };
    report = `\n${done.challenge ? `${formatChallenge(done.challenge, lang)}\n\n` : ''}${formatDebrief(done.debrief, lang)}`;
  } else output = await runScenarioNode(scenario, overrides, options.workers);
  const elapsedMs = performance.now() - started;
  const json = `${JSON.stringify({ ...toResultJson(output), ...extra })}\n`;

  if (options.out !== undefined && !toStdout) {
    try {
      await writeFile(options.out, json);
    } catch (e) {
      throw new UsageError(`--out: cannot write ${options.out}: ${fsProblem(e)}`);
    }
  }
  const summary = formatSummary(output, { elapsedMs, workers: options.workers });
  const wrote = options.out !== undefined && !toStdout ? `\nwrote ${options.out}` : '';
  await write(toStdout ? process.stderr : process.stdout, `${summary}${report}${wrote}\n`);
  if (toStdout) await write(process.stdout, json);
}

runCommand(process.argv.slice(2), parseArgs, USAGE, main);
