/**
 * Properties of whole runs over generated scenarios (2–4 operators, 1–6 segments, random levers,
 * scheduled changes and events of every type; 500–3000 customers, 3–12 months):
 * conservation, determinism, independence from the number of slices (workers), no NaN /
 * Infinity / impossible negatives, shares adding up, the result JSON of model.md §8, and
 * integer accumulators (what makes multi-worker results identical).
 *
 * The last block holds example tests of engine bugs found while writing these properties; they
 * are marked "ENGINE BUG" and fail until the engine is fixed.
 */
import { CONTRACT_OPERATOR_KEYS } from '../helpers/resultContract.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accLayout, combineInto } from '../../src/engine/accumulator.ts';
import type { RunOutput } from '../../src/engine/api.ts';
import { at, CHURN_CAUSES, LORENZ_POINTS, MARKET_FIELDS, OPERATOR_FIELDS, SEGMENT_FIELDS, TIER_FIELDS } from '../../src/engine/frame.ts';
import { compilePlan } from '../../src/engine/plan.ts';
import { toResultJson } from '../../src/engine/result.ts';
import type { Scenario } from '../../src/engine/schema.ts';
import { runScenario } from '../../src/engine/simulation.ts';
import { createSlice } from '../../src/engine/slice.ts';
import { scenarioArb } from '../helpers/arbitraries.ts';
import { buildScenario, operator, scenarioInput, segment } from '../helpers/builders.ts';
import { formatIssue, validateScenario } from '../../src/engine/validate.ts';

const RUNS = 20;
const arb = scenarioArb();
const run = (s: Scenario, slices = 1, overrides = {}) => runScenario(s, overrides, undefined, slices);

/** Fields that may legitimately be negative: money after costs, and profit concentration. */
const MAY_BE_NEGATIVE = {
  operator: new Set(['profit', 'top20ProfitShare', 'customerValue']),
  market: new Set(['top20ProfitShare']),
  segment: new Set(['profit', 'clv', 'clvNew']),
  lorenzProfit: true, // loss-makers pull the profit Lorenz curve below zero
} as const;
/** Fields that count customers (must be whole numbers). */
const COUNTS = {
  operator: ['subscribers', 'grossAdds', 'churned', 'retentionOffers', 'retentionSaves', 'winBacks'] as const,
  market: ['subscribers', 'arrivals', 'exits'] as const,
};
/** Fields that are fractions in [0, 1]. */
const FRACTIONS = {
  operator: ['churnRate', 'subscriberShare', 'revenueShare', 'top20RevenueShare', 'gini', 'satisfaction'] as const,
  market: ['top20RevenueShare', 'gini', 'portability'] as const,
  segment: ['churnRate'] as const,
  tier: ['churnRate'] as const,
};

function bytes(f: Float64Array): Buffer {
  return Buffer.from(f.buffer, f.byteOffset, f.byteLength);
}

function expectSameFrames(a: RunOutput, b: RunOutput, what: string): void {
  expect(b.frames.length, what).toBe(a.frames.length);
  for (let t = 0; t < a.frames.length; t++) expect(bytes(b.frames[t]).equals(bytes(a.frames[t])), `${what}: month ${t} differs`).toBe(true);
  for (let t = 0; t < a.cohorts.length; t++) expect(bytes(b.cohorts[t]).equals(bytes(a.cohorts[t])), `${what}: cohort ${t} differs`).toBe(true);
}

