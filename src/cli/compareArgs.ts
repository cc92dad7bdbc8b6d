/**
 * Arguments of the comparison runner:
 *
 *   npm run compare -- <scenario.json> (--variant <id> | --set <path>=<value> …) [--replications R]
 *                      [--seed N] [--customers N] [--months M] [--workers W] [--out file.json|-]
 *
 * Pure: no I/O. The seed, months, customers and workers rules are the headless runner's.
 */
import { MAX_REPLICATIONS, readFlags, readReplications, readRunOptions, readSet } from './args.ts';

export const COMPARE_USAGE = `usage: npm run compare -- <scenario.json> (--variant <id> | --set <path>=<value> ...) [--replications R] [--seed N] [--months M] [--customers N] [--workers W] [--out file.json|-]

  <scenario.json>     the baseline scenario
  --variant id        the variant: one of the scenario's named variants ("variants" in the file)
  --set path=value    the variant: the baseline with this field changed (repeatable), e.g.
                      --set operators[0].retention.budgetShare=0.3; the value is JSON (a number,
                      true, "text", [..]) or else taken as text
  --replications R    paired runs on seeds N, N+1, ... (1..${MAX_REPLICATIONS}, default 1); with R >= 2 every
                      difference gets a 95 % interval
  --seed N            first seed (default: the scenario's market.seed)
  --months M, --customers N   override the scenario's market values
  --workers W         worker threads, 1..16 (default 1); the output does not depend on it
  --out file.json|-   write the comparison as JSON to a file, or to stdout with "-" (the summary then goes to stderr)
  -h, --help          show this help`;

export interface CompareOptions {
  scenarioPath: string;
  /** A named variant of the scenario, if given; --set changes apply on top of it. */
  variant?: string;
  /** The variant's patch: schema path → value, in the order given. */
  set: Record<string, unknown>;
  replications: number;
  seed?: number;
  months?: number;
  customers?: number;
  workers: number;
  out?: string;
}

const FLAGS = ['--variant', '--set', '--replications', '--seed', '--months', '--customers', '--workers', '--out'];

export type CompareParse = { ok: true; options: CompareOptions } | { ok: true; help: true } | { ok: false; message: string };

export function parseCompareArgs(argv: readonly string[]): CompareParse {
  const read = readFlags(argv, FLAGS);
  if (!read.ok || 'help' in read) return read;
  const { values, positional } = read;
  if (positional.length === 0) return { ok: false, message: 'missing the scenario file (usage: npm run compare -- <scenario.json> --set <path>=<value>)' };
  if (positional.length > 1) return { ok: false, message: `expected one scenario file, got ${positional.length}: ${positional.join(' ')}` };

  const options: CompareOptions = { scenarioPath: positional[0], set: {}, replications: 1, workers: 1 };
  const set = readSet(values, options.set);
  if (!set.ok) return set;
  const variant = values.get('--variant')?.at(-1);
  if (variant !== undefined) options.variant = variant;
  if (variant === undefined && Object.keys(options.set).length === 0)
    return { ok: false, message: 'nothing to compare: name a variant with --variant <id> or give one with --set <path>=<value>' };
  const replications = readReplications(values, options);
  if (!replications.ok) return replications;
  const run = readRunOptions(values, options);
  if (!run.ok) return run;
  const out = values.get('--out')?.at(-1);
  if (out !== undefined) options.out = out;
  return { ok: true, options };
}
