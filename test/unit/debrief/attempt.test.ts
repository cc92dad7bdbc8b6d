import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../../src/engine/analysis/patch.ts';
import { runAttempt } from '../../../src/engine/debrief/index.ts';
import type { Challenge } from '../../../src/engine/schema.ts';
import { mustValidate } from '../../helpers/scenarios.ts';
import { market, op } from './helpers.ts';

const preset = market([op('a', 0.5), op('b', 0.5, { pricing: { tariffIndex: 0.9 } })]);
const challenge: Challenge = {
  id: 'grow',
  title: { en: 'Grow', 'zh-CN': '增长' },
  brief: { en: '', 'zh-CN': '' },
  operator: 'a',
  goals: [{ metric: 'subscriberShare', comparison: 'atLeast', target: 0.01, versusPreset: 'difference', weight: 1 }],
  constraints: {},
  replications: 2,
};

describe('an attempt end to end', () => {
  it('judges the preset’s own strategy without a comparison', () => {
    const r = runAttempt({ preset, trainee: preset, challenge }, {});
    expect(r.comparison).toBeUndefined();
    expect(r.challenge).toMatchObject({ replications: 2, passed: false });
    expect(r.debrief.some((s) => s.rule === 'versusPreset')).toBe(false);
    expect(r.run.meta.seed).toBe(preset.market.seed);
  });

  it('compares a changed strategy on the same seeds and tells it', () => {
    const trainee = mustValidate(applyPatch(preset, { 'operators[0].pricing.tariffIndex': 0.8 }));
    const r = runAttempt({ preset, trainee, challenge }, { replications: 3 }, { customers: 3000 });
    expect(r.comparison?.seeds).toEqual([3, 4, 5]);
    expect(r.run.meta.customers).toBe(3000);
    expect(r.challenge?.passed).toBe(true);
    expect(r.debrief.map((s) => s.rule)).toEqual(expect.arrayContaining(['challenge', 'versusPreset']));
  });
});
