/**
 * A slice of the customer population and the per-customer loop (model.md §4 steps 3–4).
 *
 * Customers live in a struct of typed arrays. Global customer ids are cut into blocks of 1024;
 * block b belongs to slice b mod W, so W slices (workers) share the work evenly as the market
 * grows, and every customer sees the same random draws whatever W is. Each month a slice:
 * rebuilds the tables from last month's combined accumulator, runs the hot loop over its
 * customers (table look-ups and counter-based draws only: no allocation, no exp/log), adds this
 * month's arrivals, and returns its accumulator of integer sums.
 */
import { accLayout, type AccLayout, ACC_OP_STRIDE, AccOp, createSummary, SAT_LEVELS, summarize } from './accumulator.ts';
import { CONTRACT_STATES, POINT_BUCKET_EDGES, POINT_BUCKETS, POINTS_REDEEMED_PER_MONTH, SAT, SAT_BUCKETS, TIERS } from './constants.ts';
import { CHURN_CAUSES } from './frame.ts';
import { intBin, POS_BINS, signedIntBin, SIGNED_BINS, SUB_BITS } from './histogram.ts';
import type { Plan } from './plan.ts';
import { BIRTH_MONTH, customerMonthKey, draw, draw32, fmix32, idKey, INV_2_32, monthKey, Purpose, purposeSalt } from './rng.ts';
import { spendFromDraw, spendQuantiles } from './spendTable.ts';
import { buildTables, createTables, TARGETING } from './tables.ts';
import { segmentValue } from './validate.ts';

export const BLOCK_BITS = 10;
const BLOCK = 1 << BLOCK_BITS;
const GONE = 255;
const NO_OPERATOR = 255;
const BUNDLED = 1;
/** Born this month: the loop only books its accounts. */
const NEW = 2;
const INCIDENT_SALT = purposeSalt(Purpose.incident);
const [POINT_EDGE_LOW, POINT_EDGE_HIGH] = POINT_BUCKET_EDGES;
const RIVAL_CAMPAIGN = CHURN_CAUSES.indexOf('rivalCampaign');

export interface Slice {
  readonly layout: AccLayout;
  /** Create the starting population and return month 0's accumulator. */
  init(): Float64Array;
  /** Advance to month t (≥ 1) given the combined accumulator of month t-1. */
  step(t: number, prev: Float64Array): Float64Array;
  /** Customers stored in this slice (alive or gone). */
  readonly stored: number;
}

/** How many of the global ids 0..n-1 belong to slice w of W. */
export function idsInSliceBelow(n: number, w: number, W: number): number {
  const fullBlocks = n >> BLOCK_BITS;
  const mine = fullBlocks > w ? Math.floor((fullBlocks - w - 1) / W) + 1 : 0;
  const partial = fullBlocks % W === w ? n & (BLOCK - 1) : 0;
  return mine * BLOCK + partial;
}

