import { describe, expect, it } from 'vitest';
import { ChallengeError, evaluateChallenge, PASS_MARK, type ChallengeSample } from '../../../src/engine/challenge/index.ts';
import type { Challenge, Goal } from '../../../src/engine/schema.ts';

const goal = (over: Partial<Goal>): Goal => ({ metric: 'profit', comparison: 'atLeast', target: 0, weight: 1, ...over });
const challenge = (goals: Goal[], constraints: Challenge['constraints'] = {}): Challenge => ({
  id: 'c',
  title: { en: 'C', 'zh-CN': 'C' },
  brief: { en: '', 'zh-CN': '' },
  operator: 'a',
  goals,
  constraints,
  replications: 3,
});
const samples = (goalValues: number[][], spend = [0, 0, 0]): ChallengeSample[] =>
  goalValues.map((goals, r) => ({ seed: 10 + r, customers: 1000, goals, spend: spend[r] }));

describe('judging a challenge on replications', () => {
  it('scores the mean, and says in how many replications each goal was met', () => {
    const c = challenge([goal({ target: 100, scale: 50 }), goal({ metric: 'churnRate', comparison: 'atMost', target: 0.02, scale: 0.01, weight: 3 })]);
    const trainee = samples([
      [90, 0.015],
      [130, 0.018],
      [110, 0.03],
    ]);
    const r = evaluateChallenge(
      c,
      trainee,
      samples([
        [0, 0],
        [0, 0],
        [0, 0],
      ]),
    );
    expect(r.goals[0].achieved).toBeCloseTo(110, 12);
    expect(r.goals[0].met).toBe(true);
    expect(r.goals[0].metShare).toBeCloseTo(2 / 3, 12);
    expect(r.goals[0].score).toBeCloseTo(PASS_MARK + 40 * (10 / 50), 12);
    const [lo, hi] = r.goals[0].ci95!;
    expect(lo).toBeLessThan(110);
    expect(hi).toBeGreaterThan(110);
    // Churn mean 0.021 > 0.02: short by 0.1 of a scale.
    expect(r.goals[1].met).toBe(false);
    expect(r.goals[1].score).toBeCloseTo(PASS_MARK * 0.9, 9);
    expect(r.score).toBeCloseTo((r.goals[0].score + 3 * r.goals[1].score) / 4, 12);
    expect(r.passed).toBe(false);
  });

  it('judges a change against the preset on paired seeds, as a difference or a ratio', () => {
    const c = challenge([goal({ versusPreset: 'difference', target: 5 }), goal({ versusPreset: 'ratio', target: 0.1 })]);
    const r = evaluateChallenge(
      c,
      samples([
        [12, 120],
        [15, 99],
        [18, 140],
      ]),
      samples([
        [10, 100],
        [10, 90],
        [10, 100],
      ]),
    );
    expect(r.goals[0].achieved).toBeCloseTo(5, 12);
    expect(r.goals[0].value).toBeCloseTo(15, 12);
    expect(r.goals[0].presetValue).toBeCloseTo(10, 12);
    expect(r.goals[1].achieved).toBeCloseTo((0.2 + 0.1 + 0.4) / 3, 12);
    expect(r.goals.every((g) => g.met)).toBe(true);
    expect(r.passed).toBe(true);
  });

  it('fails a passing strategy that breaks a lever rule or the budget cap', () => {
    const c = challenge([goal({ target: 1 })], { budget: { perCustomer: 2, versusPreset: 1.5 } });
    const good = samples([[5], [5], [5]], [1500, 1500, 1500]);
    const preset = samples([[0], [0], [0]], [1200, 1200, 1200]);
    const r = evaluateChallenge(c, good, preset);
    expect(r.budget).toEqual({ spend: 1500, presetSpend: 1200, cap: 1800, within: true });
    expect(r.passed).toBe(true);
    const over = evaluateChallenge(c, samples([[5], [5], [5]], [1900, 1900, 1900]), preset);
    expect(over.budget?.within).toBe(false);
    expect(over.passed).toBe(false);
    const breaks = evaluateChallenge(c, good, preset, [{ path: 'operators[1].network', kind: 'notAllowed', preset: 0.7, value: 0.9 }]);
    expect(breaks.passed).toBe(false);
    expect(breaks.score).toBe(r.score);
  });

  it('refuses runs that are not paired', () => {
    const c = challenge([goal({})]);
    expect(() => evaluateChallenge(c, samples([[1]]), samples([[1], [2]]))).toThrow(ChallengeError);
    expect(() => evaluateChallenge(c, samples([[1]]), [{ seed: 99, customers: 1000, goals: [1], spend: 0 }])).toThrow(/seed 10, the preset seed 99/);
  });
});
