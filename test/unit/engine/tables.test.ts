/**
 * Monthly tables (model.md §4 step 2): arrival choice, churners' destinations, churn hazard and
 * its main cause, built from small hand-made scenarios. Where the model is simple enough, the
 * expected value is computed by hand from the formula of model.md §4 and the constants.
 */
import { describe, expect, it } from 'vitest';
import { accLayout } from '../../../src/engine/accumulator.ts';
import { BETA, CONTRACT_STATES, HAZARD, POINT_BUCKETS, SAT_BUCKETS, TIERS } from '../../../src/engine/constants.ts';
import { CHURN_CAUSES } from '../../../src/engine/frame.ts';
import { compilePlan, type Plan } from '../../../src/engine/plan.ts';
import type { Scenario } from '../../../src/engine/schema.ts';
import { buildTables, churnCause, createTables, hazardOf as engineHazard, type Tables } from '../../../src/engine/tables.ts';
import { buildScenario, operator, segment } from '../../helpers/builders.ts';

const NONE = 0;
const IN_CONTRACT = 1;
const EXPIRING = 2;
const cause = (name: (typeof CHURN_CAUSES)[number]) => CHURN_CAUSES.indexOf(name);

/** Tables of month t, built the way a slice builds them (no previous month: a neutral market state). */
function tablesAt(scenario: Scenario, t = 0): { plan: Plan; tb: Tables } {
  const plan = compilePlan(scenario);
  const tb = createTables(plan);
  buildTables(tb, plan, t, null, null, accLayout(plan.operators, plan.segments, plan.months), plan.customers);
  return { plan, tb };
}

interface Cell {
  s?: number;
  k?: number;
  o: number;
  b: number;
  c?: number;
  bundled?: 0 | 1;
  p?: number;
}
/** The hazard of a customer in this state, as the hot loop computes it (tables.ts hazardOf). */
const hazardOf = (x: { plan: Plan; tb: Tables }, { s = 0, k = 0, o, b, c = NONE, bundled = 0, p = 0 }: Cell) =>
  engineHazard(x.tb, x.plan.operators, s, k, o, b, c, bundled, p);
/** The main cause of a churner in this state, for a mature customer (tenure index months + 1). */
const causeOf = (x: { plan: Plan; tb: Tables }, { s = 0, k = 0, o, b, c = NONE }: Cell) =>
  churnCause(x.tb, x.plan.tenure, x.plan.operators, s, k, o, b, c, x.plan.months + 1);
/** Every state's hazard. */
function allHazards(x: { plan: Plan; tb: Tables }): number[] {
  const out: number[] = [];
  for (let s = 0; s < x.plan.segments; s++)
    for (let k = 0; k < TIERS; k++)
      for (let o = 0; o < x.plan.operators; o++)
        for (let b = 0; b < SAT_BUCKETS; b++)
          for (let c = 0; c < CONTRACT_STATES; c++)
            for (const bundled of [0, 1] as const) for (let p = 0; p < POINT_BUCKETS; p++) out.push(hazardOf(x, { s, k, o, b, c, bundled, p }));
  return out;
}

/** Choice probabilities from a cumulative row. */
function probs(cum: Float64Array, base: number, n: number): number[] {
  return Array.from({ length: n }, (_, j) => cum[base + j] - (j > 0 ? cum[base + j - 1] : 0));
}
const arrivalRow = (x: { plan: Plan; tb: Tables }, s: number, k: number) => probs(x.tb.arrivalCum, (s * TIERS + k) * x.plan.operators, x.plan.operators);
const destRow = (x: { plan: Plan; tb: Tables }, s: number, k: number, o: number) => {
  const O = x.plan.operators;
  return probs(x.tb.destCum, ((s * TIERS + k) * O + o) * (O + 1), O + 1);
};

/** Hazards are products of table factors: compare with a small relative tolerance. */
function expectHazard(actual: number, expected: number, what = ''): void {
  expect(Math.abs(actual - expected), `${what} ${actual} vs ${expected}`).toBeLessThanOrEqual(Math.abs(expected) * 3e-7 + 1e-12);
}

/** Satisfaction factor of bucket b: exp(-slope · (bucket centre - reference)). */
const satFactor = (b: number) => Math.exp(-HAZARD.satisfactionSlope * ((b + 0.5) / SAT_BUCKETS - HAZARD.satisfactionReference));

