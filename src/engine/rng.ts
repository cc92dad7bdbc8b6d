/**
 * Counter-based randomness (model.md §5). A draw is a pure function of
 * (seed, customer id, month, purpose), with no state and no global random source. This gives, at once,
 * bit-identical results for the same seed, the same draws whatever the number of workers or
 * slices, and common random numbers for paired runs (a variant that changes one lever sees the
 * same draws as its baseline).
 *
 * The mixer is MurmurHash3's 32-bit finaliser (fmix32): a bijection with full avalanche, built
 * from Math.imul and shifts only, so it is cheap in the per-customer loop.
 */

export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  // Signed 32-bit: stays a small integer in V8 (no heap numbers in the hot loop).
  return h | 0;
}

export const INV_2_32 = 1 / 4294967296;

const K_ID = 0x9e3779b1;
const K_MONTH = 0x7feb352d;
const K_PURPOSE = 0x846ca68b;

/** Hash of (seed, customer id), computed once per customer and stored. */
export function idKey(seed: number, id: number): number {
  return fmix32(seed ^ Math.imul(id, K_ID));
}

/** Per-month constant mixed into every customer's key. */
export function monthKey(month: number): number {
  return fmix32(Math.imul(month + 1, K_MONTH));
}

/**
 * Key shared by all draws of one customer in one month. It is itself uniform: the hot loop
 * uses it directly as the churn draw and derives the other purposes from it with `draw`.
 */
export function customerMonthKey(seed: number, id: number, month: number): number {
  return fmix32(idKey(seed, id) ^ monthKey(month));
}

/** The uniform in [0, 1) that a 32-bit key stands for. */
export function uniformOf(key: number): number {
  return (key >>> 0) * INV_2_32;
}

/** A 32-bit unsigned draw for one purpose from a customer-month key. */
export function draw32(key: number, purpose: number): number {
  return fmix32(key ^ Math.imul(purpose, K_PURPOSE)) >>> 0;
}

/** What `draw` mixes into the key for a purpose (for loops that inline `draw`). */
export function purposeSalt(purpose: number): number {
  return Math.imul(purpose, K_PURPOSE);
}

/** A uniform in [0, 1) for one purpose from a customer-month key. */
export function draw(key: number, purpose: number): number {
  return (fmix32(key ^ purposeSalt(purpose)) >>> 0) * INV_2_32;
}

/** Convenience: the uniform for (seed, id, month, purpose). */
export function uniform(seed: number, id: number, month: number, purpose: number): number {
  return draw(customerMonthKey(seed, id, month), purpose);
}

/** What each draw is for; distinct numbers keep the streams independent. */
export const Purpose = {
  incident: 1,
  churn: 2,
  crm: 3,
  destination: 4,
  join: 5,
  renewal: 6,
  bundle: 7,
  winBack: 8,
  marginalOffer: 9,
  // birth draws use month = -1
  segment: 20,
  spend: 21,
  operator: 22,
  contract: 23,
  contractLeft: 24,
  bundled: 25,
  points: 26,
  satisfaction: 27,
} as const;

export const BIRTH_MONTH = -1;
