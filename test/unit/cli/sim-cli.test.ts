/**
 * The headless runner's contract (model.md §8): exit codes, one-line errors naming the field,
 * and the shape of the result JSON. Runs the real CLI in a child process.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { formatSummary } from '../../../src/cli/summary.ts';
import type { RunOutput } from '../../../src/engine/api.ts';
import { at, frameLayout, LORENZ_POINTS } from '../../../src/engine/frame.ts';
import { ROOT, runCli, type CliRun } from '../../helpers/cli.ts';
import { CONTRACT_OPERATOR_KEYS } from '../../helpers/resultContract.ts';

const DEFAULT_SCENARIO = join(ROOT, 'scenarios/default.json');
type Run = CliRun;
const sim = (args: string[]) => runCli('sim.ts', args);

let dir: string;
/** The default scenario as plain JSON, mutated freely by the tests. */
let base: any;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
  base = JSON.parse(readFileSync(DEFAULT_SCENARIO, 'utf8'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Write a variant of the default scenario and return its path. */
function variant(name: string, change: (s: any) => void): string {
  const s = structuredClone(base);
  change(s);
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(s));
  return path;
}

function expectUsageError(run: Run, ...mentions: string[]) {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.endsWith('\n')).toBe(true);
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  for (const m of mentions) expect(lines[0]).toContain(m);
  expect(lines[0]).not.toMatch(/\bat .*\.ts:\d+/); // no stack trace
}

describe.concurrent('sim CLI: invalid input exits 2 with one line naming the field', () => {
  it('wrong type', async () => {
    const path = variant('type', (s) => (s.market.customers = 'many'));
    expectUsageError(await sim([path]), 'market.customers', '"many"');
  });

  it('a misspelt field, with the name it most likely meant', async () => {
    const path = variant('typo', (s) => (s.operators[0].pricing = { tarifIndex: 1.5 }));
    expectUsageError(await sim([path]), 'operators[0].pricing.tarifIndex', 'unknown field', 'did you mean tariffIndex?');
  });

  it('negative customers', async () => {
    const path = variant('negative', (s) => (s.market.customers = -5));
    expectUsageError(await sim([path]), 'market.customers', '-5');
  });

  it('only one operator', async () => {
    const path = variant('one-operator', (s) => (s.operators = s.operators.slice(0, 1)));
    expectUsageError(await sim([path]), 'operators');
  });

  it('event naming an unknown operator', async () => {
    const path = variant('event', (s) => (s.events = [{ type: 'priceCut', month: 1, operator: 'nobody', factor: 0.9 }]));
    expectUsageError(await sim([path]), 'events[0].operator', '"nobody"');
  });

  it('several issues: the first, and how many more', async () => {
    const path = variant('several', (s) => {
      s.market.customers = -5;
      s.market.months = 'long';
    });
    const run = await sim([path]);
    expectUsageError(run, 'market.customers');
    expect(run.stderr).toMatch(/\(and \d+ more\)/);
  });

  it('a file from a newer version of the workbench', async () => {
    const path = variant('future', (s) => (s.schemaVersion = 99));
    expectUsageError(await sim([path]), 'schemaVersion 99', 'newer version');
  });

  it('malformed JSON', async () => {
    const path = join(dir, 'malformed.json');
    writeFileSync(path, '{ "schemaVersion": 1, "id": "x",, }');
    expectUsageError(await sim([path]), `${path}: not valid JSON: `);
  });

  it('missing file', async () => {
    const path = join(dir, 'does-not-exist.json');
    expectUsageError(await sim([path]), path, 'no such file');
  });

  it('unknown flag', async () => {
    expectUsageError(await sim([DEFAULT_SCENARIO, '--fast']), '--fast');
  });

  it('non-integer --seed', async () => {
    expectUsageError(await sim([DEFAULT_SCENARIO, '--seed', '1.5']), '--seed', 'integer');
  });

  it('--workers out of range', async () => {
    expectUsageError(await sim([DEFAULT_SCENARIO, '--workers', '0']), '--workers');
    expectUsageError(await sim([DEFAULT_SCENARIO, '--workers', '17']), '--workers');
  });

  it('no scenario file', async () => {
    expectUsageError(await sim([]), 'scenario');
  });
});

