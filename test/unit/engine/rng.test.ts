/**
 * The counter-based generator (model.md §5): every draw is a pure function of
 * (seed, customer id, month, purpose). These tests check what the engine relies on:
 * determinism, the [0, 1) range, uniformity, independence of the streams, and the identities
 * the hot loop uses when it inlines the draws (slice.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BIRTH_MONTH,
  customerMonthKey,
  draw,
  draw32,
  fmix32,
  idKey,
  INV_2_32,
  monthKey,
  Purpose,
  purposeSalt,
  uniform,
  uniformOf,
} from '../../../src/engine/rng.ts';
import { chiSquarePairs, chiSquarePValue, chiSquareUniform, pearson } from '../../helpers/stats.ts';

const N = 200_000;
/** p-value below which a statistic counts as a failure (generous: these are fixed, seeded samples). */
const P_MIN = 1e-4;
/** |r| bound for n = 200,000 independent uniforms: the sd of r is 1/sqrt(n) ≈ 0.0022, so this is ≈ 4.5 sd. */
const R_MAX = 0.01;

const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const seedArb = fc.integer({ min: 0, max: 2 ** 32 - 1 }); // the schema's seed range
const idArb = fc.integer({ min: 0, max: 4_000_000 });
const monthArb = fc.integer({ min: BIRTH_MONTH, max: 240 });
const purposeArb = fc.constantFrom(...Object.values(Purpose));

/** MurmurHash3's fmix32 written independently with BigInt arithmetic (mod 2^32). */
function fmix32Reference(x: number): number {
  const M = 0xffffffffn;
  let h = BigInt(x >>> 0);
  h ^= h >> 16n;
  h = (h * 0x85ebca6bn) & M;
  h ^= h >> 13n;
  h = (h * 0xc2b2ae35n) & M;
  h ^= h >> 16n;
  return Number(h);
}

function sample(n: number, f: (i: number) => number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f(i);
  return out;
}

function expectUniform(values: Float64Array, what: string): void {
  const chi = chiSquareUniform(values, 100);
  const p = chiSquarePValue(chi, 99);
  expect(p, `${what}: chi-square ${chi.toFixed(1)} on 99 df`).toBeGreaterThan(P_MIN);
}

function expectIndependent(a: Float64Array, b: Float64Array, what: string): void {
  const r = pearson(a, b);
  expect(Math.abs(r), `${what}: correlation ${r}`).toBeLessThan(R_MAX);
  // A 10×10 contingency test also catches non-linear dependence that r would miss.
  const chi = chiSquarePairs(a, b, 10);
  expect(chiSquarePValue(chi, 99), `${what}: pair chi-square ${chi.toFixed(1)} on 99 df`).toBeGreaterThan(P_MIN);
}

describe('fmix32', () => {
  it("is MurmurHash3's 32-bit finaliser (published test vectors for an empty input)", () => {
    // murmur3_x86_32("", seed) = fmix32(seed): seed 0 → 0, seed 1 → 0x514E28B7, seed 0xFFFFFFFF → 0x81F16F39.
    expect(fmix32(0) >>> 0).toBe(0);
    expect(fmix32(1) >>> 0).toBe(0x514e28b7);
    expect(fmix32(0xffffffff) >>> 0).toBe(0x81f16f39);
  });

  it('matches an independent BigInt implementation and returns a signed 32-bit integer', () => {
    fc.assert(
      fc.property(int32, (x) => {
        const h = fmix32(x);
        expect(h).toBe(h | 0);
        expect(h >>> 0).toBe(fmix32Reference(x));
      }),
      { numRuns: 2000 },
    );
  });

  it('is a bijection: no collisions among 2^18 consecutive inputs', () => {
    const seen = new Set<number>();
    for (let x = -(2 ** 17); x < 2 ** 17; x++) seen.add(fmix32(x));
    expect(seen.size).toBe(2 ** 18);
  });
});