/** n identical operators sharing the market; `over[i]` changes operator i. */
function symmetric(n: number, over: Record<number, Record<string, unknown>> = {}, market: Record<string, unknown> = {}, segOver: Record<string, unknown> = {}) {
  return buildScenario({
    segments: [segment('all', segOver)],
    operators: Array.from({ length: n }, (_, i) => operator(`op${i}`, 1 / n, over[i] ?? {})),
    market,
  });
}

describe('arrival choice (multinomial logit)', () => {
  it('equal operators share arrivals equally; probabilities sum to 1', () => {
    for (const n of [2, 3, 4]) {
      const x = tablesAt(symmetric(n));
      for (let k = 0; k < TIERS; k++) {
        const p = arrivalRow(x, 0, k);
        for (const pj of p) expect(pj).toBeCloseTo(1 / n, 12);
        expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      }
    }
  });

  it('favours the cheaper operator by exactly the logit of β_price · ln(price ratio)', () => {
    for (const [n, cheap] of [
      [2, 0],
      [2, 1],
      [4, 2],
      [4, 3],
    ] as const) {
      const x = tablesAt(symmetric(n, { [cheap]: { pricing: { tariffIndex: 0.9 } } }));
      const gain = Math.exp(-BETA.price * Math.log(0.9)); // sensitivity 1
      const denom = gain + (n - 1);
      for (let k = 0; k < TIERS; k++) {
        const p = arrivalRow(x, 0, k);
        for (let j = 0; j < n; j++) expect(p[j], `n=${n} cheap=${cheap} j=${j}`).toBeCloseTo(j === cheap ? gain / denom : 1 / denom, 12);
        // The sum before the last entry is forced to 1 is already 1.
        expect(x.tb.arrivalCum[k * n + n - 2] + p[n - 1]).toBeCloseTo(1, 12);
        expect(p[cheap]).toBeGreaterThan(1 / n);
      }
    }
  });

  it('price-insensitive segments ignore the tariff', () => {
    const x = tablesAt(
      buildScenario({
        segments: [segment('rich', { share: 0.5, sensitivity: { price: 0 } }), segment('poor', { share: 0.5, sensitivity: { price: 2 } })],
        operators: [operator('a', 0.5, { pricing: { tariffIndex: 0.8 } }), operator('b', 0.5)],
      }),
    );
    expect(arrivalRow(x, 0, 0)[0]).toBeCloseTo(0.5, 12);
    expect(arrivalRow(x, 1, 0)[0]).toBeGreaterThan(0.5);
  });

  it('an operator that has not entered yet gets no arrivals', () => {
    for (const entrant of [0, 2]) {
      const ops = [0, 1, 2].map((i) => operator(`op${i}`, i === entrant ? 0 : 0.5, i === entrant ? { entryMonth: 6, pricing: { tariffIndex: 0.5 } } : {}));
      const sc = buildScenario({ operators: ops });
      const before = tablesAt(sc, 5);
      const after = tablesAt(sc, 6);
      for (let k = 0; k < TIERS; k++) {
        expect(arrivalRow(before, 0, k)[entrant]).toBeLessThan(1e-12);
        expect(arrivalRow(after, 0, k)[entrant]).toBeGreaterThan(1 / 3); // cheap entrant
      }
    }
  });
});