export function createSlice(plan: Plan, w: number, W: number): Slice {
  const O = plan.operators;
  const S = plan.segments;
  const M = plan.months;
  const seed = plan.seed;
  const segs = plan.scenario.market.segments;
  const L = accLayout(O, S, M);
  const acc = new Float64Array(L.size);
  const prevSummary = createSummary(O, S);
  const tb = createTables(plan);

  const capacity = idsInSliceBelow(plan.capacity, w, W);
  const op = new Uint8Array(capacity);
  const seg = new Uint8Array(capacity);
  const tier = new Uint8Array(capacity);
  const spend = new Float32Array(capacity);
  const joined = new Uint16Array(capacity);
  const contractLeft = new Uint8Array(capacity);
  const sat = new Float32Array(capacity);
  const points = new Float32Array(capacity);
  const flags = new Uint8Array(capacity);
  const prevOp = new Uint8Array(capacity);
  /** Per-customer hash of (seed, id): the root of all the customer's monthly draws. */
  const idHash = new Int32Array(capacity);

  // Birth tables: spend quantiles per segment, cumulative segment shares, tier thresholds.
  const quantiles = segs.map((s) => spendQuantiles(s.spend.median, s.spend.sigma));
  const cumShare = (pick: (s: (typeof segs)[number]) => number) => {
    const total = segs.reduce((a, s) => a + pick(s), 0);
    let c = 0;
    return Float64Array.from(segs, (s) => (c += pick(s) / total));
  };
  const startSegCum = cumShare((s) => s.share);
  const arrivalSegCum = cumShare((s) => s.arrivalShare ?? s.share);
  const thresholds = new Float64Array(S * 3);
  segs.forEach((s, i) => thresholds.set(s.tierThresholds, i * 3));
  const startOpCum = new Float64Array(S * O);
  for (let s = 0; s < S; s++) {
    let total = 0;
    for (let o = 0; o < O; o++) total += plan.byMonth[0][o].active ? segmentValue(plan.scenario.operators[o].initialShare, segs[s].id, 0) : 0;
    let c = 0;
    for (let o = 0; o < O; o++) {
      c += plan.byMonth[0][o].active && total > 0 ? segmentValue(plan.scenario.operators[o].initialShare, segs[s].id, 0) / total : 0;
      startOpCum[s * O + o] = c;
    }
    startOpCum[s * O + O - 1] = 1;
  }

  // Hot-loop references to the tables (the arrays themselves are refilled, never replaced).
  const { hazard, cause, falseFlag, flagChance, satTarget, destCum, arrivalCum, priceMult, variableShare, fixedCost } = tb;
  const { incidentRate, fastResolution, pointsPerRmb, pointValue, contractUptake, contractLength, subsidy, renewalRate } = tb;
  const { bundleUptake, bundleAdopt, crmOn, crmSegment, recall, saveRate, offerCostMonths, targeting, scoreScale, tauBin, tauFrac } = tb;
  const { winBackWindow, winBackRate, winBackCost } = tb;

  // Accumulator offsets as plain numbers for the hot loop.
  const OP0 = L.op;
  const SEG_CHURNED0 = L.segChurned;
  const TIER_CHURNED0 = L.tierChurned;
  const CELLS0 = L.cells;
  const SWITCH0 = L.switching;
  const CAUSE0 = L.cause;
  const REV_HIST0 = L.revHist;
  const PROFIT_HIST0 = L.profitHist;
  const CRM0 = L.crmCost;
  const ALIVE0 = L.cohortAlive;
  const JOINED0 = L.cohortJoined;
  const CAUSES = CHURN_CAUSES.length;

  let stored = 0; // local customers created so far
  let nextId = 0; // global id of the next customer to be born

  function pickSegment(u: number, cum: Float64Array): number {
    let s = 0;
    while (s < S - 1 && u >= cum[s]) s++;
    return s;
  }
  function tierOf(s: number, x: number): number {
    const b = s * 3;
    return x < thresholds[b] ? 0 : x < thresholds[b + 1] ? 1 : x < thresholds[b + 2] ? 2 : 3;
  }
  function pick(cum: Float64Array, base: number, n: number, u: number): number {
    let j = 0;
    while (j < n - 1 && u >= cum[base + j]) j++;
    return j;
  }

  /** Book a signed contract (and its handset subsidy) for customer li with operator o. */
  function signContract(li: number, o: number): void {
    contractLeft[li] = contractLength[o];
    acc[OP0 + o * ACC_OP_STRIDE + AccOp.subsidy] += Math.round(subsidy[o] * 100);
  }

  /** Create customer li (global id g) in month t; `start` = part of the starting base. */
  function bear(li: number, g: number, t: number, start: boolean): void {
    idHash[li] = idKey(seed, g);
    const key = customerMonthKey(seed, g, BIRTH_MONTH);
    const s = pickSegment(draw(key, Purpose.segment), start ? startSegCum : arrivalSegCum);
    const x = spendFromDraw(quantiles[s], draw32(key, Purpose.spend));
    const k = tierOf(s, x);
    const uo = draw(key, Purpose.operator);
    const o = start ? pick(startOpCum, s * O, O, uo) : pick(arrivalCum, (s * TIERS + k) * O, O, uo);
    seg[li] = s;
    tier[li] = k;
    spend[li] = x;
    op[li] = o;
    joined[li] = t;
    prevOp[li] = NO_OPERATOR;
    flags[li] = NEW | (draw(key, Purpose.bundled) < bundleUptake[o * S + s] ? BUNDLED : 0);
    contractLeft[li] = 0;
    if (draw(key, Purpose.contract) < contractUptake[o * S + s]) {
      if (start) contractLeft[li] = 1 + Math.floor(draw(key, Purpose.contractLeft) * contractLength[o]);
      else signContract(li, o);
    }
    const target = satTarget[(s * TIERS + k) * O + o];
    sat[li] = start ? Math.min(1, Math.max(0, target + 0.3 * (draw(key, Purpose.satisfaction) - 0.5))) : target;
    // The starting base holds a points balance around the steady state of its earning rate.
    const billed = x * priceMult[(o * S + s) * 2 + (flags[li] & BUNDLED)];
    points[li] = start ? (draw(key, Purpose.points) * 2 * pointsPerRmb[o] * billed) / POINTS_REDEEMED_PER_MONTH : 0;
    acc[JOINED0 + o * (M + 1) + t] += 1;
    if (!start) {
      acc[OP0 + o * ACC_OP_STRIDE + AccOp.grossAdds] += 1;
      acc[L.arrivals] += 1;
    }
  }

  /** Move customer li from operator `from` to `to` in month t (a switch or a win-back). */
  function moveTo(li: number, key: number, from: number, to: number, t: number): void {
    const s = seg[li];
    op[li] = to;
    joined[li] = t;
    prevOp[li] = from;
    points[li] = 0;
    sat[li] = satTarget[(s * TIERS + tier[li]) * O + to];
    flags[li] = draw(key, Purpose.bundle) < bundleUptake[to * S + s] ? BUNDLED : 0;
    acc[OP0 + to * ACC_OP_STRIDE + AccOp.grossAdds] += 1;
    acc[JOINED0 + to * (M + 1) + t] += 1;
    contractLeft[li] = 0;
    if (draw(key, Purpose.join) < contractUptake[to * S + s]) signContract(li, to);
  }

  function countChurn(o: number, s: number, k: number, d: number, causeIndex: number): void {
    acc[OP0 + o * ACC_OP_STRIDE + AccOp.churned] += 1;
    acc[SEG_CHURNED0 + o * S + s] += 1;
    acc[TIER_CHURNED0 + o * TIERS + k] += 1;
    acc[SWITCH0 + o * (O + 1) + d] += 1;
    acc[CAUSE0 + o * CAUSES + causeIndex] += 1;
  }

  /** Hazard-table cell of customer li with operator o and contract state c (0 none, 1 in, 2 expiring). */
  function cellOf(li: number, o: number, c: number): number {
    const s = seg[li];
    const billed = spend[li] * priceMult[(o * S + s) * 2 + (flags[li] & BUNDLED)];
    const sv = sat[li];
    const b = sv >= 1 ? SAT_BUCKETS - 1 : (sv * SAT_BUCKETS) | 0;
    const pv = billed > 0 ? (points[li] * pointValue[o]) / billed : 0;
    const pb = pv < POINT_EDGE_LOW ? 0 : pv < POINT_EDGE_HIGH ? 1 : 2;
    return (((((s * TIERS + tier[li]) * O + o) * SAT_BUCKETS + b) * CONTRACT_STATES + c) * 2 + (flags[li] & BUNDLED)) * POINT_BUCKETS + pb;
  }

  /** CRM score bin: where this customer stands in the operator's value × risk (or other) ranking. */
  function scoreBin(o: number, billed: number, h: number): number {
    const mode = targeting[o];
    if (mode === TARGETING.random) return 0;
    const score = mode === TARGETING.valueRisk ? billed * h : mode === TARGETING.value ? billed : h;
    return intBin(Math.round(score * scoreScale[o]));
  }

  function addArrivals(t: number, count: number): void {
    const end = nextId + count;
    for (let g = nextId; g < end; g++) if ((g >> BLOCK_BITS) % W === w) bear(stored++, g, t, t === 0);
    nextId = end;
  }

  /**
   * The hot loop (model.md §4 step 4): for each customer, satisfaction, churn (hazard, CRM,
   * destination), then the month's accounts. Customers flagged NEW (born this month) skip
   * straight to the accounts. Only table look-ups, counter-based draws and integer sums here.
   */
  function monthLoop(t: number): void {
    const n = stored;
    const mk = monthKey(t);
    const width = M + 1;
    const adjust = SAT.adjust;
    const fastDrop = SAT.fastFailureDrop;
    const slowDrop = SAT.slowFailureDrop;
    const keep = 1 - POINTS_REDEEMED_PER_MONTH;
    const opStride = ACC_OP_STRIDE;
    for (let li = 0; li < n; li++) {
      let o = op[li];
      if (o === GONE) continue;
      const s = seg[li];
      const k = tier[li];
      let cell = -1; // hazard cell, when still valid at the accounts

      if (flags[li] & NEW) {
        flags[li] &= ~NEW;
      } else {
        // The key is uniform: it is the churn draw; other purposes are hashed from it.
        const key = fmix32(idHash[li] ^ mk);

        // Contract clock: in contract, or expiring this month.
        let c = 0;
        const cl = contractLeft[li];
        if (cl > 0) {
          contractLeft[li] = cl - 1;
          c = cl === 1 ? 2 : 1;
        }

        // Satisfaction drifts toward perceived value; service failures knock it down.
        let sv = sat[li];
        sv += adjust * (satTarget[(s * TIERS + k) * O + o] - sv);
        const pInc = incidentRate[o];
        if (pInc > 0) {
          const ui = (fmix32(key ^ INCIDENT_SALT) >>> 0) * INV_2_32;
          if (ui < pInc) sv -= ui < pInc * fastResolution[o] ? fastDrop : slowDrop;
        }
        sv = sv < 0 ? 0 : sv > 1 ? 1 : sv;
        sat[li] = sv;

        const bundled = flags[li] & BUNDLED;
        const billed = spend[li] * priceMult[(o * S + s) * 2 + bundled];
        const b = sv >= 1 ? SAT_BUCKETS - 1 : (sv * SAT_BUCKETS) | 0;
        // Points balance in months of bill, bucketed without a division.
        const pointsValue = points[li] * pointValue[o];
        const pb = pointsValue < POINT_EDGE_LOW * billed ? 0 : pointsValue < POINT_EDGE_HIGH * billed ? 1 : 2;
        cell = (((((s * TIERS + k) * O + o) * SAT_BUCKETS + b) * CONTRACT_STATES + c) * 2 + bundled) * POINT_BUCKETS + pb;
        const h = hazard[cell];
        let churn = (key >>> 0) * INV_2_32 < h;

        // CRM early warning: flagged customers get offers in score order while the budget lasts.
        if (crmOn[o] && crmSegment[o * S + s]) {
          const v = draw(key, Purpose.crm);
          const r = recall[o];
          if (churn ? v < r : v < falseFlag[cell]) {
            const bin = scoreBin(o, billed, h);
            const tau = tauBin[o];
            if (bin > tau || (bin === tau && draw(key, Purpose.marginalOffer) < tauFrac[o])) {
              const ob = OP0 + o * opStride;
              acc[ob + AccOp.retention] += Math.round(offerCostMonths[o] * billed * 100);
              acc[ob + AccOp.offers] += 1;
              // Given v < r, v / r is uniform: it decides whether the offer saves the customer.
              if (churn && v / r < saveRate[o]) {
                churn = false;
                acc[ob + AccOp.saves] += 1;
                sat[li] = Math.min(1, sv + SAT.savedBoost);
                cell = -1;
              }
            }
          }
        }

        if (churn) {
          const d = pick(destCum, ((s * TIERS + k) * O + o) * (O + 1), O + 1, draw(key, Purpose.destination));
          countChurn(o, s, k, d, cause[cell]);
          if (d === O) {
            op[li] = GONE;
            acc[L.exits] += 1;
            continue;
          }
          moveTo(li, key, o, d, t);
          o = d;
          cell = -1;
        } else {
          const p = prevOp[li];
          if (p !== NO_OPERATOR && winBackWindow[p] > 0 && t - joined[li] <= winBackWindow[p]) {
            // The former operator approaches its recent leavers.
            acc[OP0 + p * opStride + AccOp.winBackCost] += Math.round(winBackCost[p] * 100);
            if (draw(key, Purpose.winBack) < winBackRate[p]) {
              countChurn(o, s, k, p, RIVAL_CAMPAIGN);
              acc[OP0 + p * opStride + AccOp.winBacks] += 1;
              moveTo(li, key, o, p, t);
              o = p;
              cell = -1;
            }
          }
          if (o === op[li] && cell >= 0) {
            if (c === 2 && contractLength[o] > 0 && draw(key, Purpose.renewal) < renewalRate[o]) {
              signContract(li, o);
              cell = -1;
            }
            const adopt = bundleAdopt[o * S + s];
            if (adopt > 0 && !bundled && draw(key, Purpose.bundle) < adopt) {
              flags[li] |= BUNDLED;
              cell = -1;
            }
          }
        }
      }

      // The month's accounts of a customer still in the market: one accounting cell (operator,
      // segment, tier, bundle, satisfaction level) counts it and its bill; costs and loyalty are
      // derived from those sums (metrics.ts). Money in whole fen, round half up (all values are
      // positive), so sums are exact integers in any order.
      const bundledNow = flags[li] & BUNDLED;
      const billed = spend[li] * priceMult[(o * S + s) * 2 + bundledNow];
      const revFen = (billed * 100 + 0.5) | 0;
      const earned = pointsPerRmb[o] * billed;
      points[li] = points[li] * keep + earned;
      const sv = sat[li];
      const level = sv >= 1 ? SAT_LEVELS - 1 : (sv * SAT_LEVELS) | 0;
      const cb = CELLS0 + ((((o * S + s) * TIERS + k) * 2 + bundledNow) * SAT_LEVELS + level) * 2;
      acc[cb] += 1;
      acc[cb + 1] += revFen;
      acc[ALIVE0 + o * width + joined[li]] += 1;
      // The customer's own monthly margin, for the profit concentration.
      const costFen = ((variableShare[o] * billed + fixedCost[o * TIERS + k]) * 100 + 0.5) | 0;
      const marginFen = revFen - costFen - ((earned * pointValue[o] * 100 + 0.5) | 0);
      // Concentration histograms (see histogram.ts intBin: octave from the leading bit, 5 more bits).
      const lz = Math.clz32(revFen);
      const rb = REV_HIST0 + (o * POS_BINS + (revFen < 1 ? 0 : ((31 - lz) << SUB_BITS) | (((revFen << lz) << 1) >>> (32 - SUB_BITS)))) * 2;
      acc[rb] += 1;
      acc[rb + 1] += revFen;
      const pb = PROFIT_HIST0 + (o * SIGNED_BINS + signedIntBin(marginFen)) * 2;
      acc[pb] += 1;
      acc[pb + 1] += marginFen;
      if (crmOn[o] && crmSegment[o * S + s]) {
        // What offering to this customer next month would be expected to cost, by score.
        if (cell < 0) cell = cellOf(li, o, contractLeft[li] > 0 ? 1 : 0);
        acc[CRM0 + o * POS_BINS + scoreBin(o, billed, hazard[cell])] += Math.round(flagChance[cell] * offerCostMonths[o] * billed * 100);
      }
    }
  }

  function init(): Float64Array {
    acc.fill(0);
    buildTables(tb, plan, 0, null, null, L, 0);
    addArrivals(0, plan.customers);
    monthLoop(0);
    return acc;
  }

  function step(t: number, prev: Float64Array): Float64Array {
    acc.fill(0);
    buildTables(tb, plan, t, prev, summarize(prev, L, prevSummary), L, nextId);
    addArrivals(t, tb.arrivals);
    monthLoop(t);
    return acc;
  }

  return {
    layout: L,
    init,
    step,
    get stored() {
      return stored;
    },
  };
}

