/**
 * The sweep runner (npm run sweep): long-format rows, the same bytes for any number of worker
 * threads, shards that --merge back into exactly the unsharded output, and one-line errors.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSweepArgs } from '../../../src/cli/sweepArgs.ts';
import { runCli } from '../../helpers/cli.ts';

const sweep = (args: string[]) => runCli('sweep.ts', args);
const grid = [
  'scenarios/default.json',
  '--param',
  'operators[1].pricing.tariffIndex',
  '--values',
  '0.85,1',
  '--param',
  'operators[0].crm.budgetShare',
  '--range',
  '0:0.02:3',
  '--replications',
  '2',
  '--customers',
  '5000',
  '--months',
  '4',
];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sweep-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run sweep', () => {
  it('writes one row per point × replication × operator, the same with 1 and 2 workers, and shards merge back to it', async () => {
    const whole = await sweep([...grid, '--workers', '1']);
    expect(whole.code, whole.stderr).toBe(0);
    const lines = whole.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'point,operators[1].pricing.tariffIndex,operators[0].crm.budgetShare,replication,seed,operator,subscriberShare,churnRate,grossAdds,revenue,profit,top20RevenueShare,gini',
    );
    expect(lines).toHaveLength(1 + 6 * 2 * 3);
    expect(lines[1]).toMatch(/^0,0\.85,0,0,1,mobile,/);
    expect(lines.at(-1)).toMatch(/^5,1,0\.02,1,2,telecom,/);

    const parts = await Promise.all([1, 2, 3].map((i) => sweep([...grid, '--workers', '2', '--shard', `${i}/3`, '--out', join(dir, `part${i}.csv`)])));
    for (const part of parts) expect(part.code, part.stderr).toBe(0);
    // Parts given out of order come back in point order.
    const merged = await sweep(['--merge', join(dir, 'part3.csv'), join(dir, 'part1.csv'), join(dir, 'part2.csv')]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(whole.stdout);
  });

  it('refuses overlapping parts and bad input with exit 2 and one line', async () => {
    const one = join(dir, 'a.csv');
    writeFileSync(
      one,
      'point,x,replication,seed,operator,subscriberShare,churnRate,grossAdds,revenue,profit,top20RevenueShare,gini\r\n0,1,0,1,mobile,0.5,0.01,1,1,1,0.8,0.7\r\n',
    );
    const twice = await sweep(['--merge', one, one]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/given twice/);
    const copy = join(dir, 'b.csv');
    writeFileSync(copy, readFileSync(one));
    const overlap = await sweep(['--merge', one, copy]);
    expect(overlap.code).toBe(2);
    expect(overlap.stderr).toMatch(/point 0 is also in/);
    const badValue = await sweep([
      'scenarios/default.json',
      '--param',
      'operators[1].pricing.tariffIndex',
      '--values',
      '1,-2',
      '--customers',
      '5000',
      '--months',
      '2',
    ]);
    expect(badValue.code).toBe(2);
    expect(badValue.stderr.trim().split('\n')).toHaveLength(1);
    expect(badValue.stderr).toContain('point 1 (operators[1].pricing.tariffIndex=-2)');
  });

  it('parses --param with the values that follow it', () => {
    expect(parseSweepArgs(['s.json', '--param', 'a.b', '--range', '0:1:3', '--param', 'c', '--values', '5'])).toEqual({
      ok: true,
      options: {
        scenarioPath: 's.json',
        params: [
          { path: 'a.b', values: [0, 0.5, 1] },
          { path: 'c', values: [5] },
        ],
        replications: 1,
        workers: 1,
      },
    });
    expect(parseSweepArgs(['s.json', '--values', '1'])).toMatchObject({ ok: false, message: expect.stringContaining('after the --param') });
    expect(parseSweepArgs(['s.json', '--param', 'a'])).toMatchObject({ ok: false, message: expect.stringContaining('--values a,b,c or --range') });
    expect(parseSweepArgs(['s.json', '--param', 'a', '--values', '1,x'])).toMatchObject({ ok: false, message: expect.stringContaining('"x"') });
    expect(parseSweepArgs(['s.json', '--param', 'a', '--values', '1', '--shard', '4/3'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('--shard'),
    });
    expect(parseSweepArgs(['--merge', 'a.csv', 'b.csv', '--out', 'm.csv'])).toEqual({ ok: true, options: { merge: ['a.csv', 'b.csv'], out: 'm.csv' } });
  });
});
