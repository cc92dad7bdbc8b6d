/**
 * Headless runner (model.md §8):
 *
 *   npm run sim -- <scenario.json> [--seed N] [--months M] [--customers N] [--workers W] [--out file|-]
 *
 * Prints a short summary table (to stderr when the result JSON goes to stdout with `--out -`),
 * and writes the result JSON to `--out`. Exit codes: 0 success; 2 invalid scenario or argument,
 * with one line `error: <message naming the field>`; 1 internal error, `internal error: <message>`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { RunOverrides } from '../engine/api.ts';
import type { Scenario } from '../engine/schema.ts';
import { formatIssue, marketSizeProblem, validateScenario } from '../engine/validate.ts';
import { describeMigrationProblem, migrateScenario } from '../engine/migrate.ts';
import { parseArgs, USAGE, type CliOptions } from './args.ts';
import { formatSummary } from './summary.ts';

/** A problem with what the user gave us: exit 2, one line. */
class UsageError extends Error {}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

function fsProblem(e: unknown): string {
  switch (errorCode(e)) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a parent of it is not a directory';
    default:
      return oneLine(e instanceof Error ? e.message : String(e));
  }
}

async function loadScenario(path: string): Promise<Scenario> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(`${path}: ${fsProblem(e)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new UsageError(`${path}: not valid JSON: ${oneLine(e instanceof Error ? e.message : String(e))}`);
  }
  // Older files are brought up to the current schema first; a file from a newer workbench is
  // refused with that reason. Other shape problems are left to the validator's path-named messages.
  const migrated = migrateScenario(data);
  if (!migrated.ok && (migrated.problem.kind === 'futureVersion' || migrated.problem.kind === 'unsupportedVersion')) {
    throw new UsageError(`${path}: ${describeMigrationProblem(migrated.problem)}`);
  }
  const result = validateScenario(migrated.ok ? migrated.data : data);
  if (!result.ok) {
    const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
    throw new UsageError(`${path}: ${oneLine(formatIssue(result.issues[0]))}${more}`);
  }
  return result.scenario;
}

function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (e) => (e ? reject(e) : resolve())));
}

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
  const tooBig = marketSizeProblem(
    overrides.customers ?? scenario.market.customers,
    overrides.months ?? scenario.market.months,
    scenario.market.arrivalRate,
  );
  if (tooBig) throw new UsageError(`--customers/--months: ${tooBig}`);
  const output = await runScenarioNode(scenario, overrides, options.workers);
  const elapsedMs = performance.now() - started;
  const json = `${JSON.stringify(toResultJson(output))}\n`;

  if (options.out !== undefined && !toStdout) {
    try {
      await writeFile(options.out, json);
    } catch (e) {
      throw new UsageError(`--out: cannot write ${options.out}: ${fsProblem(e)}`);
    }
  }
  const summary = formatSummary(output, { elapsedMs, workers: options.workers });
  const wrote = options.out !== undefined && !toStdout ? `\nwrote ${options.out}` : '';
  await write(toStdout ? process.stderr : process.stdout, `${summary}${wrote}\n`);
  if (toStdout) await write(process.stdout, json);
}

async function cli(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`error: ${oneLine(parsed.message)}\n`);
    return 2;
  }
  if ('help' in parsed) {
    await write(process.stdout, `${USAGE}\n`);
    return 0;
  }
  try {
    await main(parsed.options);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`error: ${oneLine(e.message)}\n`);
      return 2;
    }
    process.stderr.write(`internal error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    if (process.env.SIM_DEBUG && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    return 1;
  }
}

// Exit explicitly so that worker threads or timers left behind cannot keep the process alive.
cli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`internal error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
    process.exit(1);
  },
);