describe('sim CLI: a small run', () => {
  const months = 6;
  const customers = 2000;
  const args = ['--customers', String(customers), '--months', String(months), '--out', '-'];
  let one: Run;

  beforeAll(async () => {
    one = await sim([DEFAULT_SCENARIO, ...args, '--workers', '1']);
  }, 120_000);

  it('exits 0, JSON on stdout and the summary on stderr', () => {
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).toContain('market');
    expect(() => JSON.parse(one.stdout)).not.toThrow();
  });

  it('writes the result JSON of model.md §8', () => {
    const r = JSON.parse(one.stdout);
    const ops = base.operators.map((o: { id: string }) => o.id);
    expect(r.schemaVersion).toBe(1);
    expect(r.scenarioId).toBe(base.id);
    expect(r.months).toBe(months);
    expect(r.customers).toBe(customers);
    expect(Number.isInteger(r.seed)).toBe(true);
    expect(r.operators.map((o: { id: string }) => o.id)).toEqual(ops);
    expect(r.segments.map((s: { id: string }) => s.id)).toEqual(base.market.segments.map((s: { id: string }) => s.id));

    expect(r.monthly).toHaveLength(months + 1);
    r.monthly.forEach((m: { month: number; operators: { id: string }[]; market: object }, t: number) => {
      expect(m.month).toBe(t);
      expect(m.operators.map((o) => o.id)).toEqual(ops);
      for (const o of m.operators) for (const key of [...CONTRACT_OPERATOR_KEYS, 'churnRateBySegment']) expect(o).toHaveProperty(key);
      for (const key of ['subscribers', 'arrivals', 'exits', 'top20RevenueShare', 'gini']) expect(m.market).toHaveProperty(key);
    });

    expect(r.switching).toHaveLength(ops.length + 1);
    for (const row of r.switching) expect(row).toHaveLength(ops.length + 1);

    // every operator has a curve; extra curves (e.g. the whole market) are allowed and checked too
    for (const id of ops) expect(r.lorenz).toHaveProperty(id);
    for (const id of Object.keys(r.lorenz)) {
      const curve: [number, number][] = r.lorenz[id];
      expect(curve).toHaveLength(LORENZ_POINTS);
      expect(curve[0][0]).toBeCloseTo(0, 12);
      expect(curve[0][1]).toBeCloseTo(0, 6);
      expect(curve[LORENZ_POINTS - 1][0]).toBeCloseTo(1, 12);
      expect(curve[LORENZ_POINTS - 1][1]).toBeCloseTo(1, 6);
    }
  });

  it('conserves customers every month', () => {
    const r = JSON.parse(one.stdout);
    for (let t = 1; t < r.monthly.length; t++) {
      const [prev, cur] = [r.monthly[t - 1], r.monthly[t]];
      expect(cur.market.subscribers, `market, month ${t}`).toBe(prev.market.subscribers + cur.market.arrivals - cur.market.exits);
      cur.operators.forEach((o: { id: string; subscribers: number; grossAdds: number; churned: number }, i: number) =>
        expect(o.subscribers, `${o.id}, month ${t}`).toBe(prev.operators[i].subscribers + o.grossAdds - o.churned),
      );
    }
  });

  it('gives the same bytes with 2 workers as with 1', async () => {
    const two = await sim([DEFAULT_SCENARIO, ...args, '--workers', '2']);
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout.length).toBe(one.stdout.length);
    expect(two.stdout === one.stdout).toBe(true);
  }, 120_000);

  it('--out file writes the same JSON and prints the summary on stdout', async () => {
    const path = join(dir, 'result.json');
    const run = await sim([DEFAULT_SCENARIO, '--customers', String(customers), '--months', String(months), '--out', path]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(path, 'utf8')).toBe(one.stdout);
    expect(run.stdout).toContain('market');
    expect(run.stdout).toContain(`wrote ${path}`);
  }, 120_000);
});

