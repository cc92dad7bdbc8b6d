/**
 * Command-line arguments of the headless runner (model.md §8):
 *
 *   npm run sim -- <scenario.json> [--seed N] [--months M] [--customers N] [--workers W] [--out file|-]
 *                  [--debrief [--lang en|zh-CN] [--replications R] [--challenge id]
 *                   [--variant id | --set path=value ... | --preset preset.json]]
 *
 * Pure: no I/O. Values are checked with the same rules as the scenario file (the market block of
 * the schema), so `--customers 5` fails exactly like `"customers": 5` would.
 */
import * as v from 'valibot';
import { MarketSchema } from '../engine/schema.ts';
import { describeValue } from '../engine/validate.ts';
import { parsePath } from '../engine/path.ts';

export const MAX_WORKERS = 16;

export const USAGE = `usage: npm run sim -- <scenario.json> [--seed N] [--months M] [--customers N] [--workers W] [--out file|-]

  <scenario.json>   scenario file (see public/scenario.schema.json)
  --seed N          random seed (overrides market.seed)
  --months M        months to simulate (overrides market.months)
  --customers N     customers at month 0 (overrides market.customers)
  --workers W       worker threads, 1..${MAX_WORKERS} (default 1); the result does not depend on it
  --out file|-      write the result JSON to file, or to stdout with "-" (the summary then goes to stderr)
  --debrief         judge the scenario's challenge on replications and explain the run in sentences;
                    the result JSON gains "challenge" and "debrief"
    --lang en|zh-CN     language of the printed debrief (default en; the JSON has both)
    --replications R    seeds the challenge and the comparison use (default: the challenge's, else 3)
    --challenge id      which of the scenario's challenges (default: the first)
    --variant id        your strategy is the scenario's named variant...
    --set path=value    ...or the scenario with this field changed (repeatable)...
    --preset file       ...or the scenario file itself, judged against this preset file
  -h, --help        show this help`;

export interface CliOptions {
  scenarioPath: string;
  seed?: number;
  months?: number;
  customers?: number;
  workers: number;
  /** Output path, '-' for stdout, undefined for no result file. */
  out?: string;
  /** Set by --debrief: judge the challenge and explain the run. */
  debrief?: DebriefOptions;
}

export interface DebriefOptions {
  lang: 'en' | 'zh-CN';
  replications?: number;
  challenge?: string;
  variant?: string;
  set: Record<string, unknown>;
  preset?: string;
}

export type ParseResult = { ok: true; options: CliOptions } | { ok: true; help: true } | { ok: false; message: string };

const VALUE_FLAGS = [
  '--seed',
  '--months',
  '--customers',
  '--workers',
  '--out',
  '--lang',
  '--replications',
  '--challenge',
  '--variant',
  '--set',
  '--preset',
] as const;
/** Flags that take no value. */
const SWITCHES = ['--debrief'] as const;
const DEBRIEF_ONLY = ['--lang', '--replications', '--challenge', '--variant', '--set', '--preset'] as const;

/** The schema rule behind each numeric override. */
const RULES = {
  '--seed': MarketSchema.entries.seed.wrapped,
  '--months': MarketSchema.entries.months,
  '--customers': MarketSchema.entries.customers,
} as const;

const workersRule = v.pipe(
  v.number('expected an integer'),
  v.integer('expected an integer'),
  v.minValue(1, 'expected an integer ≥ 1'),
  v.maxValue(MAX_WORKERS, `expected an integer ≤ ${MAX_WORKERS}`),
);

/** Decimal number text to a number; anything else stays a string, so the rule reports what was given. */
function toNumber(text: string): number | string {
  const t = text.trim();
  if (t === '' || !/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return text;
  return Number(t);
}

export function checkNumber(flag: string, text: string, rule: v.GenericSchema<number>): { ok: true; value: number } | { ok: false; message: string } {
  const value = toNumber(text);
  const parsed = v.safeParse(rule, value);
  if (parsed.success) return { ok: true, value: parsed.output };
  return { ok: false, message: `${flag}: ${parsed.issues[0].message}, got ${describeValue(value)}` };
}

export type FlagValues = Map<string, string[]>;

/**
 * Splits argv into positional arguments and the values of the given flags (`--flag value` or
 * `--flag=value`; a flag given twice keeps both values, in order). `-h`/`--help` → 'help'.
 */
export function readFlags(
  argv: readonly string[],
  flags: readonly string[],
  switches: readonly string[] = [],
): { ok: true; values: FlagValues; positional: string[] } | { ok: true; help: true } | { ok: false; message: string } {
  const values: FlagValues = new Map();
  const positional: string[] = [];
  let onlyPositional = false;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPositional || arg === '-' || !arg.startsWith('-')) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositional = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return { ok: true, help: true };
    if (switches.includes(arg)) {
      values.set(arg, [...(values.get(arg) ?? []), '']);
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    if (!flags.includes(flag)) return { ok: false, message: `unknown option ${flag} (see --help)` };
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    if (value === undefined || value === '') return { ok: false, message: `${flag}: expected a value` };
    values.set(flag, [...(values.get(flag) ?? []), value]);
  }
  return { ok: true, values, positional };
}

