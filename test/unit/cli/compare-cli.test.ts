/**
 * The comparison runner (npm run compare): the same output for any number of worker threads,
 * intervals with replications, and one-line errors with exit 2 for bad input.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCompareArgs } from '../../../src/cli/compareArgs.ts';
import { runCli } from '../../helpers/cli.ts';

const compare = (args: string[]) => runCli('compare.ts', args);
const small = ['--customers', '10000', '--months', '6'];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'compare-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run compare', () => {
  it('writes the same comparison JSON with 1 and 3 worker threads, with intervals and the changed path', async () => {
    const set = ['--set', 'operators[1].pricing.tariffIndex=0.85', '--replications', '3'];
    const one = join(dir, 'one.json');
    const three = join(dir, 'three.json');
    const [a, b] = await Promise.all([
      compare(['scenarios/default.json', ...set, ...small, '--workers', '1', '--out', one]),
      compare(['scenarios/default.json', ...set, ...small, '--workers', '3', '--out', three]),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(readFileSync(three, 'utf8')).toBe(readFileSync(one, 'utf8'));
    const json = JSON.parse(readFileSync(one, 'utf8'));
    expect(json.replications).toBe(3);
    expect(json.seeds).toEqual([1, 2, 3]);
    expect(json.changes).toEqual([{ path: 'operators[1].pricing.tariffIndex', baseline: 0.95, variant: 0.85 }]);
    const share = json.operators[1].outcomes.subscriberShare.horizon;
    expect(share.delta).toBeGreaterThan(0);
    expect(share.ci95[0]).toBeLessThanOrEqual(share.delta);
    expect(share.ci95[1]).toBeGreaterThanOrEqual(share.delta);
    expect(a.stdout).toContain('operators[1].pricing.tariffIndex: 0.95 → 0.85');
  });

  it('refuses bad input with exit 2 and one line naming the argument or field', async () => {
    const badValue = await compare(['scenarios/default.json', '--set', 'operators[1].pricing.tariffIndex=-3', ...small]);
    expect(badValue.code).toBe(2);
    expect(badValue.stderr.trim().split('\n')).toHaveLength(1);
    expect(badValue.stderr).toContain('operators[1].pricing.tariffIndex');
    const badPath = await compare(['scenarios/default.json', '--set', 'operators[7].pricing.tariffIndex=1', ...small]);
    expect(badPath.code).toBe(2);
    expect(badPath.stderr).toMatch(/^error: --set operators\[7\]/);
  });

  it('parses its arguments', () => {
    expect(parseCompareArgs(['s.json'])).toMatchObject({ ok: false, message: expect.stringContaining('nothing to compare') });
    expect(parseCompareArgs(['s.json', '--variant', 'x'])).toEqual({
      ok: true,
      options: { scenarioPath: 's.json', variant: 'x', set: {}, replications: 1, workers: 1 },
    });
    expect(parseCompareArgs(['s.json', '--set', 'x'])).toMatchObject({ ok: false, message: expect.stringContaining('<path>=<value>') });
    expect(parseCompareArgs(['s.json', '--set', 'a.b=1', '--replications', '201'])).toMatchObject({
      ok: false,
      message: expect.stringContaining('--replications'),
    });
    const ok = parseCompareArgs(['s.json', '--set', 'a.b=1', '--set', 'c[0].d="x"', '--set', 'e=true', '--replications', '5']);
    expect(ok).toEqual({ ok: true, options: { scenarioPath: 's.json', set: { 'a.b': 1, 'c[0].d': 'x', e: true }, replications: 5, workers: 1 } });
  });
});

describe('npm run compare --variant', () => {
  it('runs a preset’s named variant, and names the variants it has when asked for another', async () => {
    const run = await compare(['scenarios/default.json', '--variant', 'no-price-cut', ...small]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('changed:\n  events: a list of 2 → a list of 1');
    const unknown = await compare(['scenarios/default.json', '--variant', 'nope', ...small]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error: --variant nope: .* no such variant \(it has no-price-cut, no-3g\)\n$/);
  });
});