describe('determinism', () => {
  it('the same (seed, id, month, purpose) always gives the same value: the one model.md §5’s formula gives', () => {
    // The keys written independently (BigInt arithmetic, the constants of rng.ts): a value that
    // depended on anything but its inputs (state, a global random source) would differ.
    const mul = (a: number, b: number) => Number((BigInt(a >>> 0) * BigInt(b >>> 0)) & 0xffffffffn);
    const idKeyRef = (seed: number, id: number) => fmix32Reference((seed ^ mul(id, 0x9e3779b1)) >>> 0);
    const monthKeyRef = (month: number) => fmix32Reference(mul(month + 1, 0x7feb352d));
    const keyRef = (seed: number, id: number, month: number) => fmix32Reference((idKeyRef(seed, id) ^ monthKeyRef(month)) >>> 0);
    const uniformRef = (seed: number, id: number, month: number, purpose: number) =>
      fmix32Reference((keyRef(seed, id, month) ^ mul(purpose, 0x846ca68b)) >>> 0) / 2 ** 32;
    fc.assert(
      fc.property(seedArb, idArb, monthArb, purposeArb, (seed, id, month, purpose) => {
        expect(idKey(seed, id) >>> 0).toBe(idKeyRef(seed, id));
        expect(monthKey(month) >>> 0).toBe(monthKeyRef(month));
        expect(customerMonthKey(seed, id, month) >>> 0).toBe(keyRef(seed, id, month));
        expect(uniform(seed, id, month, purpose)).toBe(uniformRef(seed, id, month, purpose));
      }),
      { numRuns: 1000 },
    );
    // And the values themselves, which every saved run and preset result depends on.
    expect(uniform(1, 0, 0, Purpose.churn)).toBe(0.3220787844620645);
    expect(uniform(1, 12345, 36, Purpose.destination)).toBe(0.6849349930416793);
    expect(uniform(2 ** 32 - 1, 4_000_000, 240, Purpose.satisfaction)).toBe(0.8205989247653633);
    expect(uniform(7, 3, BIRTH_MONTH, Purpose.segment)).toBe(0.8168888508807868);
  });

  it('has no hidden state: the order of calls does not change the values', () => {
    const forward = sample(5000, (i) => uniform(42, i, i % 13, Purpose.churn));
    const backward = new Float64Array(5000);
    for (let i = 4999; i >= 0; i--) backward[i] = uniform(42, i, i % 13, Purpose.churn);
    expect(Buffer.from(backward.buffer).equals(Buffer.from(forward.buffer))).toBe(true);
  });

  it('purposes have distinct numbers (distinct streams)', () => {
    const values = Object.values(Purpose);
    expect(new Set(values).size).toBe(values.length);
    for (const p of values) expect(Number.isInteger(p)).toBe(true);
  });
});