/** The run options every command shares: seed, months, customers overrides and worker threads. */
export const MAX_REPLICATIONS = 200;

const replicationsRule = v.pipe(
  v.number('expected an integer'),
  v.integer('expected an integer'),
  v.minValue(1, 'expected an integer ≥ 1'),
  v.maxValue(MAX_REPLICATIONS, `expected an integer ≤ ${MAX_REPLICATIONS}`),
);

/** `--replications R` of the comparison and sweep runners, when given. */
export function readReplications(values: FlagValues, options: { replications: number }): { ok: true } | { ok: false; message: string } {
  const text = values.get('--replications')?.at(-1);
  if (text === undefined) return { ok: true };
  const r = checkNumber('--replications', text, replicationsRule);
  if (!r.ok) return r;
  options.replications = r.value;
  return { ok: true };
}

export function readRunOptions(
  values: FlagValues,
  options: { seed?: number; months?: number; customers?: number; workers: number },
): { ok: true } | { ok: false; message: string } {
  for (const flag of ['--seed', '--months', '--customers'] as const) {
    const text = values.get(flag)?.at(-1);
    if (text === undefined) continue;
    const r = checkNumber(flag, text, RULES[flag]);
    if (!r.ok) return r;
    options[flag.slice(2) as 'seed' | 'months' | 'customers'] = r.value;
  }
  const workers = values.get('--workers')?.at(-1);
  if (workers !== undefined) {
    const r = checkNumber('--workers', workers, workersRule);
    if (!r.ok) return r;
    options.workers = r.value;
  }
  return { ok: true };
}

/** `--set` text after '=': JSON when it reads as JSON, else the text itself. */
export function setValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The `--set <path>=<value>` flags into `patch`, in the order given. */
export function readSet(values: FlagValues, patch: Record<string, unknown>): { ok: true } | { ok: false; message: string } {
  for (const text of values.get('--set') ?? []) {
    const eq = text.indexOf('=');
    if (eq <= 0) return { ok: false, message: `--set: expected <path>=<value>, got ${JSON.stringify(text)}` };
    const path = text.slice(0, eq).trim();
    if (!parsePath(path)) return { ok: false, message: `--set: ${path} is not a field path (write it like operators[0].pricing.tariffIndex)` };
    patch[path] = setValue(text.slice(eq + 1));
  }
  return { ok: true };
}

export function parseArgs(argv: readonly string[]): ParseResult {
  const read = readFlags(argv, VALUE_FLAGS, SWITCHES);
  if (!read.ok || 'help' in read) return read;
  const { values, positional } = read;

  if (positional.length === 0) return { ok: false, message: 'missing the scenario file (usage: npm run sim -- <scenario.json> [options])' };
  if (positional.length > 1) return { ok: false, message: `expected one scenario file, got ${positional.length}: ${positional.join(' ')}` };

  const options: CliOptions = { scenarioPath: positional[0], workers: 1 };
  const run = readRunOptions(values, options);
  if (!run.ok) return run;
  const out = values.get('--out')?.at(-1);
  if (out !== undefined) options.out = out;
  if (!values.has('--debrief')) {
    const stray = DEBRIEF_ONLY.find((f) => values.has(f));
    return stray ? { ok: false, message: `${stray}: only with --debrief` } : { ok: true, options };
  }
  const debrief = readDebrief(values);
  if (!debrief.ok) return debrief;
  options.debrief = debrief.options;
  return { ok: true, options };
}

function readDebrief(values: FlagValues): { ok: true; options: DebriefOptions } | { ok: false; message: string } {
  const lang = values.get('--lang')?.at(-1) ?? 'en';
  if (lang !== 'en' && lang !== 'zh-CN') return { ok: false, message: `--lang: expected en or zh-CN, got ${JSON.stringify(lang)}` };
  const options: DebriefOptions = { lang, set: {} };
  const reps: { replications: number } = { replications: 0 };
  const r = readReplications(values, reps);
  if (!r.ok) return r;
  if (reps.replications > 0) options.replications = reps.replications;
  const set = readSet(values, options.set);
  if (!set.ok) return set;
  for (const flag of ['--challenge', '--variant', '--preset'] as const) {
    const v = values.get(flag)?.at(-1);
    if (v !== undefined) options[flag.slice(2) as 'challenge' | 'variant' | 'preset'] = v;
  }
  if (options.preset !== undefined && (options.variant !== undefined || Object.keys(options.set).length > 0))
    return { ok: false, message: '--preset: give your strategy either as the scenario file (with --preset) or as --variant/--set on the preset, not both' };
  return { ok: true, options };
}
