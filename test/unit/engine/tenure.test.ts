/**
 * Tenure in the model (issue 16): comparative statics on common random numbers (same seed, one
 * field changed), conservation and determinism with the tenure curves on, and churn causes.
 */
import { describe, expect, it } from 'vitest';
import type { RunOutput } from '../../../src/engine/api.ts';
import { at, CHURN_CAUSES } from '../../../src/engine/frame.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { buildScenario, operator, segment } from '../../helpers/builders.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

type Tenure = Partial<{ earlyChurn: number; months: number; spendGrowth: number; earlyCost: number; referrals: number; loyalPremium: number }>;

/** Two operators (70 / 30 %) and one segment with these tenure curves. */
function market(tenure: Tenure, over: { baseChurn?: number; customers?: number; months?: number } = {}) {
  return buildScenario({
    segments: [segment('all', { baseChurn: over.baseChurn ?? 0.02, tenure })],
    operators: [operator('big', 0.7, { brand: 0.6, network: 0.8 }), operator('small', 0.3, { pricing: { tariffIndex: 0.9 } })],
    market: { customers: over.customers ?? 20_000, months: over.months ?? 36, seed: 7, arrivalRate: 0.01 },
  });
}

const op = (out: RunOutput, t: number, o: number, f: Parameters<typeof at.op>[2]) => out.frames[t][at.op(out.meta.layout, o, f)];
const clvNew = (out: RunOutput, t: number, o: number) => out.frames[t][at.seg(out.meta.layout, o, 0, 'clvNew')];
const sumOver = (out: RunOutput, o: number, f: Parameters<typeof at.op>[2], from = 1) => {
  let s = 0;
  for (let t = from; t < out.frames.length; t++) s += op(out, t, o, f);
  return s;
};
/** Share of operator o's cohort of month j lost in months j+1 … j+n. */
const cohortLoss = (out: RunOutput, o: number, j: number, from: number, n: number) => {
  const W = out.meta.months + 1;
  return 1 - out.cohorts[j + from + n][o * W + j] / out.cohorts[j + from][o * W + j];
};

describe('tenure: comparative statics on common random numbers', () => {
  it('higher upsell → a new customer is worth more, and retention adds more value', () => {
    const value = (growth: number, baseChurn: number) => clvNew(runScenario(market({ spendGrowth: growth }, { baseChurn })), 24, 0);
    const low = { base: value(0.1, 0.02), kept: value(0.1, 0.014) };
    const high = { base: value(0.6, 0.02), kept: value(0.6, 0.014) };
    expect(high.base).toBeGreaterThan(low.base);
    expect(high.kept - high.base).toBeGreaterThan(low.kept - low.base);
  });

  it('higher upsell → more revenue from the same customers (spend grows with tenure)', () => {
    const flat = runScenario(market({}));
    const upsell = runScenario(market({ spendGrowth: 0.5 }));
    expect(op(upsell, 0, 0, 'subscribers')).toBe(op(flat, 0, 0, 'subscribers'));
    // The starting base is settled: it pays 1.5× its drawn spend from month 0.
    expect(op(upsell, 0, 0, 'revenue') / op(flat, 0, 0, 'revenue')).toBeCloseTo(1.5, 6);
  });

  it('a tenure term → early-tenure churn higher than later churn of the same cohort, and "new customer" as a cause', () => {
    const out = runScenario(market({ earlyChurn: 1.5, months: 4 }));
    const flat = runScenario(market({}));
    for (const o of [0, 1]) {
      // The cohort of month 2 loses more in its first 3 months than in months 13–15.
      expect(cohortLoss(out, o, 2, 0, 3)).toBeGreaterThan(1.5 * cohortLoss(out, o, 2, 12, 3));
      expect(cohortLoss(out, o, 2, 0, 3)).toBeGreaterThan(cohortLoss(flat, o, 2, 0, 3));
    }
    const c = CHURN_CAUSES.indexOf('newCustomer');
    const L = out.meta.layout;
    expect(out.frames.slice(1).reduce((a, f) => a + f[at.cause(L, 0, c)], 0)).toBeGreaterThan(0);
    expect(flat.frames.slice(1).reduce((a, f) => a + f[at.cause(L, 0, c)], 0)).toBe(0);
  });

  it('referrals → more arrivals, most of them to the operator with more settled customers', () => {
    const none = runScenario(market({}));
    const refer = runScenario(market({ referrals: 0.004 }));
    const extra = (o: number) => sumOver(refer, o, 'grossAdds') - sumOver(none, o, 'grossAdds');
    expect(extra(0)).toBeGreaterThan(0);
    expect(extra(0)).toBeGreaterThan(extra(1));
    expect(op(refer, 36, 0, 'subscribers')).toBeGreaterThan(op(none, 36, 0, 'subscribers'));
  });

  it('higher early cost → higher cost to serve, lower profit and value of a new customer', () => {
    const plain = runScenario(market({}));
    const costly = runScenario(market({ earlyCost: 2 }));
    expect(sumOver(costly, 0, 'costToServe')).toBeGreaterThan(sumOver(plain, 0, 'costToServe'));
    expect(sumOver(costly, 0, 'profit')).toBeLessThan(sumOver(plain, 0, 'profit'));
    expect(clvNew(costly, 24, 0)).toBeLessThan(clvNew(plain, 24, 0));
    // Month 0's settled base costs the same.
    expect(op(costly, 0, 0, 'costToServe')).toBe(op(plain, 0, 0, 'costToServe'));
  });

  it('a tolerated loyal premium → settled customers of the dearer operator churn less', () => {
    const plain = runScenario(market({}));
    const loyal = runScenario(market({ loyalPremium: 0.1 }));
    expect(sumOver(loyal, 0, 'churned')).toBeLessThan(sumOver(plain, 0, 'churned'));
  });
});

