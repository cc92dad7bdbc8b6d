/**
 * Arguments of the sweep runner:
 *
 *   npm run sweep -- <scenario.json> --param <path> (--values a,b,c | --range lo:hi:k) [--param …]
 *                    [--replications R] [--seed N] [--customers N] [--months M] [--workers W]
 *                    [--shard i/n] [--out file.csv|file.json|-]
 *   npm run sweep -- --merge a.csv b.csv … [--out file.csv|-]
 *
 * Pure: no I/O. Each --param takes the --values or --range that follows it.
 */
import { rangeValues, type SweepParam } from '../engine/analysis/sweep.ts';
import { parsePath } from '../engine/path.ts';
import { MAX_REPLICATIONS, readFlags, readReplications, readRunOptions } from './args.ts';

export const MAX_SWEEP_RUNS = 100_000;

export const SWEEP_USAGE = `usage: npm run sweep -- <scenario.json> --param <path> (--values a,b,c | --range lo:hi:k) [--param ...]
                      [--replications R] [--seed N] [--months M] [--customers N] [--workers W] [--shard i/n] [--out file.csv|file.json|-]
       npm run sweep -- --merge a.csv b.csv ... [--out file.csv|-]

  --param path        a numeric field to sweep, e.g. operators[0].crm.budgetShare; each --param is
                      followed by its values: --values 0,0.01,0.02 or --range 0:0.05:6 (k evenly spaced
                      values from lo to hi); several --param make a grid
  --replications R    runs per point on seeds N, N+1, ... (1..${MAX_REPLICATIONS}, default 1); every point uses the same seeds
  --seed N            first seed (default: the scenario's market.seed)
  --months M, --customers N   override the scenario's market values
  --workers W         worker threads, 1..16 (default 1); the output does not depend on it
  --shard i/n         run only the i-th of n disjoint parts of the points (join the parts with --merge)
  --out file          long-format CSV (one row per point x replication x operator, at the horizon), or JSON
                      when the name ends in .json; "-" or none: CSV on stdout
  --merge a.csv ...   join the CSV parts of a sharded sweep, in point order
  -h, --help          show this help`;

export interface SweepOptions {
  scenarioPath: string;
  params: SweepParam[];
  replications: number;
  seed?: number;
  months?: number;
  customers?: number;
  workers: number;
  shard?: { index: number; count: number };
  out?: string;
}

export interface MergeOptions {
  merge: string[];
  out?: string;
}

export type SweepParse = { ok: true; options: SweepOptions | MergeOptions } | { ok: true; help: true } | { ok: false; message: string };

const FLAGS = ['--replications', '--seed', '--months', '--customers', '--workers', '--shard', '--out'];

function numberList(flag: string, text: string): number[] | string {
  const parts = text.split(',').map((t) => t.trim());
  const values = parts.map(Number);
  const bad = parts.findIndex((t, i) => t === '' || !Number.isFinite(values[i]));
  return bad >= 0 ? `${flag}: expected numbers separated by commas, got ${JSON.stringify(parts[bad])}` : values;
}

function range(text: string): number[] | string {
  const m = /^([^:]+):([^:]+):([^:]+)$/.exec(text);
  const [lo, hi, k] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [NaN, NaN, NaN];
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !Number.isInteger(k) || k < 1)
    return `--range: expected lo:hi:k with k a whole number ≥ 1, got ${JSON.stringify(text)}`;
  return rangeValues(lo, hi, k);
}

/** Takes the --param/--values/--range triples out of argv, in order; the rest is left for readFlags. */
function takeParams(argv: readonly string[]): { params: SweepParam[]; rest: string[] } | string {
  const params: SweepParam[] = [];
  const rest: string[] = [];
  const valueOf = (i: number, flag: string): [string | undefined, number] => {
    const arg = argv[i];
    if (arg.startsWith(`${flag}=`)) return [arg.slice(flag.length + 1), i];
    return [argv[i + 1], i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const flag = ['--param', '--values', '--range'].find((f) => arg === f || arg.startsWith(`${f}=`));
    if (!flag) {
      rest.push(arg);
      continue;
    }
    const [value, last] = valueOf(i, flag);
    i = last;
    if (value === undefined || value === '') return `${flag}: expected a value`;
    if (flag === '--param') {
      if (!parsePath(value)) return `--param: ${value} is not a field path (write it like operators[0].pricing.tariffIndex)`;
      if (params.some((p) => p.path === value)) return `--param: ${value} is swept twice`;
      params.push({ path: value, values: [] });
      continue;
    }
    const current = params.at(-1);
    if (!current || current.values.length > 0) return `${flag}: give it after the --param it belongs to`;
    const values = flag === '--values' ? numberList(flag, value) : range(value);
    if (typeof values === 'string') return values;
    current.values = values;
  }
  const empty = params.find((p) => p.values.length === 0);
  if (empty) return `--param ${empty.path}: follow it with --values a,b,c or --range lo:hi:k`;
  return { params, rest };
}

export function parseSweepArgs(argv: readonly string[]): SweepParse {
  const mergeAt = argv.indexOf('--merge');
  if (mergeAt >= 0) {
    const read = readFlags([...argv.slice(0, mergeAt), ...argv.slice(mergeAt + 1)], ['--out']);
    if (!read.ok || 'help' in read) return read;
    if (read.positional.length < 1) return { ok: false, message: '--merge: expected the CSV parts to join' };
    return { ok: true, options: { merge: read.positional, out: read.values.get('--out')?.at(-1) } };
  }
  const taken = takeParams(argv);
  if (typeof taken === 'string') return { ok: false, message: taken };
  const read = readFlags(taken.rest, FLAGS);
  if (!read.ok || 'help' in read) return read;
  const { values, positional } = read;
  if (positional.length === 0)
    return { ok: false, message: 'missing the scenario file (usage: npm run sweep -- <scenario.json> --param <path> --values a,b,c)' };
  if (positional.length > 1) return { ok: false, message: `expected one scenario file, got ${positional.length}: ${positional.join(' ')}` };
  if (taken.params.length === 0) return { ok: false, message: 'nothing to sweep: give --param <path> with --values or --range' };

  const options: SweepOptions = { scenarioPath: positional[0], params: taken.params, replications: 1, workers: 1 };
  const replications = readReplications(values, options);
  if (!replications.ok) return replications;
  const points = taken.params.reduce((n, p) => n * p.values.length, 1);
  if (points * options.replications > MAX_SWEEP_RUNS)
    return {
      ok: false,
      message: `--param: ${points} points × ${options.replications} replications is more than ${MAX_SWEEP_RUNS.toLocaleString('en-US')} runs; shard it or sweep fewer values`,
    };
  const run = readRunOptions(values, options);
  if (!run.ok) return run;
  const shard = values.get('--shard')?.at(-1);
  if (shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(shard.trim());
    const [index, count] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
    if (!m || count < 1 || index < 1 || index > count) return { ok: false, message: `--shard: expected i/n with 1 ≤ i ≤ n, got ${JSON.stringify(shard)}` };
    options.shard = { index, count };
  }
  const out = values.get('--out')?.at(-1);
  if (out !== undefined) options.out = out;
  return { ok: true, options };
}