describe('range', () => {
  it('uniformOf maps every 32-bit key into [0, 1), including the extremes', () => {
    expect(uniformOf(0)).toBe(0);
    expect(uniformOf(-1)).toBeLessThan(1); // 0xFFFFFFFF
    expect(uniformOf(-1)).toBe((2 ** 32 - 1) * INV_2_32);
    expect(uniformOf(-(2 ** 31))).toBe(0.5);
    fc.assert(
      fc.property(int32, (k) => {
        const u = uniformOf(k);
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThan(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('draw and uniform are in [0, 1) for any key, seed, id, month and purpose', () => {
    fc.assert(
      fc.property(int32, fc.integer({ min: 0, max: 1000 }), seedArb, idArb, monthArb, (key, purpose, seed, id, month) => {
        const d = draw(key, purpose);
        expect(d >= 0 && d < 1).toBe(true);
        const u = uniform(seed, id, month, purpose);
        expect(u >= 0 && u < 1).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('identities the hot loop relies on (slice.ts inlines them)', () => {
  it('customerMonthKey(seed, id, m) = fmix32(idKey(seed, id) ^ monthKey(m))', () => {
    fc.assert(
      fc.property(seedArb, idArb, monthArb, (seed, id, month) => {
        expect(customerMonthKey(seed, id, month)).toBe(fmix32(idKey(seed, id) ^ monthKey(month)));
      }),
      { numRuns: 2000 },
    );
  });

  it('draw(key, p) = (fmix32(key ^ purposeSalt(p)) >>> 0) * INV_2_32, and draw32 is its integer form', () => {
    fc.assert(
      fc.property(int32, fc.integer({ min: 0, max: 1000 }), (key, p) => {
        const d = draw(key, p);
        expect(d).toBe((fmix32(key ^ purposeSalt(p)) >>> 0) * INV_2_32);
        expect(draw32(key, p) * INV_2_32).toBe(d);
        expect(Number.isInteger(draw32(key, p)) && draw32(key, p) >= 0 && draw32(key, p) < 2 ** 32).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('uniform(seed, id, m, p) = draw(customerMonthKey(seed, id, m), p)', () => {
    fc.assert(
      fc.property(seedArb, idArb, monthArb, purposeArb, (seed, id, month, p) => {
        expect(uniform(seed, id, month, p)).toBe(draw(customerMonthKey(seed, id, month), p));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('uniformity (chi-square, 100 bins, 200,000 draws)', () => {
  it('the churn draw (the customer-month key itself) over customers', () => {
    expectUniform(
      sample(N, (i) => uniformOf(customerMonthKey(1, i, 5))),
      'key over ids',
    );
  });

  it('each purpose over customers in one month', () => {
    for (const p of [Purpose.incident, Purpose.crm, Purpose.destination, Purpose.join, Purpose.winBack]) {
      expectUniform(
        sample(N, (i) => uniform(7, i, 3, p)),
        `purpose ${p}`,
      );
    }
  });

  it('birth draws (month = BIRTH_MONTH) over customers', () => {
    for (const p of [Purpose.segment, Purpose.operator, Purpose.contract]) {
      expectUniform(
        sample(N, (i) => uniform(3, i, BIRTH_MONTH, p)),
        `birth purpose ${p}`,
      );
    }
    // The spend table reads the top bits of draw32 as the grid cell (top 16 shown uniform here).
    expectUniform(
      sample(N, (i) => (draw32(customerMonthKey(3, i, BIRTH_MONTH), Purpose.spend) >>> 16) / 65536),
      'spend grid cell',
    );
  });

  it('one customer over many months and a grid of (customer, month)', () => {
    expectUniform(
      sample(N, (i) => uniform(11, 12345, i, Purpose.churn)),
      'one id over months',
    );
    expectUniform(
      sample(N, (i) => uniform(11, i % 2000, Math.floor(i / 2000), Purpose.churn)),
      '2000 ids × 100 months',
    );
  });

  it('the first draw of consecutive seeds', () => {
    expectUniform(
      sample(N, (i) => uniform(i, 0, 0, Purpose.churn)),
      'seed sweep',
    );
  });
});

describe('independence (correlation and 10×10 pair chi-square, 200,000 pairs)', () => {
  it('between purposes of the same customer-month, and with the churn draw', () => {
    const keys = sample(N, (i) => customerMonthKey(5, i, 4));
    const churn = keys.map((k) => uniformOf(k));
    const by = (p: number) => keys.map((k) => draw(k, p));
    expectIndependent(churn, by(Purpose.crm), 'churn vs crm');
    expectIndependent(churn, by(Purpose.destination), 'churn vs destination');
    expectIndependent(churn, by(Purpose.incident), 'churn vs incident');
    expectIndependent(by(Purpose.join), by(Purpose.bundle), 'join vs bundle');
    expectIndependent(by(Purpose.renewal), by(Purpose.bundle), 'renewal vs bundle');
    expectIndependent(by(Purpose.crm), by(Purpose.marginalOffer), 'crm vs marginalOffer');
  });

  it('between birth purposes (segment, spend, operator)', () => {
    const keys = sample(N, (i) => customerMonthKey(9, i, BIRTH_MONTH));
    const seg = keys.map((k) => draw(k, Purpose.segment));
    const spend = keys.map((k) => draw(k, Purpose.spend));
    const op = keys.map((k) => draw(k, Purpose.operator));
    expectIndependent(seg, spend, 'segment vs spend');
    expectIndependent(spend, op, 'spend vs operator');
    expectIndependent(seg, op, 'segment vs operator');
  });

  it('between neighbouring customer ids', () => {
    const a = sample(N, (i) => uniform(1, 2 * i, 6, Purpose.churn));
    const b = sample(N, (i) => uniform(1, 2 * i + 1, 6, Purpose.churn));
    expectIndependent(a, b, 'id vs id+1');
    // Ids 1024 apart sit at the same place in neighbouring blocks (slices).
    const c = sample(N, (i) => uniform(1, 2 * i + 1024, 6, Purpose.churn));
    expectIndependent(a, c, 'id vs id+1024');
  });

  it('between neighbouring months of the same customer, and birth vs month 0', () => {
    expectIndependent(
      sample(N, (i) => uniform(2, i, 8, Purpose.churn)),
      sample(N, (i) => uniform(2, i, 9, Purpose.churn)),
      'month vs month+1',
    );
    expectIndependent(
      sample(N, (i) => uniform(2, i, BIRTH_MONTH, Purpose.satisfaction)),
      sample(N, (i) => uniform(2, i, 0, Purpose.churn)),
      'birth vs month 0',
    );
  });

  it('between neighbouring seeds (replications)', () => {
    expectIndependent(
      sample(N, (i) => uniform(100, i, 3, Purpose.churn)),
      sample(N, (i) => uniform(101, i, 3, Purpose.churn)),
      'seed vs seed+1',
    );
  });
});
