/**
 * The frame's explain section (engine/explain.ts): the hazard terms the glass box shows must be
 * the model's own. For hand-built counts — every customer of the segment in one tier and one
 * satisfaction bucket — the product of the terms is exactly the table hazard (tables.ts
 * hazardOf) of a customer out of contract with few points; for mixed counts it is the
 * subscriber-weighted mean of the table hazards.
 */
import { describe, expect, it } from 'vitest';
import { accLayout, createSummary, SAT_LEVELS } from '../../../src/engine/accumulator.ts';
import { BETA, HAZARD, SAT_BUCKETS, TIERS } from '../../../src/engine/constants.ts';
import { fillExplain } from '../../../src/engine/explain.ts';
import { at, type ExplainField, explainValue, frameLayout } from '../../../src/engine/frame.ts';
import { compilePlan } from '../../../src/engine/plan.ts';
import { buildTables, createTables, hazardOf } from '../../../src/engine/tables.ts';
import { buildScenario, operator, segment } from '../../helpers/builders.ts';

const ATTACHMENT = 0.5;
const SWITCHING = 1.2;
const BASE = 0.03;
const FEE = 200;

/** Two operators differing only in brand (0.3 vs 0.8), number portability on, contracts with a fee. */
function handBuilt() {
  const scenario = buildScenario({
    segments: [
      segment('all', { baseChurn: BASE, numberAttachment: ATTACHMENT, sensitivity: { price: 1, network: 1, service: 1, brand: 1, switchingCost: SWITCHING } }),
    ],
    operators: [operator('weak', 0.5, { brand: 0.3, contracts: { lengthMonths: 12, earlyTerminationFee: FEE } }), operator('strong', 0.5, { brand: 0.8 })],
    market: { portability: true },
  });
  const plan = compilePlan(scenario);
  const tb = createTables(plan);
  const L = accLayout(plan.operators, plan.segments, plan.months);
  buildTables(tb, plan, 0, null, null, L, plan.customers);
  return { plan, tb, L, F: frameLayout(plan.operators, plan.segments) };
}

interface Counts {
  /** customers at month start by tier */
  tiers: Partial<Record<number, number>>;
  /** customers at month end by satisfaction bucket */
  buckets: Partial<Record<number, number>>;
  bundled?: number;
}

/** Explain operator o (segment 0) for hand-set counts; returns a reader of its fields. */
function explain(x: ReturnType<typeof handBuilt>, o: number, c: Counts, churnRate = 0.01) {
  const { plan, tb, L, F } = x;
  const S = plan.segments;
  const prev = createSummary(plan.operators, S);
  const acc = new Float64Array(L.size);
  let n = 0;
  for (const [k, v] of Object.entries(c.tiers)) {
    prev.segTierSubscribers[o * S * TIERS + Number(k)] = v!;
    n += v!;
  }
  prev.segSubscribers[o * S] = n;
  prev.segBundled[o * S] = c.bundled ?? 0;
  // Satisfaction levels inside bucket b: b·(levels per bucket) … (b+1)·(levels per bucket) − 1.
  const perBucket = SAT_LEVELS / SAT_BUCKETS;
  for (const [b, v] of Object.entries(c.buckets)) acc[L.satisfaction + o * S * SAT_LEVELS + Number(b) * perBucket + 1] = v!;
  const f = new Float64Array(F.size);
  f[at.seg(F, o, 0, 'churnRate')] = churnRate;
  fillExplain(plan, 0, tb, acc, prev, prev, L, F, f);
  return (name: ExplainField) => explainValue(f, F, o, 0, name);
}

const close = (a: number, b: number, what: string) => expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).toBeLessThanOrEqual(Math.abs(b) * 1e-12 + 1e-15);

