/**
 * `sim --debrief`: the challenge judged on replications and the debrief, printed and in the result
 * JSON (fields added to model.md §8's result, none changed). Runs the real CLI in a child process.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/cli/args.ts';
import { ROOT, runCli } from '../../helpers/cli.ts';
import { CONTRACT_OPERATOR_KEYS } from '../../helpers/resultContract.ts';

const sim = (args: string[]) => runCli('sim.ts', args);
let dir: string;
let path: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'debrief-cli-'));
  const s = JSON.parse(readFileSync(join(ROOT, 'scenarios/churn-early-warning.json'), 'utf8'));
  s.market.customers = 4000;
  s.market.months = 12;
  s.challenges = [
    {
      id: 'keep',
      title: { en: 'Keep more customers', 'zh-CN': '留住更多客户' },
      operator: 'mobile',
      goals: [
        { metric: 'churned', comparison: 'atMost', target: -1, versusPreset: 'difference', from: 1, scale: 20 },
        { metric: 'profit', comparison: 'atLeast', target: 0, from: 1 },
      ],
      constraints: { levers: [{ path: 'operators[0].crm', min: 0 }] },
      replications: 2,
    },
  ];
  path = join(dir, 'small.json');
  writeFileSync(path, JSON.stringify(s));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sim --debrief arguments', () => {
  it('reads the debrief flags, and refuses them without --debrief', () => {
    const r = parseArgs(['x.json', '--debrief', '--lang', 'zh-CN', '--replications', '4', '--set', 'operators[0].crm.recall=0.9', '--challenge', 'c']);
    expect(r).toEqual({
      ok: true,
      options: {
        scenarioPath: 'x.json',
        workers: 1,
        debrief: { lang: 'zh-CN', replications: 4, challenge: 'c', set: { 'operators[0].crm.recall': 0.9 } },
      },
    });
    expect(parseArgs(['x.json', '--lang', 'en'])).toEqual({ ok: false, message: '--lang: only with --debrief' });
    expect(parseArgs(['x.json', '--debrief', '--lang', 'fr'])).toEqual({ ok: false, message: '--lang: expected en or zh-CN, got "fr"' });
    expect(parseArgs(['x.json', '--debrief', '--preset', 'p.json', '--variant', 'v'])).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^--preset: /),
    });
  });
});

describe.concurrent('sim --debrief', () => {
  it('judges the challenge on paired seeds and adds challenge and debrief to the result JSON', async () => {
    const run = await sim([path, '--debrief', '--set', 'operators[0].crm.budgetShare=0.02', '--out', '-']);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    // The §8 result is all there, unchanged in shape.
    expect(json.monthly).toHaveLength(13);
    for (const key of CONTRACT_OPERATOR_KEYS) expect(json.monthly[12].operators[0]).toHaveProperty(key);
    expect(json.challenge).toMatchObject({ id: 'keep', replications: 2, seeds: [1, 2], passMark: 60 });
    expect(json.challenge.goals).toHaveLength(2);
    for (const g of json.challenge.goals) {
      expect(Object.keys(g)).toEqual(expect.arrayContaining(['metric', 'target', 'achieved', 'met', 'score', 'metShare']));
      expect(typeof g.achieved).toBe('number');
    }
    expect(json.challenge.score).toBeGreaterThanOrEqual(0);
    expect(json.challenge.score).toBeLessThanOrEqual(100);
    expect(json.challenge.violations).toEqual([]);
    expect(json.debrief.length).toBeGreaterThanOrEqual(1);
    for (const s of json.debrief) {
      expect(typeof s.en).toBe('string');
      expect(typeof s['zh-CN']).toBe('string');
      expect(Array.isArray(s.values)).toBe(true);
    }
    expect(json.debrief.some((s: { rule: string }) => s.rule === 'versusPreset')).toBe(true);
    // The printed part goes to stderr with --out -.
    expect(run.stderr).toMatch(/Challenge: Keep more customers \(keep\) · 2 seeds/);
    expect(run.stderr).toMatch(/\nDebrief:\n {2}1\. /);
  });

  it('prints in Chinese with --lang zh-CN and reports a lever outside the rules by path', async () => {
    const run = await sim([path, '--debrief', '--lang', 'zh-CN', '--set', 'operators[1].network=0.9', '--replications', '1']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('挑战：留住更多客户（keep）· 1个种子');
    expect(run.stdout).toContain('未通过');
    expect(run.stdout).toContain('operators[1].network: this challenge does not let you change it');
    expect(run.stdout).toContain('复盘：');
  });

  it('names an unknown variant or challenge in one line, exit 2', async () => {
    const v = await sim([path, '--debrief', '--variant', 'nope']);
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/^error: --variant nope: .* has no such variant \(it has random, value, risk, no-programme\)\n$/);
    const c = await sim([path, '--debrief', '--challenge', 'nope']);
    expect(c.code).toBe(2);
    expect(c.stderr).toBe('error: --challenge nope: the preset has no such challenge (it has keep)\n');
  });
});