describe('churners’ destinations', () => {
  it('cumulative probabilities end at 1, nobody "switches" to their own operator, exits = exitShare', () => {
    for (const exitShare of [0, 0.15, 0.6, 1]) {
      for (const n of [2, 3, 4]) {
        const x = tablesAt(symmetric(n, { 0: { pricing: { tariffIndex: 0.85 } }, 1: { brand: 0.9 } }, {}, { exitShare }));
        const O = x.plan.operators;
        for (let k = 0; k < TIERS; k++)
          for (let o = 0; o < O; o++) {
            const d0 = (k * O + o) * (O + 1);
            expect(x.tb.destCum[d0 + O]).toBe(1);
            const p = destRow(x, 0, k, o);
            expect(p[o]).toBe(0);
            for (const pj of p) expect(pj).toBeGreaterThanOrEqual(0);
            expect(p[O]).toBeCloseTo(exitShare, 12);
          }
      }
    }
  });

  it('switchers split among rivals by logit: the cheaper rival gets more', () => {
    const x = tablesAt(symmetric(3, { 1: { pricing: { tariffIndex: 0.9 } } }, {}, { exitShare: 0.2 }));
    const gain = Math.exp(-BETA.price * Math.log(0.9));
    const p = destRow(x, 0, 0, 2); // churners of op2 choose between op0 (equal) and op1 (cheaper)
    expect(p[1]).toBeCloseTo((0.8 * gain) / (1 + gain), 12);
    expect(p[0]).toBeCloseTo(0.8 / (1 + gain), 12);
    expect(p[3]).toBeCloseTo(0.2, 12);
  });

  it('with no active rival every churner leaves the market; a not-yet-entered operator is never a destination', () => {
    const sc = buildScenario({
      operators: [operator('inc', 1), operator('late', 0, { entryMonth: 4 }), operator('later', 0, { entryMonth: 8 })],
    });
    const alone = tablesAt(sc, 0);
    expect(destRow(alone, 0, 0, 0)[3]).toBeCloseTo(1, 12);
    const two = tablesAt(sc, 4);
    const p = destRow(two, 0, 0, 0);
    expect(p[1]).toBeCloseTo(1 - 0.15, 12);
    expect(p[2]).toBe(0);
    expect(p[3]).toBeCloseTo(0.15, 12);
  });
});

