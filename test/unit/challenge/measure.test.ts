import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../src/engine/simulation.ts';
import { toResultJson } from '../../../src/engine/result.ts';
import { cappedSpend, GoalError, goalMonths, measureGoal } from '../../../src/engine/challenge/index.ts';
import type { Goal } from '../../../src/engine/schema.ts';
import { buildScenario, operator, segment } from '../../helpers/builders.ts';

const scenario = buildScenario({
  segments: [segment('high', { share: 0.3, spend: { median: 200, sigma: 0.8 } }), segment('low', { share: 0.7 })],
  operators: [
    operator('a', 0.6, { crm: { recall: 0.6, precision: 0.4, budgetShare: 0.05, saveRate: 0.6 }, acquisition: { monthlyBudget: 20000 } }),
    operator('b', 0.4, { pricing: { tariffIndex: 0.9 } }),
  ],
  market: { customers: 3000, months: 12, seed: 4 },
});
const run = runScenario(scenario);
const json = toResultJson(run);
const challenge = { operator: 'a' };
const goal = (over: Partial<Goal>): Goal => ({ metric: 'profit', comparison: 'atLeast', target: 0, weight: 1, ...over });

describe('measuring a goal on a run', () => {
  it('reads an operator metric at a month, by default the last', () => {
    expect(measureGoal(goal({ month: 6 }), challenge, run)).toBe(json.monthly[6].operators[0].profit);
    expect(measureGoal(goal({ metric: 'subscriberShare' }), challenge, run)).toBe(json.monthly[12].operators[0].subscriberShare);
    expect(measureGoal(goal({ metric: 'churnRate', operator: 'b', month: 3 }), challenge, run)).toBe(json.monthly[3].operators[1].churnRate);
  });

  it('sums flows and averages levels over a span', () => {
    const months = [4, 5, 6, 7, 8];
    const profit = months.reduce((a, t) => a + json.monthly[t].operators[0].profit, 0);
    expect(measureGoal(goal({ from: 4, to: 8 }), challenge, run)).toBeCloseTo(profit, 6);
    const churn = months.reduce((a, t) => a + json.monthly[t].operators[0].churnRate, 0) / months.length;
    expect(measureGoal(goal({ metric: 'churnRate', from: 4, to: 8 }), challenge, run)).toBeCloseTo(churn, 12);
    // `to` defaults to the last month; a goal beyond the run is judged at its end.
    expect(goalMonths(goal({ from: 10 }), 12)).toEqual([10, 12]);
    expect(goalMonths(goal({ month: 30 }), 12)).toEqual([12, 12]);
  });

  it('reads segment and tier cells', () => {
    expect(measureGoal(goal({ metric: 'churnRate', segment: 'high', month: 5 }), challenge, run)).toBe(json.monthly[5].operators[0].churnRateBySegment.high);
    expect(measureGoal(goal({ metric: 'clv', segment: 'low' }), challenge, run)).toBe(json.monthly[12].operators[0].clvBySegment.low);
    expect(measureGoal(goal({ metric: 'churnRate', tier: 'gold', month: 7 }), challenge, run)).toBe(json.monthly[7].operators[0].churnRateByTier.gold);
  });

  it('weights segment CLVs by subscribers for an operator CLV, between the segments’ values', () => {
    const clv = measureGoal(goal({ metric: 'clv' }), challenge, run);
    const bySeg = Object.values(json.monthly[12].operators[0].clvBySegment);
    expect(clv).toBeGreaterThanOrEqual(Math.min(...bySeg));
    expect(clv).toBeLessThanOrEqual(Math.max(...bySeg));
  });

  it('takes a cost per save as a ratio of sums, undefined without saves', () => {
    const spend = json.monthly.slice(1).reduce((a, m) => a + m.operators[0].retentionSpend, 0);
    const saves = json.monthly.slice(1).reduce((a, m) => a + m.operators[0].retentionSaves, 0);
    expect(saves).toBeGreaterThan(0);
    expect(measureGoal(goal({ metric: 'retentionCostPerSave', from: 1 }), challenge, run)).toBeCloseTo(spend / saves, 6);
    expect(measureGoal(goal({ metric: 'retentionCostPerSave', operator: 'b', from: 1 }), challenge, run)).toBeNaN();
  });

  it('sums retention, acquisition and subsidy spend for the budget cap', () => {
    const m = json.monthly.slice(1).map((x) => x.operators[0]);
    const expected = m.reduce((a, x) => a + x.retentionSpend + x.acquisitionSpend + x.subsidySpend, 0);
    expect(cappedSpend(run, 'a')).toBeCloseTo(expected, 6);
    expect(expected).toBeGreaterThan(0);
  });

  it('refuses a goal the run cannot measure, by name', () => {
    expect(() => measureGoal(goal({ metric: 'clv', tier: 'gold' }), challenge, run)).toThrow(GoalError);
    expect(() => measureGoal(goal({ segment: 'nobody' }), challenge, run)).toThrow(/segment "nobody"/);
    expect(() => measureGoal(goal({ operator: 'z' }), challenge, run)).toThrow(/operator "z"/);
  });
});