describe('tenure: conservation and determinism with every curve on', () => {
  const scenario = market(
    { earlyChurn: 1, months: 5, spendGrowth: 0.4, earlyCost: 0.5, referrals: 0.003, loyalPremium: 0.05 },
    { customers: 6000, months: 18 },
  );

  it('conserves customers: per operator and for the market, referrals counted as arrivals', () => {
    const out = runScenario(scenario);
    const L = out.meta.layout;
    for (let t = 1; t < out.frames.length; t++) {
      let market = 0;
      for (let o = 0; o < L.operators; o++) {
        expect(op(out, t, o, 'subscribers')).toBe(op(out, t - 1, o, 'subscribers') + op(out, t, o, 'grossAdds') - op(out, t, o, 'churned'));
        market += op(out, t, o, 'subscribers');
      }
      const f = out.frames[t];
      expect(market).toBe(out.frames[t - 1][at.market(L, 'subscribers')] + f[at.market(L, 'arrivals')] - f[at.market(L, 'exits')]);
    }
  });

  it('gives the same frames with one and with two slices', () => {
    const one = runScenario(scenario, {}, undefined, 1);
    const two = runScenario(scenario, {}, undefined, 2);
    expect(two.frames).toEqual(one.frames);
    expect(two.cohorts).toEqual(one.cohorts);
  });
});

describe('churn causes: a better rival is a cause of its own', () => {
  it('at month 1 of the default, China Telecom’s churners are mostly "a better rival", not "baseline"', () => {
    const out = runScenario(mustValidate(readScenarioInput('default')), { customers: 50_000, months: 1 });
    const L = out.meta.layout;
    const o = out.meta.operators.findIndex((x) => x.id === 'telecom');
    const count = (cause: (typeof CHURN_CAUSES)[number]) => out.frames[1][at.cause(L, o, CHURN_CAUSES.indexOf(cause))];
    const churned = op(out, 1, o, 'churned');
    expect(count('rivalAppeal')).toBeGreaterThan(churned / 2);
    expect(count('baseline')).toBeLessThan(churned / 10);
  });
});
