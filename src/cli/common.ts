/**
 * What the command-line tools share: loading a scenario file into the current schema, the one-line
 * error messages and exit codes of model.md §8 (0 success; 2 bad input, one line naming the field
 * or argument; 1 internal error), and writing to a stream.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Scenario } from '../engine/schema.ts';
import { formatIssue, validateScenario } from '../engine/validate.ts';
import { describeMigrationProblem, migrateScenario } from '../engine/migrate.ts';

/** A problem with what the user gave us: exit 2, one line. */
export class UsageError extends Error {}

export const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

export function fsProblem(e: unknown): string {
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

/** A scenario file brought up to the current schema, not yet validated (a patch may still apply). */
export async function loadScenarioInput(path: string): Promise<unknown> {
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
  return migrated.ok ? migrated.data : data;
}

/** The validated scenario, or a UsageError naming the first bad field; `label` says whose it is. */
export function validated(input: unknown, label: string): Scenario {
  const result = validateScenario(input);
  if (!result.ok) {
    const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
    throw new UsageError(`${label}: ${oneLine(formatIssue(result.issues[0]))}${more}`);
  }
  return result.scenario;
}

export async function loadScenario(path: string): Promise<Scenario> {
  return validated(await loadScenarioInput(path), path);
}

export function write(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => stream.write(text, (e) => (e ? reject(e) : resolve())));
}

/** Writes `text` to `out` ('-' for stdout); a file that cannot be written is the user's problem. */
export async function writeOutput(out: string, text: string): Promise<void> {
  if (out === '-') return write(process.stdout, text);
  try {
    await writeFile(out, text);
  } catch (e) {
    throw new UsageError(`--out: cannot write ${out}: ${fsProblem(e)}`);
  }
}

/**
 * Runs a command: bad arguments (parse gives a message) and UsageErrors exit 2 with one line,
 * anything else 1. Exits explicitly so that worker threads or timers left behind cannot keep
 * the process alive.
 */
export function runCommand<T>(
  argv: readonly string[],
  parse: (argv: readonly string[]) => { ok: true; options: T } | { ok: true; help: true } | { ok: false; message: string },
  usage: string,
  main: (options: T) => Promise<void>,
): void {
  const run = async (): Promise<number> => {
    const parsed = parse(argv);
    if (!parsed.ok) {
      process.stderr.write(`error: ${oneLine(parsed.message)}\n`);
      return 2;
    }
    if ('help' in parsed) {
      await write(process.stdout, `${usage}\n`);
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
  };
  run().then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`internal error: ${oneLine(e instanceof Error ? e.message : String(e))}\n`);
      process.exit(1);
    },
  );
}