describe('churn hazard', () => {
  const base = 0.02;

  it('symmetric market: h = baseChurn × exp(−slope (s − ref)) for each satisfaction bucket', () => {
    for (const n of [2, 3, 4]) {
      const x = tablesAt(symmetric(n, {}, {}, { baseChurn: base }));
      for (let o = 0; o < n; o++)
        for (let b = 0; b < SAT_BUCKETS; b++) for (let k = 0; k < TIERS; k++) expectHazard(hazardOf(x, { o, b, k }), base * satFactor(b));
    }
  });

  it('is higher in lower satisfaction buckets', () => {
    const x = tablesAt(symmetric(3, { 0: { pricing: { tariffIndex: 1.3 } } }));
    for (let o = 0; o < 3; o++)
      for (let c = 0; c < CONTRACT_STATES; c++)
        for (let b = 1; b < SAT_BUCKETS; b++) expect(hazardOf(x, { o, b: b - 1, c })).toBeGreaterThan(hazardOf(x, { o, b, c }));
  });

  it('contract states: in contract × 0.3 e^(−fee/scale), expiry × spike; expiry > none > in contract', () => {
    for (const fee of [0, 200, 1000]) {
      const x = tablesAt(symmetric(2, { 0: { contracts: { lengthMonths: 12, uptake: 1, earlyTerminationFee: fee } } }, {}, { baseChurn: base }));
      for (let b = 0; b < SAT_BUCKETS; b++) {
        const none = hazardOf(x, { o: 0, b, c: NONE });
        const inC = hazardOf(x, { o: 0, b, c: IN_CONTRACT });
        const exp = hazardOf(x, { o: 0, b, c: EXPIRING });
        expectHazard(inC, none * HAZARD.inContract * Math.exp(-fee / HAZARD.terminationFeeScale));
        expectHazard(exp, none * HAZARD.expirySpike);
        expect(exp).toBeGreaterThan(none);
        expect(none).toBeGreaterThan(inC);
      }
    }
  });

  it('bundled customers churn less by the bundle lock-in; no lock-in, no difference', () => {
    const x = tablesAt(symmetric(2, { 0: { pricing: { bundle: { uptake: 0.5, lockIn: 0.35 } } }, 1: { pricing: { bundle: { uptake: 0.5, lockIn: 0 } } } }));
    for (let b = 0; b < SAT_BUCKETS; b++) {
      expectHazard(hazardOf(x, { o: 0, b, bundled: 1 }), hazardOf(x, { o: 0, b, bundled: 0 }) * 0.65);
      expect(hazardOf(x, { o: 0, b, bundled: 1 })).toBeLessThan(hazardOf(x, { o: 0, b, bundled: 0 }));
      expect(hazardOf(x, { o: 1, b, bundled: 1 })).toBe(hazardOf(x, { o: 1, b, bundled: 0 }));
    }
  });

  it('a larger points balance lowers the hazard (switching cost)', () => {
    const x = tablesAt(symmetric(2, {}, {}, { baseChurn: base, sensitivity: { switchingCost: 1.5 } }));
    for (let p = 1; p < POINT_BUCKETS; p++) {
      expect(hazardOf(x, { o: 0, b: 4, p })).toBeLessThan(hazardOf(x, { o: 0, b: 4, p: p - 1 }));
      expectHazard(hazardOf(x, { o: 0, b: 4, p }), base * satFactor(4) * Math.exp(-HAZARD.pointsLock * p * 1.5));
    }
  });

  it('number portability raises the hazard by exp(numberLock · attachment · switching sensitivity)', () => {
    const seg = { baseChurn: base, numberAttachment: 0.5, sensitivity: { switchingCost: 1.2 } };
    const off = tablesAt(symmetric(2, {}, { portability: false }, seg));
    const on = tablesAt(symmetric(2, {}, { portability: true }, seg));
    const factor = Math.exp(HAZARD.numberLock * 0.5 * 1.2);
    for (let b = 0; b < SAT_BUCKETS; b++) {
      const h0 = hazardOf(off, { o: 1, b });
      expect(hazardOf(on, { o: 1, b })).toBeGreaterThan(h0);
      expectHazard(hazardOf(on, { o: 1, b }), Math.min(HAZARD.max, h0 * factor));
    }
    // Customers not attached to their number are not held back by it in the first place.
    const free = { ...seg, numberAttachment: 0 };
    expect(hazardOf(tablesAt(symmetric(2, {}, { portability: true }, free)), { o: 0, b: 3 })).toBe(
      hazardOf(tablesAt(symmetric(2, {}, {}, free)), { o: 0, b: 3 }),
    );
  });

  it('a portability event raises the hazard from its month on', () => {
    const sc = buildScenario({ operators: [operator('a', 0.5), operator('b', 0.5)], events: [{ type: 'portability', month: 3 }] });
    expect(tablesAt(sc, 3).tb.portability).toBe(true);
    expect(tablesAt(sc, 2).tb.portability).toBe(false);
    expect(hazardOf(tablesAt(sc, 3), { o: 0, b: 4 })).toBeGreaterThan(hazardOf(tablesAt(sc, 2), { o: 0, b: 4 }));
  });

  it('rivals’ attractiveness: × exp(elasticity · ΔU), clamped to [rivalMin, rivalMax]', () => {
    const x = tablesAt(symmetric(2, { 0: { pricing: { tariffIndex: 0.9 } } }, {}, { baseChurn: base }));
    const dU = -BETA.price * Math.log(0.9);
    expectHazard(hazardOf(x, { o: 1, b: 5 }), base * satFactor(5) * Math.exp(HAZARD.rivalElasticity * dU));
    expectHazard(hazardOf(x, { o: 0, b: 5 }), base * satFactor(5) * Math.exp(-HAZARD.rivalElasticity * dU));
    const extreme = tablesAt(symmetric(2, { 0: { pricing: { tariffIndex: 0.2 } } }, {}, { baseChurn: base }));
    expectHazard(hazardOf(extreme, { o: 1, b: 5 }), base * satFactor(5) * HAZARD.rivalMax);
    expectHazard(hazardOf(extreme, { o: 0, b: 5 }), base * satFactor(5) * HAZARD.rivalMin);
  });

  it('never exceeds the cap and is a probability', () => {
    const x = tablesAt(
      symmetric(2, { 0: { pricing: { tariffIndex: 3 }, contracts: { lengthMonths: 12, uptake: 1 } } }, { portability: true }, { baseChurn: 0.5 }),
    );
    let max = 0;
    for (const h of allHazards(x)) {
      expect(h).toBeGreaterThanOrEqual(0);
      max = Math.max(max, h);
    }
    expect(max).toBe(HAZARD.max);
    expect(hazardOf(x, { o: 0, b: 0, c: EXPIRING })).toBe(HAZARD.max);
  });

  it('is zero for an operator that has not entered yet (entryMonth or newEntrant event), positive once it has', () => {
    const byEntryMonth = buildScenario({ operators: [operator('a', 1), operator('b', 0, { entryMonth: 5 })] });
    const byEvent = buildScenario({ operators: [operator('a', 1), operator('b', 0)], events: [{ type: 'newEntrant', month: 5, operator: 'b' }] });
    for (const sc of [byEntryMonth, byEvent]) {
      const before = tablesAt(sc, 4);
      const after = tablesAt(sc, 5);
      for (let b = 0; b < SAT_BUCKETS; b++)
        for (let c = 0; c < CONTRACT_STATES; c++) {
          expect(hazardOf(before, { o: 1, b, c })).toBe(0);
          expect(hazardOf(after, { o: 1, b, c })).toBeGreaterThan(0);
        }
    }
  });
});

