/**
 * Comparative statics on common random numbers: each test runs a baseline and a variant that
 * changes one lever, with the same seed, so the difference is the lever's effect, not noise.
 */
import { describe, expect, it } from 'vitest';
import type { RunOutput } from '../../../src/engine/api.ts';
import { at } from '../../../src/engine/frame.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import type { Scenario } from '../../../src/engine/schema.ts';
import { opIndex, segIndex, variant } from '../../helpers/scenarios.ts';

const RUN = { customers: 30_000, months: 18, seed: 7 };
const run = (s: Scenario) => runScenario(s, RUN);

/** Churners over subscribers at month start, summed over months 1..end. */
function cumulativeChurn(out: RunOutput, o: number | 'market'): number {
  const L = out.meta.layout;
  let churned = 0;
  let base = 0;
  for (let t = 1; t < out.frames.length; t++) {
    const ops = o === 'market' ? out.meta.operators.map((_, i) => i) : [o];
    for (const i of ops) {
      churned += out.frames[t][at.op(L, i, 'churned')];
      base += out.frames[t - 1][at.op(L, i, 'subscribers')];
    }
  }
  return churned / base;
}

function segmentShare(out: RunOutput, o: number, s: number, t: number): number {
  const L = out.meta.layout;
  const f = out.frames[t];
  let total = 0;
  for (let j = 0; j < out.meta.operators.length; j++) total += f[at.seg(L, j, s, 'subscribers')];
  return f[at.seg(L, o, s, 'subscribers')] / total;
}

describe('comparative statics (common random numbers)', () => {
  it('a deeper price cut by one operator in one segment raises its share there', () => {
    const cut = (factor: number) =>
      variant((s) => {
        s.events = [{ type: 'priceCut', month: 1, operator: 'unicom', segments: ['mass'], factor }];
      });
    const shallow = run(cut(0.95));
    const deep = run(cut(0.8));
    const o = opIndex(shallow, 'unicom');
    const s = segIndex(shallow, 'mass');
    const last = RUN.months;
    expect(segmentShare(deep, o, s, last)).toBeGreaterThan(segmentShare(shallow, o, s, last) + 0.01);
    // and the cut is aimed: the VIP segment barely moves
    const vip = segIndex(shallow, 'vip');
    expect(Math.abs(segmentShare(deep, o, vip, last) - segmentShare(shallow, o, vip, last))).toBeLessThan(0.01);
  });

  it('number portability raises market churn', () => {
    const without = run(variant((s) => (s.market.portability = false)));
    const withIt = run(variant((s) => (s.market.portability = true)));
    expect(cumulativeChurn(withIt, 'market')).toBeGreaterThan(cumulativeChurn(without, 'market') * 1.1);
  });

  it('a larger retention budget lowers the operator’s churn and raises its retention spend', () => {
    const budget = (share: number) =>
      variant((s) => {
        const mobile = s.operators.find((o) => o.id === 'mobile')!;
        mobile.schedule = [];
        mobile.crm = { recall: 0.6, precision: 0.3, budgetShare: share, offerCostMonths: 1, saveRate: 0.5 };
      });
    const small = run(budget(0.005));
    const large = run(budget(0.05));
    const o = opIndex(small, 'mobile');
    expect(cumulativeChurn(large, o)).toBeLessThan(cumulativeChurn(small, o));
    const spend = (out: RunOutput) => out.frames.reduce((a, f) => a + f[at.op(out.meta.layout, o, 'retentionSpend')], 0);
    expect(spend(large)).toBeGreaterThan(spend(small) * 2);
  });

  it('a better network lowers churn', () => {
    const network = (q: number) => variant((s) => (s.operators.find((o) => o.id === 'unicom')!.network = q));
    const worse = run(network(0.6));
    const better = run(network(0.9));
    const o = opIndex(worse, 'unicom');
    expect(cumulativeChurn(better, o)).toBeLessThan(cumulativeChurn(worse, o));
  });

  it('raising spend dispersion raises the top-20 % revenue share', () => {
    const spread = (extra: number) => variant((s) => s.market.segments.forEach((seg) => (seg.spend.sigma += extra)));
    const narrow = runScenario(spread(0), { ...RUN, months: 1 });
    const wide = runScenario(spread(0.3), { ...RUN, months: 1 });
    const top20 = (out: RunOutput) => out.frames[0][at.market(out.meta.layout, 'top20RevenueShare')];
    expect(top20(wide)).toBeGreaterThan(top20(narrow) + 0.02);
  });
});
