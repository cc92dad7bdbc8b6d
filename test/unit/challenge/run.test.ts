import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../../src/engine/analysis/patch.ts';
import { runChallenge } from '../../../src/engine/challenge/index.ts';
import type { Challenge } from '../../../src/engine/schema.ts';
import { buildScenario, operator } from '../../helpers/builders.ts';
import { mustValidate } from '../../helpers/scenarios.ts';

const preset = buildScenario({ operators: [operator('a', 0.5), operator('b', 0.5)], market: { customers: 2000, months: 12, seed: 7 } });
const challenge: Challenge = {
  id: 'share',
  title: { en: 'Grow', 'zh-CN': '增长' },
  brief: { en: '', 'zh-CN': '' },
  operator: 'a',
  goals: [{ metric: 'subscriberShare', comparison: 'atLeast', target: 0.02, versusPreset: 'difference', weight: 1 }],
  constraints: { levers: [{ path: 'operators[0].pricing.tariffIndex', min: 0.7 }] },
  replications: 2,
};

describe('running a challenge', () => {
  it('gives the preset’s own strategy a change of exactly 0 on the same seeds, so it does not pass', () => {
    const { result, preset: p, trainee: t } = runChallenge(challenge, preset, preset);
    expect(result.seeds).toEqual([7, 8]);
    expect(p.map((r) => r.meta.seed)).toEqual([7, 8]);
    expect(t).toHaveLength(2);
    expect(result.goals[0].achieved).toBe(0);
    expect(result.passed).toBe(false);
  });

  it('passes a price cut that wins share, and reports a cut below the allowed range', () => {
    const cut = mustValidate(applyPatch(preset, { 'operators[0].pricing.tariffIndex': 0.75 }));
    const { result } = runChallenge(challenge, preset, cut);
    expect(result.goals[0].achieved).toBeGreaterThan(0.02);
    expect(result.passed).toBe(true);
    const deep = mustValidate(applyPatch(preset, { 'operators[0].pricing.tariffIndex': 0.6 }));
    const broken = runChallenge(challenge, preset, deep, { replications: 1 }).result;
    expect(broken.replications).toBe(1);
    expect(broken.violations).toEqual([expect.objectContaining({ path: 'operators[0].pricing.tariffIndex', kind: 'belowMin' })]);
    expect(broken.passed).toBe(false);
  });
});
