/**
 * Scoring a goal: how far past or short of the target the achieved value is, in steps of the
 * goal's scale. Exactly on target scores PASS_MARK; a whole step past scores 100; a whole step
 * short scores 0; linear in between. The challenge's score is the weighted mean of its goals'.
 */
import type { Goal } from '../schema.ts';
import { scaleFloor } from './measure.ts';

export const PASS_MARK = 60;

export const goalScale = (goal: Pick<Goal, 'scale' | 'target' | 'metric'>): number =>
  goal.scale ?? Math.max(Math.abs(goal.target) * 0.25, scaleFloor(goal.metric));

/** Is `value` on the right side of the target (NaN never is)? */
export function meets(goal: Pick<Goal, 'comparison' | 'target'>, value: number): boolean {
  if (Number.isNaN(value)) return false;
  return goal.comparison === 'atLeast' ? value >= goal.target : value <= goal.target;
}

/** Steps of scale past (> 0) or short (< 0) of the target; −Infinity for NaN. */
export function margin(goal: Pick<Goal, 'comparison' | 'target' | 'scale' | 'metric'>, value: number): number {
  if (Number.isNaN(value)) return -Infinity;
  const past = goal.comparison === 'atLeast' ? value - goal.target : goal.target - value;
  return past / goalScale(goal);
}

export function goalScore(goal: Pick<Goal, 'comparison' | 'target' | 'scale' | 'metric'>, value: number): number {
  const m = margin(goal, value);
  if (m >= 0) return PASS_MARK + (100 - PASS_MARK) * Math.min(m, 1);
  return Math.max(0, PASS_MARK * (1 + m));
}

/** Weighted mean of goal scores (equal weights when all are 0). */
export function weightedScore(scores: readonly number[], weights: readonly number[]): number {
  const total = weights.reduce((a, w) => a + w, 0);
  if (total <= 0) return scores.reduce((a, s) => a + s, 0) / Math.max(1, scores.length);
  return scores.reduce((a, s, i) => a + s * weights[i], 0) / total;
}
