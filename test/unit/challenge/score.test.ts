import { describe, expect, it } from 'vitest';
import { goalScale, goalScore, meets, PASS_MARK, weightedScore } from '../../../src/engine/challenge/index.ts';
import type { Goal } from '../../../src/engine/schema.ts';

const atLeast = (target: number, scale?: number): Pick<Goal, 'comparison' | 'target' | 'scale' | 'metric'> => ({
  comparison: 'atLeast',
  target,
  metric: 'profit',
  ...(scale !== undefined ? { scale } : {}),
});

describe('goal scores', () => {
  it('scores the pass mark on target, 100 a whole scale past, 0 a whole scale short, linear between', () => {
    const g = atLeast(100, 20);
    expect(goalScore(g, 100)).toBe(PASS_MARK);
    expect(goalScore(g, 120)).toBe(100);
    expect(goalScore(g, 1000)).toBe(100);
    expect(goalScore(g, 80)).toBe(0);
    expect(goalScore(g, 0)).toBe(0);
    expect(goalScore(g, 90)).toBeCloseTo(PASS_MARK / 2, 12);
    expect(goalScore(g, 110)).toBeCloseTo((PASS_MARK + 100) / 2, 12);
  });

  it('mirrors for at-most goals and never meets an undefined value', () => {
    const g = { comparison: 'atMost' as const, target: 0.02, scale: 0.01, metric: 'churnRate' as const };
    expect(goalScore(g, 0.01)).toBe(100);
    expect(goalScore(g, 0.03)).toBeCloseTo(0, 12);
    expect(meets(g, 0.02)).toBe(true);
    expect(meets(g, 0.0201)).toBe(false);
    expect(meets(g, NaN)).toBe(false);
    expect(goalScore(g, NaN)).toBe(0);
  });

  it('defaults the scale to a quarter of the target, with a floor for a target of 0', () => {
    expect(goalScale(atLeast(-400))).toBe(100);
    expect(goalScale({ target: 0, metric: 'subscriberShare' })).toBe(0.005);
    expect(goalScale({ target: 0, metric: 'profit' })).toBe(1);
  });

  it('weights goals', () => {
    expect(weightedScore([100, 0], [3, 1])).toBe(75);
    expect(weightedScore([100, 50], [0, 0])).toBe(75);
  });
});