/** Every problem with one frame, as readable strings (an empty list means the frame is sound). */
function frameProblems(out: RunOutput, t: number): string[] {
  const L = out.meta.layout;
  const f = out.frames[t];
  const O = out.meta.operators.length;
  const S = out.meta.segments.length;
  const bad: string[] = [];
  const check = (name: string, v: number, negativeOk = false) => {
    if (!Number.isFinite(v)) bad.push(`${name} = ${v}`);
    else if (!negativeOk && v < 0) bad.push(`${name} = ${v} < 0`);
  };
  if (f.length !== L.size) bad.push(`frame length ${f.length} ≠ layout size ${L.size}`);
  for (let i = 0; i < f.length; i++) if (!Number.isFinite(f[i])) bad.push(`frame[${i}] = ${f[i]}`);
  if (f[at.month()] !== t) bad.push(`month slot ${f[at.month()]} ≠ ${t}`);
  for (let o = 0; o <= O; o++) {
    for (let i = 0; i < LORENZ_POINTS; i++) {
      check(`lorenz[${o}][${i}]`, f[at.lorenz(L, o, i)]);
      check(`lorenzProfit[${o}][${i}]`, f[at.lorenzProfit(L, o, i)], MAY_BE_NEGATIVE.lorenzProfit);
    }
  }
  for (let o = 0; o < O; o++) {
    for (const field of OPERATOR_FIELDS) check(`op${o}.${field}`, f[at.op(L, o, field)], MAY_BE_NEGATIVE.operator.has(field));
    for (const field of COUNTS.operator) if (!Number.isInteger(f[at.op(L, o, field)])) bad.push(`op${o}.${field} = ${f[at.op(L, o, field)]} not a count`);
    for (const field of FRACTIONS.operator) if (f[at.op(L, o, field)] > 1 + 1e-12) bad.push(`op${o}.${field} = ${f[at.op(L, o, field)]} > 1`);
    for (let s = 0; s < S; s++) {
      for (const field of SEGMENT_FIELDS) check(`op${o}.seg${s}.${field}`, f[at.seg(L, o, s, field)], MAY_BE_NEGATIVE.segment.has(field));
      for (const field of FRACTIONS.segment) if (f[at.seg(L, o, s, field)] > 1 + 1e-12) bad.push(`op${o}.seg${s}.${field} > 1`);
    }
    for (let k = 0; k < L.tiers; k++) {
      for (const field of TIER_FIELDS) check(`op${o}.tier${k}.${field}`, f[at.tier(L, o, k, field)]);
      for (const field of FRACTIONS.tier) if (f[at.tier(L, o, k, field)] > 1 + 1e-12) bad.push(`op${o}.tier${k}.${field} > 1`);
    }
    for (let d = 0; d <= O; d++) check(`switching[${o}][${d}]`, f[at.switching(L, o, d)]);
    for (let c = 0; c < CHURN_CAUSES.length; c++) check(`cause[${o}][${c}]`, f[at.cause(L, o, c)]);
  }
  for (const field of MARKET_FIELDS) check(`market.${field}`, f[at.market(L, field)], MAY_BE_NEGATIVE.market.has(field));
  for (const field of COUNTS.market) if (!Number.isInteger(f[at.market(L, field)])) bad.push(`market.${field} not a count`);
  for (const field of FRACTIONS.market) if (f[at.market(L, field)] > 1 + 1e-12) bad.push(`market.${field} > 1`);
  return bad;
}

/** Conservation and bookkeeping identities of month t ≥ 1 (and the starting state at t = 0). */
function conservationProblems(out: RunOutput, t: number): string[] {
  const L = out.meta.layout;
  const O = out.meta.operators.length;
  const S = out.meta.segments.length;
  const f = out.frames[t];
  const bad: string[] = [];
  const eq = (what: string, a: number, b: number) => a !== b && bad.push(`month ${t}: ${what}: ${a} ≠ ${b}`);
  const op = (o: number, field: (typeof OPERATOR_FIELDS)[number], frame = f) => frame[at.op(L, o, field)];
  const market = (field: (typeof MARKET_FIELDS)[number], frame = f) => frame[at.market(L, field)];

  let sumSubs = 0;
  let sumGrossAdds = 0;
  let switchIns = 0;
  let exits = 0;
  for (let o = 0; o < O; o++) {
    sumSubs += op(o, 'subscribers');
    sumGrossAdds += op(o, 'grossAdds');
    let bySeg = 0;
    for (let s = 0; s < S; s++) bySeg += f[at.seg(L, o, s, 'subscribers')];
    eq(`op${o} subscribers = Σ segments`, bySeg, op(o, 'subscribers'));
    let byTier = 0;
    for (let k = 0; k < L.tiers; k++) byTier += f[at.tier(L, o, k, 'subscribers')];
    eq(`op${o} subscribers = Σ tiers`, byTier, op(o, 'subscribers'));
    let byDest = 0;
    for (let d = 0; d <= O; d++) byDest += f[at.switching(L, o, d)];
    eq(`op${o} churned = Σ destinations`, byDest, op(o, 'churned'));
    let byCause = 0;
    for (let c = 0; c < CHURN_CAUSES.length; c++) byCause += f[at.cause(L, o, c)];
    eq(`op${o} churned = Σ causes`, byCause, op(o, 'churned'));
    let bySegChurn = 0;
    for (let s = 0; s < S; s++) bySegChurn += f[at.seg(L, o, s, 'churned')];
    eq(`op${o} churned = Σ segment churned`, bySegChurn, op(o, 'churned'));
    eq(`op${o} never "switches" to itself`, f[at.switching(L, o, o)], 0);
    for (let d = 0; d < O; d++) switchIns += f[at.switching(L, o, d)];
    exits += f[at.switching(L, o, O)];
  }
  eq('market subscribers = Σ operators', sumSubs, market('subscribers'));
  eq('market exits = Σ churners leaving the market', exits, market('exits'));
  eq('Σ gross adds = arrivals + switches between operators', sumGrossAdds, market('arrivals') + switchIns);

  if (t === 0) {
    eq('month 0 subscribers = customers', market('subscribers'), out.meta.customers);
    eq('month 0 arrivals', market('arrivals'), 0);
    eq('month 0 exits', market('exits'), 0);
    for (let o = 0; o < O; o++) {
      eq(`op${o} month 0 gross adds`, op(o, 'grossAdds'), 0);
      eq(`op${o} month 0 churned`, op(o, 'churned'), 0);
    }
    return bad;
  }
  const p = out.frames[t - 1];
  eq('market subscribers(t) = subscribers(t−1) + arrivals − exits', market('subscribers'), market('subscribers', p) + market('arrivals') - market('exits'));
  for (let o = 0; o < O; o++) {
    eq(`op${o} subscribers(t) = subscribers(t−1) + grossAdds − churned`, op(o, 'subscribers'), op(o, 'subscribers', p) + op(o, 'grossAdds') - op(o, 'churned'));
  }
  return bad;
}

