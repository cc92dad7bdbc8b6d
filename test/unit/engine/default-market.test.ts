/** The default market reproduces the course's 80/20 rule and plausible churn (seed 001 L136, 004 L432). */
import { describe, expect, it } from 'vitest';
import { at } from '../../../src/engine/frame.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

describe('default scenario', () => {
  const scenario = mustValidate(readScenarioInput('default'));
  const out = runScenario(scenario, { customers: 100_000 });
  const L = out.meta.layout;

  it('reproduces 80/20 within ±5 points at month 0, for the market and each operator', () => {
    const f = out.frames[0];
    expect(f[at.market(L, 'top20RevenueShare')]).toBeGreaterThan(0.75);
    expect(f[at.market(L, 'top20RevenueShare')]).toBeLessThan(0.85);
    out.meta.operators.forEach((_, o) => {
      expect(f[at.op(L, o, 'top20RevenueShare')]).toBeGreaterThan(0.75);
      expect(f[at.op(L, o, 'top20RevenueShare')]).toBeLessThan(0.85);
    });
  });

  it('has mass churn of about 2–3 % a month and VIP and key-account churn below 1 %', () => {
    // Market-wide churn by segment over the first year.
    const rate = (segment: string) => {
      const s = out.meta.segments.findIndex((x) => x.id === segment);
      let churned = 0;
      let base = 0;
      for (let t = 1; t <= 12; t++)
        out.meta.operators.forEach((_, o) => {
          churned += out.frames[t][at.seg(L, o, s, 'churned')];
          base += out.frames[t - 1][at.seg(L, o, s, 'subscribers')];
        });
      return churned / base;
    };
    expect(rate('mass')).toBeGreaterThan(0.015);
    expect(rate('mass')).toBeLessThan(0.035);
    expect(rate('vip')).toBeLessThan(0.01);
    expect(rate('key')).toBeLessThan(0.01);
  });

  it('shows visible dynamics over 36 months (no flat lines)', () => {
    const first = out.frames[1];
    const last = out.frames[out.frames.length - 1];
    out.meta.operators.forEach((_, o) => {
      expect(Math.abs(last[at.op(L, o, 'subscriberShare')] - first[at.op(L, o, 'subscriberShare')])).toBeGreaterThan(0.02);
      const churn = out.frames.slice(1).map((f) => f[at.op(L, o, 'churnRate')]);
      expect(Math.max(...churn) - Math.min(...churn)).toBeGreaterThan(0.002);
    });
  });
});