describe('main cause of churn', () => {
  it('names contractExpiry for the expiry state in an otherwise neutral market', () => {
    const x = tablesAt(symmetric(3, { 0: { contracts: { lengthMonths: 12, uptake: 1 } } }));
    // From the bucket where dissatisfaction adds less log-hazard than the expiry spike.
    for (let b = 0; b < SAT_BUCKETS; b++) {
      const satLog = Math.log(satFactor(b));
      if (satLog < Math.log(HAZARD.expirySpike)) expect(causeOf(x, { o: 0, b, c: EXPIRING }), `bucket ${b}`).toBe(cause('contractExpiry'));
    }
    expect(causeOf(x, { o: 0, b: SAT_BUCKETS - 1, c: EXPIRING })).toBe(cause('contractExpiry'));
  });

  it('baseline when satisfied and nothing stands out; dissatisfaction in the lowest bucket', () => {
    const x = tablesAt(symmetric(2));
    for (let b = 0; b < SAT_BUCKETS; b++) {
      const satLog = Math.log(satFactor(b));
      const expected = satLog > HAZARD.causeThreshold + 1e-9 ? cause('dissatisfaction') : satLog < HAZARD.causeThreshold - 1e-9 ? cause('baseline') : -1;
      if (expected >= 0) expect(causeOf(x, { o: 0, b, c: NONE }), `bucket ${b}`).toBe(expected);
    }
    expect(causeOf(x, { o: 0, b: 0 })).toBe(cause('dissatisfaction'));
    expect(causeOf(x, { o: 0, b: SAT_BUCKETS - 1 })).toBe(cause('baseline'));
  });

  it('price when a rival is clearly cheaper, portability once numbers can move', () => {
    const cut = tablesAt(symmetric(2, { 0: { pricing: { tariffIndex: 0.8 } } }));
    expect(causeOf(cut, { o: 1, b: SAT_BUCKETS - 1 })).toBe(cause('price'));
    expect(causeOf(cut, { o: 0, b: SAT_BUCKETS - 1 })).toBe(cause('baseline'));
    const port = tablesAt(symmetric(2, {}, { portability: true }, { numberAttachment: 0.5 }));
    expect(causeOf(port, { o: 0, b: SAT_BUCKETS - 1 })).toBe(cause('portability'));
  });
});

describe('events in the tables', () => {
  it('a price cut multiplies the tariff from its month on, only in the named segments', () => {
    const sc = buildScenario({
      segments: [segment('mass', { share: 0.5 }), segment('vip', { share: 0.5 })],
      operators: [operator('a', 0.5), operator('b', 0.5)],
      events: [{ type: 'priceCut', month: 4, operator: 'b', segments: ['mass'], factor: 0.8 }],
    });
    const S = 2;
    const mult = (x: { tb: Tables }, o: number, s: number) => x.tb.priceMult[(o * S + s) * 2];
    const before = tablesAt(sc, 3);
    const after = tablesAt(sc, 4);
    expect(mult(before, 1, 0)).toBeCloseTo(1, 12);
    expect(mult(after, 1, 0)).toBeCloseTo(0.8, 12);
    expect(mult(after, 1, 1)).toBeCloseTo(1, 12);
    expect(mult(after, 0, 0)).toBeCloseTo(1, 12);
    // …and the operator that cut becomes the favourite of mass-market arrivals only.
    expect(arrivalRow(after, 0, 0)[1]).toBeGreaterThan(0.5);
    expect(arrivalRow(after, 1, 0)[1]).toBeCloseTo(0.5, 12);
  });
});