describe('parseArgs', () => {
  it('reads every option, in both spellings', () => {
    const r = parseArgs(['s.json', '--seed', '7', '--months=12', '--customers', '5000', '--workers', '4', '--out', '-']);
    expect(r).toEqual({ ok: true, options: { scenarioPath: 's.json', seed: 7, months: 12, customers: 5000, workers: 4, out: '-' } });
  });

  it('defaults to one worker and no output file', () => {
    expect(parseArgs(['s.json'])).toEqual({ ok: true, options: { scenarioPath: 's.json', workers: 1 } });
  });

  it('rejects bad values with the flag named', () => {
    const message = (argv: string[]) => {
      const r = parseArgs(argv);
      return r.ok ? '' : r.message;
    };
    expect(message(['s.json', '--seed', 'x'])).toBe('--seed: expected an integer, got "x"');
    expect(message(['s.json', '--seed', '-1'])).toMatch(/^--seed: expected an integer ≥ 0/);
    expect(message(['s.json', '--months', '0'])).toMatch(/^--months: .*≥ 1/);
    expect(message(['s.json', '--customers', '50'])).toMatch(/^--customers: .*≥ 100/);
    expect(message(['s.json', '--workers', '2.5'])).toBe('--workers: expected an integer, got 2.5');
    expect(message(['s.json', '--workers', '17'])).toBe('--workers: expected an integer ≤ 16, got 17');
    expect(message(['s.json', '--out'])).toBe('--out: expected a value');
    expect(message(['s.json', '-x'])).toMatch(/^unknown option -x/);
    expect(message(['a.json', 'b.json'])).toMatch(/^expected one scenario file/);
  });

  it('asks for help', () => {
    expect(parseArgs(['--help'])).toEqual({ ok: true, help: true });
  });
});

describe('formatSummary', () => {
  it('shows each operator and the market at the last month', () => {
    const layout = frameLayout(2, 1);
    const frame = (month: number, subs: [number, number]) => {
      const f = new Float64Array(layout.size);
      f[at.month()] = month;
      subs.forEach((s, o) => {
        f[at.op(layout, o, 'subscribers')] = s;
        f[at.op(layout, o, 'subscriberShare')] = s / (subs[0] + subs[1]);
        f[at.op(layout, o, 'churned')] = 10 * (o + 1);
        f[at.op(layout, o, 'churnRate')] = 0.0123;
        f[at.op(layout, o, 'revenue')] = 1_234_567;
        f[at.op(layout, o, 'profit')] = -4_321;
        f[at.op(layout, o, 'top20RevenueShare')] = 0.801;
        f[at.op(layout, o, 'gini')] = 0.7654;
      });
      f[at.market(layout, 'subscribers')] = subs[0] + subs[1];
      f[at.market(layout, 'revenue')] = 2_469_134;
      f[at.market(layout, 'top20RevenueShare')] = 0.79;
      f[at.market(layout, 'gini')] = 0.77;
      return f;
    };
    const name = (en: string) => ({ en, 'zh-CN': en });
    const out: RunOutput = {
      meta: {
        scenarioId: 'demo',
        title: name('Demo market'),
        seed: 3,
        months: 1,
        customers: 1000,
        operators: [
          { id: 'mobile', name: name('China Mobile'), color: '#000000' },
          { id: 'unicom', name: name('China Unicom'), color: '#ffffff' },
        ],
        segments: [{ id: 'mass', name: name('Mass') }],
        tiers: ['base', 'silver', 'gold', 'diamond'],
        layout,
      },
      frames: [frame(0, [600, 400]), frame(1, [700, 300])],
      cohortSize: new Float64Array(0),
      cohorts: [],
    };
    const text = formatSummary(out, { elapsedMs: 1500, workers: 2 });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Demo market (demo) · month 1 of 1 · seed 3 · 1,000 customers · 2 workers · 1.50 s');
    expect(text).toMatch(/China Mobile\s+700\s+70\.0 %\s+1\.23 %\s+1,234,567\s+-4,321\s+80\.1 %\s+0\.765/);
    // market churn: (10 + 20) churners / 1000 subscribers at the start of the month
    expect(lines[lines.length - 1]).toMatch(/^market\s+1,000\s+100\.0 %\s+3\.00 %\s+2,469,134\s+-8,642\s+79\.0 %\s+0\.770$/);
  });
});