describe('engine properties over generated scenarios', () => {
  it('(a) conservation every month: market and each operator', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const out = run(s);
        expect(out.frames.length).toBe(s.market.months + 1);
        const bad = out.frames.flatMap((_, t) => conservationProblems(out, t));
        expect(bad.slice(0, 10)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('(b) determinism: the same seed gives identical frames, byte for byte', () => {
    fc.assert(
      fc.property(arb, (s) => {
        expectSameFrames(run(s), run(s), 'second run');
      }),
      { numRuns: RUNS },
    );
  });

  it('(c) the number of slices (workers) changes nothing: 1, 2 and 3 slices give identical frames', () => {
    fc.assert(
      fc.property(scenarioArb({ customers: [2100, 4000], months: [3, 8] }), (s) => {
        // ≥ 2049 customers: every one of 3 slices (blocks of 1024 ids) holds customers from month 0.
        const one = run(s, 1);
        expectSameFrames(one, run(s, 2), '2 slices');
        expectSameFrames(one, run(s, 3), '3 slices');
      }),
      { numRuns: 12 },
    );
  });

  it('(d) no NaN, no Infinity, no negative counts, rates or shares, fractions ≤ 1, counts whole', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const out = run(s);
        const bad = out.frames.flatMap((_, t) => frameProblems(out, t).map((p) => `month ${t}: ${p}`));
        expect(bad.slice(0, 10)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('(e) operators’ subscriber and revenue shares add up to 1 every month (when the market is not empty)', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const out = run(s);
        const L = out.meta.layout;
        const O = out.meta.operators.length;
        for (const f of out.frames) {
          let subShare = 0;
          let revShare = 0;
          let revenue = 0;
          for (let o = 0; o < O; o++) {
            subShare += f[at.op(L, o, 'subscriberShare')];
            revShare += f[at.op(L, o, 'revenueShare')];
            revenue += f[at.op(L, o, 'revenue')];
          }
          if (f[at.market(L, 'subscribers')] > 0) expect(subShare).toBeCloseTo(1, 12);
          if (revenue > 0) expect(revShare).toBeCloseTo(1, 12);
          // An operator that has not entered has no customers and no share.
          for (let o = 0; o < O; o++) {
            if (f[at.op(L, o, 'subscribers')] === 0) expect(f[at.op(L, o, 'subscriberShare')]).toBe(0);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('(f) toResultJson has the shape of model.md §8 and survives JSON serialisation', () => {
    fc.assert(
      fc.property(arb, (s) => {
        const out = run(s);
        const json = toResultJson(out);
        const O = s.operators.length;
        const opIds = s.operators.map((o) => o.id);
        const segIds = s.market.segments.map((x) => x.id);

        expect(json.schemaVersion).toBe(1);
        expect(json.scenarioId).toBe(s.id);
        expect(json.seed).toBe(s.market.seed);
        expect(json.months).toBe(s.market.months);
        expect(json.customers).toBe(s.market.customers);
        expect(json.operators.map((o) => o.id)).toEqual(opIds);
        expect(json.segments.map((x) => x.id)).toEqual(segIds);

        expect(json.monthly).toHaveLength(s.market.months + 1);
        json.monthly.forEach((m, t) => {
          expect(m.month).toBe(t);
          expect(m.operators.map((o) => o.id)).toEqual(opIds);
          for (const row of m.operators) {
            for (const field of CONTRACT_OPERATOR_KEYS) expect(typeof (row as unknown as Record<string, unknown>)[field], field).toBe('number');
            expect(Object.keys(row.churnRateBySegment)).toEqual(segIds);
          }
          for (const field of ['subscribers', 'arrivals', 'exits', 'top20RevenueShare', 'gini'] as const) expect(typeof m.market[field], field).toBe('number');
        });

        // Switching: (ops + 1) × (ops + 1) cumulative counts; the last row holds arrivals.
        expect(json.switching).toHaveLength(O + 1);
        for (const row of json.switching) {
          expect(row).toHaveLength(O + 1);
          for (const v of row) expect(Number.isInteger(v) && v >= 0).toBe(true);
        }
        const totalChurned = (o: number) => json.monthly.slice(1).reduce((a, m) => a + m.operators[o].churned, 0);
        for (let o = 0; o < O; o++) expect(json.switching[o].reduce((a, b) => a + b, 0)).toBe(totalChurned(o));
        const totalArrivals = json.monthly.slice(1).reduce((a, m) => a + m.market.arrivals, 0);
        expect(json.switching[O].reduce((a, b) => a + b, 0)).toBe(totalArrivals);
        const totalExits = json.monthly.slice(1).reduce((a, m) => a + m.market.exits, 0);
        expect(json.switching.slice(0, O).reduce((a, row) => a + row[O], 0)).toBe(totalExits);

        // Lorenz: 21 points per operator (and the market) from [0,0] to [1,1], non-decreasing.
        for (const id of opIds) expect(json.lorenz[id], id).toBeDefined();
        for (const [id, points] of Object.entries(json.lorenz)) {
          expect(points, id).toHaveLength(21);
          expect(points[0]).toEqual([0, 0]);
          expect(points[20]).toEqual([1, 1]);
          points.forEach(([x, y], i) => {
            expect(x).toBeCloseTo(i / 20, 12);
            if (i > 0) {
              expect(x).toBeGreaterThan(points[i - 1][0]);
              expect(y).toBeGreaterThanOrEqual(points[i - 1][1]);
            }
          });
        }

        // Cohort retention: per operator, one share per join month, each in [0, 1].
        expect(Object.keys(json.cohortRetention)).toEqual(opIds);
        for (const shares of Object.values(json.cohortRetention)) {
          expect(shares).toHaveLength(s.market.months + 1);
          for (const v of shares) expect(v >= 0 && v <= 1).toBe(true);
        }

        // What the CLI writes must read back the same (no NaN or Infinity turning into null).
        expect(JSON.parse(JSON.stringify(json))).toEqual(json);
      }),
      { numRuns: RUNS },
    );
  });

  it('common random numbers: a change from month m leaves months before m bit-identical', () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 50, max: 95 }), (s, m0, factor) => {
        const m = Math.min(m0, s.market.months);
        const variant: Scenario = {
          ...s,
          events: [...s.events, { type: 'priceCut', month: m, operator: s.operators[1].id, segments: [], factor: factor / 100 }],
        };
        const base = run(s);
        const changed = run(variant);
        for (let t = 0; t < m; t++) expect(bytes(changed.frames[t]).equals(bytes(base.frames[t])), `month ${t} < ${m}`).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});

describe('accumulators', () => {
  /** Run W slices by hand, as workers would, and report any non-integer accumulator entry. */
  function nonIntegerEntries(s: Scenario, W: number, overrides = {}): string[] {
    const plan = compilePlan(s, overrides);
    const L = accLayout(plan.operators, plan.segments, plan.months);
    const slices = Array.from({ length: W }, (_, w) => createSlice(plan, w, W));
    const combined = new Float64Array(L.size);
    const bad: string[] = [];
    for (let t = 0; t <= plan.months; t++) {
      const parts = slices.map((slice) => (t === 0 ? slice.init() : slice.step(t, combined)).slice());
      parts.forEach((acc, w) => {
        expect(acc.length).toBe(L.size);
        for (let i = 0; i < acc.length; i++) if (!Number.isSafeInteger(acc[i])) bad.push(`month ${t} slice ${w} acc[${i}] = ${acc[i]}`);
      });
      combineInto(combined, parts);
    }
    return bad;
  }

  it('every entry of every slice accumulator is an integer, every month (generated scenarios, 2 slices)', () => {
    fc.assert(
      fc.property(scenarioArb({ customers: [1100, 2500], months: [3, 8] }), (s) => {
        expect(nonIntegerEntries(s, 2).slice(0, 5)).toEqual([]);
      }),
      { numRuns: 12 },
    );
  });

  it('…including with every money lever set to awkward fractional values', () => {
    const awkward = {
      contracts: { lengthMonths: 7, uptake: 0.6, handsetSubsidy: 0.333, handsetPrice: 1499.99, earlyTerminationFee: 123.45, renewalRate: 0.37 },
      loyalty: { pointsPerRmb: 1.37, pointValue: 0.0213 },
      crm: { recall: 0.7, precision: 0.31, budgetShare: 0.0317, offerCostMonths: 0.77, saveRate: 0.5, targeting: 'valueRisk' },
      winBack: { windowMonths: 3, successRate: 0.11, costPerContact: 9.99 },
      acquisition: { monthlyBudget: 12345.67 },
      pricing: { tariffIndex: 0.93, keyAccountDiscount: 0.07, bundle: { uptake: 0.3, discount: 0.07, lockIn: 0.3 } },
      service: { tiers: [{}, { accountManagerRatio: 333 }, { accountManagerRatio: 77, privileges: 0.3 }, { accountManagerRatio: 13, privileges: 0.9 }] },
    };
    const s = buildScenario({
      segments: [segment('key', { share: 0.2, spend: { median: 333.3, sigma: 1.4 } }), segment('mass', { share: 0.8, spend: { median: 17.77, sigma: 1.2 } })],
      operators: [operator('a', 0.5, awkward), operator('b', 0.3, { ...awkward, crm: { ...awkward.crm, targeting: 'random' } }), operator('c', 0.2)],
      market: { customers: 3000, months: 10, keyAccountSegments: ['key'], arrivalRate: 0.013 },
    });
    for (const W of [1, 3]) expect(nonIntegerEntries(s, W).slice(0, 5)).toEqual([]);
  });
});

describe('regressions: edge cases of schema-valid scenarios', () => {
  it('conservation holds when arrivals round up every month (153 customers, 18 %/month, no exits)', () => {
    // Arrivals are round(subscribers × r) and the rounding compounds: capacity must follow that path.
    const s = buildScenario({
      segments: [segment('all', { exitShare: 0 })],
      operators: [operator('a', 0.5), operator('b', 0.5)],
      market: { customers: 153, months: 14, arrivalRate: 0.18 },
    });
    const out = run(s);
    const bad = out.frames.flatMap((_, t) => conservationProblems(out, t));
    expect(bad).toEqual([]);
  });

  it('a market that would outgrow the engine is refused with a message naming market, not run empty', () => {
    const input = scenarioInput({
      operators: [operator('a', 0.5), operator('b', 0.5)],
      market: { customers: 1000, months: 240, arrivalRate: 0.2 },
    });
    const r = validateScenario(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map(formatIssue).join('\n')).toMatch(/^market: expected a market that stays manageable/m);
  });

  it('huge spends (median 2000 RMB, σ 3) give no negative bills and shares ≤ 1', () => {
    // Spend in fen is an int32: bills are capped at 10 M RMB a month so that it cannot wrap.
    const s = buildScenario({
      segments: [segment('all', { spend: { median: 2000, sigma: 3 } })],
      operators: [operator('a', 0.5), operator('b', 0.5)],
      market: { customers: 3000, months: 2 },
    });
    const out = run(s);
    const bad = out.frames.flatMap((_, t) => frameProblems(out, t).map((p) => `month ${t}: ${p}`));
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('discountRate 0 gives finite CLV (lifetime capped), and the result JSON round-trips', () => {
    const s = buildScenario({
      operators: [operator('a', 0.5), operator('b', 0.5)],
      market: { customers: 1000, months: 3, discountRate: 0 },
    });
    const out = run(s);
    const bad = out.frames.flatMap((_, t) => frameProblems(out, t).map((p) => `month ${t}: ${p}`));
    expect(bad.slice(0, 10)).toEqual([]);
    const json = toResultJson(out);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