describe('explain: the hazard terms reproduce the table hazard', () => {
  it('one tier, one satisfaction bucket, nobody bundled: the product is hazardOf(out of contract, points bucket 0)', () => {
    const x = handBuilt();
    for (const o of [0, 1])
      for (const k of [0, 2])
        for (const b of [1, 4, 7]) {
          const e = explain(x, o, { tiers: { [k]: 100 }, buckets: { [b]: 100 } });
          const product = e('baseChurn') * e('portabilityFactor') * e('rivalFactor') * e('satisfactionFactor') * e('bundleTerm');
          close(product, hazardOf(x.tb, 2, 0, k, o, b, 0, 0, 0), `op ${o} tier ${k} bucket ${b}`);
          close(e('hazardOutOfContract'), Math.min(HAZARD.max, product), 'hazard');
        }
  });

  it('everyone bundled: the bundle term is the lock-in factor and the product is the bundled table hazard', () => {
    const x = handBuilt();
    const e = explain(x, 0, { tiers: { 1: 50 }, buckets: { 3: 50 }, bundled: 50 });
    expect(e('bundledShare')).toBe(1);
    close(e('bundleTerm'), e('bundleFactor'), 'bundle term');
    close(e('hazardOutOfContract'), hazardOf(x.tb, 2, 0, 1, 0, 3, 0, 1, 0), 'bundled hazard');
  });

  it('mixed tiers and satisfaction: the product of the weighted means is the weighted mean of the table hazards', () => {
    const x = handBuilt();
    const e = explain(x, 0, { tiers: { 0: 30, 3: 10 }, buckets: { 2: 60, 6: 40 } });
    // Tier and satisfaction enter as separate factors, so with independent weights the mean of
    // the products is the product of the means.
    let mean = 0;
    for (const [k, wk] of [
      [0, 0.75],
      [3, 0.25],
    ])
      for (const [b, wb] of [
        [2, 0.6],
        [6, 0.4],
      ])
        mean += wk * wb * hazardOf(x.tb, 2, 0, k, 0, b, 0, 0, 0);
    close(e('hazardOutOfContract'), mean, 'mean hazard');
    const satFactor = (b: number) => Math.exp(-HAZARD.satisfactionSlope * ((b + 0.5) / SAT_BUCKETS - HAZARD.satisfactionReference));
    close(e('satisfactionFactor'), 0.6 * satFactor(2) + 0.4 * satFactor(6), 'satisfaction factor');
  });

  it('each term is the model formula: portability, contract, points, rival gap from the brand difference', () => {
    const x = handBuilt();
    const weak = explain(x, 0, { tiers: { 0: 10 }, buckets: { 4: 10 } });
    const strong = explain(x, 1, { tiers: { 0: 10 }, buckets: { 4: 10 } });
    expect(weak('baseChurn')).toBe(BASE);
    close(weak('portabilityFactor'), Math.exp(HAZARD.numberLock * ATTACHMENT * SWITCHING), 'portability');
    close(weak('contractFactor'), HAZARD.inContract * Math.exp(-FEE / HAZARD.terminationFeeScale), 'in contract');
    expect(weak('expiryFactor')).toBe(HAZARD.expirySpike);
    close(weak('pointsFactor'), Math.exp(-HAZARD.pointsLock * SWITCHING), 'points');
    // One rival: its utility gap is the brand term difference, both as logsum and as best rival.
    const gap = BETA.brand * 1 * (0.8 - 0.3);
    close(weak('rivalGap'), gap, 'weak rival gap');
    close(weak('bestRivalGap'), gap, 'weak best rival gap');
    close(strong('rivalGap'), -gap, 'strong rival gap');
    close(weak('rivalFactor'), Math.min(HAZARD.rivalMax, Math.exp(HAZARD.rivalElasticity * gap)), 'rival factor');
    // Same prices: no price gap; price multiplier 1 at list price.
    close(weak('priceGap'), 0, 'price gap');
    close(weak('priceIndex'), 1, 'price index');
    close(weak('utility') - strong('utility'), -gap, 'utility difference');
  });

  it('observed ÷ model is the churn rate over the out-of-contract hazard', () => {
    const x = handBuilt();
    const e = explain(x, 1, { tiers: { 2: 40 }, buckets: { 5: 40 } }, 0.012);
    expect(e('atRisk')).toBe(40);
    close(e('observedOverModel'), 0.012 / e('hazardOutOfContract'), 'observed over model');
  });
});
