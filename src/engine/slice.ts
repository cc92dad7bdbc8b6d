/**
 * A slice of the customer population and the per-customer loop (model.md §4 steps 3–4).
 *
 * Customers live in a struct of typed arrays, their small fields packed into one 32-bit word so
 * that the hot loop reads few memory streams. Global customer ids are cut into blocks of 1024;
 * block b belongs to slice b mod W, so W slices (workers) share the work evenly as the market
 * grows, and every customer sees the same random draws whatever W is. Each month a slice
 * rebuilds the tables from last month's combined accumulator, adds this month's arrivals, runs
 * the hot loop over its customers (table look-ups and counter-based draws only: no allocation,
 * no exp/log; the few customers with more to do this month are finished in a second pass) and
 * returns its accumulator of integer sums.
 *
 * Who is where (cells, spend histograms, cohorts) is kept as standing totals, updated only when
 * a customer joins, leaves or changes bundle (`standing`); the loop itself only counts the
 * month's events and satisfaction.
 *
 * The code is module-level functions over one state object per slice (`createState`), not
 * closures made per slice, so that V8 optimises the hot loop once for every run and slice.
 */
import { accLayout, type AccLayout, ACC_OP_STRIDE, AccOp, createSummary, SAT_LEVELS, summarize } from './accumulator.ts';
import { CONTRACT_STATES, HAZARD, POINT_BUCKET_EDGES, POINT_BUCKETS, POINTS_REDEEMED_PER_MONTH, SAT, SAT_BUCKETS, TIERS } from './constants.ts';
import { CHURN_CAUSES } from './frame.ts';
import { intBin, POS_BINS } from './histogram.ts';
import { type Plan, TENURE_WIDTH, tenureIndex } from './plan.ts';
import { MAX_OPERATORS, MAX_SEGMENTS } from './schema.ts';
import { BIRTH_MONTH, customerMonthKey, draw, draw32, fmix32, idKey, INV_2_32, monthKey, Purpose, purposeSalt } from './rng.ts';
import { spendFromDraw, spendQuantiles } from './spendTable.ts';
import { observeMonth } from './reactor.ts';
import { buildTables, churnCause, createTables, type CrmParams, hazardOf } from './tables.ts';
import { segmentValue } from './validate.ts';

export const BLOCK_BITS = 10;
const BLOCK = 1 << BLOCK_BITS;

/*
 * The packed word `info[li]`:
 *   bits 0–7 operator (Packed.Gone = left the market), 8–15 segment, 16–17 tier,
 *   18 bundled, 19 new this month, 20 has a former operator (win-back), 24–31 contract months left.
 *
 * This file's numbers are const enums, used under that one name throughout: the compiler writes
 * their members into the code as literals. V8 reads a module-level `const` or an imported binding
 * from memory, with a check, at every use inside an optimised loop; literals cost nothing.
 */
const enum Packed {
  OpMask = 0xff,
  Gone = 0xff,
  SegShift = 8,
  TierShift = 16,
  BundledBit = 18,
  NewFlag = 1 << 19,
  FormerBit = 20,
  FormerFlag = 1 << 20,
  ContractShift = 24,
  KeepBelowContract = (1 << ContractShift) - 1,
}
const NO_OPERATOR = 0xff;

/**
 * The month's tables as monthLoop reads them: every value one customer needs, in one record
 * per (segment, tier, operator) cell of a single Float64Array (`hot`), then the hazard factor per
 * satisfaction bucket, then the loop's satisfaction-level counts. One array, not twenty, because
 * the loop would reload each array's base pointer and length (more than there are registers).
 * fillHot copies the values from the month's tables (tables.ts) once they are built.
 */
const enum Hot {
  /** Satisfaction target. */
  satTarget = 0,
  /** Monthly chance of a service failure… */
  incident = 1,
  /** …and of one that is resolved fast (incident rate × fast-resolution share). */
  incidentFast = 2,
  /** Bill multiplier, not bundled then bundled. */
  price = 3,
  /** RMB per loyalty point. */
  pointValue = 5,
  /** Base hazard per points bucket (Loop.PointBuckets = 3 entries). */
  hazard = 6,
  /** Contract × bundle hazard factor per contract state × 2 + bundled (Loop.ContractStates × 2 = 6 entries). */
  contract = 9,
  /** Monthly bundle adoption chance of an unbundled customer. */
  adopt = 15,
  /** Points earned per RMB billed. */
  pointsRate = 16,
  /** CRM flag chance of a churner (recall) and of a non-churner (false alarm); 0 where no programme covers the cell. */
  flagChurner = 17,
  flagOther = 18,
  /** 1 where next month's CRM programme covers the cell (its ranking is sampled this month), else 0. */
  planSample = 19,
  /** Doubles per cell record. */
  record = 20,
}

/**
 * The file's other numbers. Those that mirror a constant of constants.ts, accumulator.ts or rng.ts
 * are written only as Loop.* here, and checked against the original just below.
 */
const enum Loop {
  Tiers = 4,
  SatBuckets = 8,
  SatLevels = 40,
  PointBuckets = 3,
  ContractStates = 3,
  PointEdgeLow = 0.15,
  PointEdgeHigh = 0.35,
  /** 1 / 2^32: a 32-bit hash as a uniform in [0, 1). */
  U32 = 1 / 4294967296,
  /** One customer in CrmSample (by the id hash) estimates next month's CRM ranking; a power of two. */
  CrmSample = 4,
  /** Customers monthLoop queues for finishQueued before the queue is worked off (fixed buffers: no allocation). */
  Queue = 1024,
  /** Queue code of a customer born this month (other codes are the contract state, 0–2). */
  QueuedNew = 3,
}
if (
  (Loop.Tiers as number) !== TIERS ||
  (Loop.SatBuckets as number) !== SAT_BUCKETS ||
  (Loop.SatLevels as number) !== SAT_LEVELS ||
  (Loop.PointBuckets as number) !== POINT_BUCKETS ||
  (Loop.ContractStates as number) !== CONTRACT_STATES ||
  (Loop.PointEdgeLow as number) !== POINT_BUCKET_EDGES[0] ||
  (Loop.PointEdgeHigh as number) !== POINT_BUCKET_EDGES[1] ||
  (Loop.U32 as number) !== INV_2_32 ||
  MAX_SEGMENTS * TIERS * MAX_OPERATORS > 0xffff
)
  throw new Error('slice.ts: the Loop constants differ from constants.ts, accumulator.ts or rng.ts, or the cell mask is too small');

/** Rows of customers who left the market are dropped once they are this share of the slice. */
const COMPACT_AT = 0.05;
/** Bills are capped at 10 million RMB a month: spend in fen then always fits an int32. */
const MAX_SPEND = 10_000_000;
const INCIDENT_SALT = purposeSalt(Purpose.incident);
const CRM_SALT = purposeSalt(Purpose.crm);
const BUNDLE_SALT = purposeSalt(Purpose.bundle);
const RIVAL_CAMPAIGN = CHURN_CAUSES.indexOf('rivalCampaign');

export interface Slice {
  readonly layout: AccLayout;
  /** Create the starting population and return month 0's accumulator. */
  init(): Float64Array;
  /** Advance to month t (≥ 1) given the combined accumulator of month t-1. */
  step(t: number, prev: Float64Array): Float64Array;
  /** Customer rows in this slice (alive, or gone since the last compaction). */
  readonly stored: number;
}

/** How many of the global ids 0..n-1 belong to slice w of W. */
export function idsInSliceBelow(n: number, w: number, W: number): number {
  const fullBlocks = n >> BLOCK_BITS;
  const mine = fullBlocks > w ? Math.floor((fullBlocks - w - 1) / W) + 1 : 0;
  const partial = fullBlocks % W === w ? n & (BLOCK - 1) : 0;
  return mine * BLOCK + partial;
}

/** Everything one slice holds: its customers, tables, accumulator and counters. */
function createState(plan: Plan, w: number, W: number) {
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
  /** Packed operator, segment, tier, flags and contract months (see the layout above). */
  const info = new Uint32Array(capacity);
  /** Monthly spend at list price, in whole fen. */
  const spendFen = new Int32Array(capacity);
  const sat = new Float32Array(capacity);
  const points = new Float32Array(capacity);
  /** Month joined the current operator (bits 0–15) and former operator (bits 16–23). */
  const history = new Uint32Array(capacity);
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
    const shareOf = (o: number) => (plan.byMonth[0][o].active ? segmentValue(plan.scenario.operators[o].initialShare, segs[s].id, 0) : 0);
    let total = 0;
    for (let o = 0; o < O; o++) total += shareOf(o);
    let c = 0;
    for (let o = 0; o < O; o++) {
      c += total > 0 ? shareOf(o) / total : 0;
      startOpCum[s * O + o] = c;
    }
    startOpCum[s * O + O - 1] = 1;
  }

  // The tables' arrays, refilled every month but never replaced, so they can be kept here.
  const { satTarget, destCum, arrivalCum, priceMult } = tb;
  const { pointsPerRmb, pointValue, contractUptake, contractLength, subsidy, renewalRate } = tb;
  const { bundleUptake, bundleAdopt, tauBin, tauFrac } = tb;
  const { on: crmOn, segment: crmSegment, falseFlag: crmFalseFlag, recall, saveRate, offerCostMonths, offerCost } = tb.crm;
  const {
    on: planOn,
    segment: planSegment,
    falseFlag: planFalseFlag,
    recall: planRecall,
    offerCostMonths: planOfferCostMonths,
    offerCost: planOfferCost,
  } = tb.crmNext;
  const { winBackWindow, winBackRate, winBackCost } = tb;

  // Accumulator offsets, as fields of the state for the per-customer functions.
  const OP0 = L.op;
  const CELLS0 = L.cells;
  const SPEND0 = L.spendHist;
  const ALIVE0 = L.cohortAlive;
  const TENURE0 = L.tenureCells;
  const JOINED0 = L.cohortJoined;
  const SAT0 = L.satisfaction;
  const CRM0 = L.crmCost;
  const CAUSES = CHURN_CAUSES.length;
  const WIDTH = M + 1;

  // The month's tables as the hot loop reads them, and the queue of customers it leaves to finishQueued.
  const hotSatAt = S * Loop.Tiers * O * Hot.record;
  /** monthLoop counts its customers' satisfaction levels here, per (o*S + s)*SatLevels + level, then adds them to acc. */
  const hotLevelsAt = hotSatAt + Loop.SatBuckets;
  /** Tenure factors by (segment, join month): (s*WIDTH + j)*2 → hazard factor, then spend multiplier (fillHot). */
  const hotTenureAt = hotLevelsAt + O * S * Loop.SatLevels;
  const hot = new Float64Array(hotTenureAt + S * WIDTH * 2);
  const queueLi = new Int32Array(Loop.Queue);
  const queueCode = new Uint8Array(Loop.Queue);
  /** Satisfaction (before rounding to the stored float), bill and hazard as monthLoop computed them. */
  const queueSat = new Float64Array(Loop.Queue);
  const queueBilled = new Float64Array(Loop.Queue);
  const queueHazard = new Float64Array(Loop.Queue);
  /** Customers monthLoop finished but sampled for next month's CRM ranking: operator, bill, hazard. */
  const samples = new Float64Array(Loop.Queue * 3);

  return {
    O,
    S,
    seed,
    L,
    acc,
    prevSummary,
    tb,
    info,
    spendFen,
    sat,
    points,
    history,
    idHash,
    quantiles,
    startSegCum,
    arrivalSegCum,
    thresholds,
    startOpCum,
    OP0,
    CELLS0,
    SPEND0,
    ALIVE0,
    TENURE0,
    JOINED0,
    SAT0,
    CRM0,
    CAUSES,
    WIDTH,
    hot,
    hotSatAt,
    hotLevelsAt,
    hotTenureAt,
    queueLi,
    queueCode,
    queueSat,
    queueBilled,
    queueHazard,
    samples,
    satTarget,
    destCum,
    arrivalCum,
    priceMult,
    pointsPerRmb,
    pointValue,
    contractUptake,
    contractLength,
    subsidy,
    renewalRate,
    bundleUptake,
    bundleAdopt,
    tauBin,
    tauFrac,
    crmOn,
    crmSegment,
    crmFalseFlag,
    recall,
    saveRate,
    offerCostMonths,
    offerCost,
    planOn,
    planSegment,
    planFalseFlag,
    planRecall,
    planOfferCostMonths,
    planOfferCost,
    winBackWindow,
    winBackRate,
    winBackCost,
    plan,
    w,
    W,
    stored: 0, // customer rows in use
    gone: 0, // rows of customers who left the market since the last compaction
    nextId: 0, // global id of the next customer to be born
  };
}
type SliceState = ReturnType<typeof createState>;

function tierOf(st: SliceState, s: number, x: number): number {
  const { thresholds } = st;
  const b = s * 3;
  return x < thresholds[b] ? 0 : x < thresholds[b + 1] ? 1 : x < thresholds[b + 2] ? 2 : 3;
}

function pick(cum: Float64Array, base: number, n: number, u: number): number {
  let j = 0;
  while (j < n - 1 && u >= cum[base + j]) j++;
  return j;
}

/** Add (sign 1) or remove (sign -1) customer li from the standing totals of its operator. */
function standing(st: SliceState, li: number, sign: number): void {
  const { ALIVE0, CELLS0, S, SPEND0, TENURE0, WIDTH, acc, history, info, spendFen } = st;
  const x = info[li];
  const o = x & Packed.OpMask;
  const s = (x >>> Packed.SegShift) & 0xff;
  const k = (x >>> Packed.TierShift) & 3;
  const b = (x >>> Packed.BundledBit) & 1;
  const fen = spendFen[li];
  const cell = CELLS0 + (((o * S + s) * Loop.Tiers + k) * 2 + b) * 2;
  acc[cell] += sign;
  acc[cell + 1] += sign * fen;
  const bin = SPEND0 + (((o * S + s) * 2 + b) * POS_BINS + intBin(fen)) * 2;
  acc[bin] += sign;
  acc[bin + 1] += sign * fen;
  const joined = history[li] & 0xffff;
  acc[ALIVE0 + o * WIDTH + joined] += sign;
  const tc = TENURE0 + (((o * S + s) * 2 + b) * WIDTH + joined) * 2;
  acc[tc] += sign;
  acc[tc + 1] += sign * fen;
}

/** Book a signed contract (and its handset subsidy) for customer li with operator o. */
function signContract(st: SliceState, li: number, o: number): void {
  const { OP0, acc, contractLength, info, subsidy } = st;
  info[li] = (info[li] & Packed.KeepBelowContract) | (contractLength[o] << Packed.ContractShift);
  acc[OP0 + o * ACC_OP_STRIDE + AccOp.subsidy] += Math.round(subsidy[o] * 100);
}

/**
 * Create customer li (global id g), arriving in month t ≥ 1 (month 0's base is bearStartingBase's).
 * A referral (`cell` = o*S + s of the referrer, else -1) joins the referrer's operator and segment.
 */
function bear(st: SliceState, li: number, g: number, t: number, cell: number): void {
  const {
    JOINED0,
    L,
    O,
    OP0,
    S,
    WIDTH,
    acc,
    arrivalCum,
    arrivalSegCum,
    bundleUptake,
    contractUptake,
    history,
    idHash,
    info,
    points,
    quantiles,
    sat,
    satTarget,
    seed,
    spendFen,
  } = st;
  idHash[li] = idKey(seed, g);
  const key = customerMonthKey(seed, g, BIRTH_MONTH);
  const s = cell < 0 ? pick(arrivalSegCum, 0, S, draw(key, Purpose.segment)) : cell % S;
  const x = Math.min(MAX_SPEND, spendFromDraw(quantiles[s], draw32(key, Purpose.spend)));
  const k = tierOf(st, s, x);
  const o = cell < 0 ? pick(arrivalCum, (s * Loop.Tiers + k) * O, O, draw(key, Purpose.operator)) : (cell / S) | 0;
  const bundled = draw(key, Purpose.bundled) < bundleUptake[o * S + s] ? 1 : 0;
  info[li] = o | (s << Packed.SegShift) | (k << Packed.TierShift) | (bundled << Packed.BundledBit) | Packed.NewFlag;
  spendFen[li] = Math.round(x * 100);
  history[li] = t | (NO_OPERATOR << 16);
  if (draw(key, Purpose.contract) < contractUptake[o * S + s]) signContract(st, li, o);
  sat[li] = satTarget[(s * Loop.Tiers + k) * O + o];
  points[li] = 0;
  standing(st, li, 1);
  acc[JOINED0 + o * WIDTH + t] += 1;
  acc[OP0 + o * ACC_OP_STRIDE + AccOp.grossAdds] += 1;
  acc[L.arrivals] += 1;
}

/** Move customer li from operator `from` to `to` in month t (a switch or a win-back). */
function moveTo(st: SliceState, li: number, key: number, from: number, to: number, t: number): void {
  const { JOINED0, O, OP0, S, WIDTH, acc, bundleUptake, contractUptake, history, info, points, sat, satTarget } = st;
  standing(st, li, -1);
  const x = info[li];
  const s = (x >>> Packed.SegShift) & 0xff;
  const k = (x >>> Packed.TierShift) & 3;
  const bundled = draw(key, Purpose.bundle) < bundleUptake[to * S + s] ? 1 : 0;
  info[li] = to | (s << Packed.SegShift) | (k << Packed.TierShift) | (bundled << Packed.BundledBit) | Packed.FormerFlag;
  history[li] = t | (from << 16);
  points[li] = 0;
  sat[li] = satTarget[(s * Loop.Tiers + k) * O + to];
  standing(st, li, 1);
  acc[OP0 + to * ACC_OP_STRIDE + AccOp.grossAdds] += 1;
  acc[JOINED0 + to * WIDTH + t] += 1;
  if (draw(key, Purpose.join) < contractUptake[to * S + s]) signContract(st, li, to);
}

function countChurn(st: SliceState, o: number, s: number, k: number, d: number, causeIndex: number): void {
  const { CAUSES, L, O, OP0, S, acc } = st;
  acc[OP0 + o * ACC_OP_STRIDE + AccOp.churned] += 1;
  acc[L.segChurned + o * S + s] += 1;
  acc[L.tierChurned + o * Loop.Tiers + k] += 1;
  acc[L.switching + o * (O + 1) + d] += 1;
  acc[L.segCause + (o * S + s) * CAUSES + causeIndex] += 1;
}

/** The hazard of customer li in its current state (for the rare paths: new and moved customers). */
function hazardNow(st: SliceState, li: number): number {
  const { O, S, WIDTH, history, hot, hotTenureAt, info, pointValue, points, priceMult, sat, spendFen, tb } = st;
  const x = info[li];
  const o = x & Packed.OpMask;
  const s = (x >>> Packed.SegShift) & 0xff;
  const bundled = (x >>> Packed.BundledBit) & 1;
  const sv = sat[li];
  const b = sv >= 1 ? Loop.SatBuckets - 1 : (sv * Loop.SatBuckets) | 0;
  const tj = hotTenureAt + (s * WIDTH + (history[li] & 0xffff)) * 2;
  const billed = spendFen[li] * 0.01 * priceMult[(o * S + s) * 2 + bundled] * hot[tj + 1];
  const pointsValue = points[li] * pointValue[o];
  const pb = pointsValue < Loop.PointEdgeLow * billed ? 0 : pointsValue < Loop.PointEdgeHigh * billed ? 1 : 2;
  const h = hazardOf(tb, O, s, (x >>> Packed.TierShift) & 3, o, b, x >>> Packed.ContractShift > 0 ? 1 : 0, bundled, pb) * hot[tj];
  return h < HAZARD.max ? h : HAZARD.max;
}

/**
 * CRM score bin: where this customer stands in the operator's ranking. The score is
 * value^useValue × risk^useRisk × scale (value × risk by default; random targeting has scale 0,
 * so every customer shares bin 0).
 */
function scoreBin(c: CrmParams, o: number, billed: number, h: number): number {
  return intBin(Math.round((1 + c.useValue[o] * (billed - 1)) * (1 + c.useRisk[o] * (h - 1)) * c.scoreScale[o]));
}

function addArrivals(st: SliceState, t: number, count: number): void {
  const { O, S, W, tb, w } = st;
  const end = st.nextId + count;
  for (let g = st.nextId; g < end; g++) if ((g >> BLOCK_BITS) % W === w) bear(st, st.stored++, g, t, -1);
  st.nextId = end;
  // Referrals take the next ids, in (operator, segment) order: every slice agrees on whose they are.
  let g = st.nextId;
  for (let cell = 0; cell < O * S; cell++) {
    const last = g + tb.referrals[cell];
    for (; g < last; g++) if ((g >> BLOCK_BITS) % W === w) bear(st, st.stored++, g, t, cell);
  }
  st.nextId = g;
}

/** The birth draws of a starting customer, in the order of BIRTH_SALTS. */
const enum Birth {
  Segment,
  Spend,
  Operator,
  Bundled,
  Contract,
  ContractLeft,
  Satisfaction,
  Points,
  Draws,
}

/**
 * What `draw` mixes into the birth key for each of Birth's draws. bearStartingBase hashes them in
 * one small loop: V8 does not inline eight calls of `draw` into that big loop, and each call it
 * leaves out returns a boxed double (a heap allocation per draw, per customer).
 */
const BIRTH_SALTS = Int32Array.from(
  [Purpose.segment, Purpose.spend, Purpose.operator, Purpose.bundled, Purpose.contract, Purpose.contractLeft, Purpose.satisfaction, Purpose.points],
  purposeSalt,
);
const birthHashes = new Int32Array(Birth.Draws);

/**
 * Month 0: the starting base (every id of this slice below `count`) and each customer's month-end
 * counts (countMonthEnd, as finishQueued counts a customer born later), so month 0 needs no pass
 * of the monthly loop. One loop with the state's fields in locals, because month 0 runs cold:
 * V8 compiles a loop on the stack (OSR) after a few thousand customers, where a call per customer
 * would wait longer for optimised code and box every double until then.
 */
function bearStartingBase(st: SliceState, count: number): void {
  const {
    JOINED0,
    O,
    S,
    W,
    WIDTH,
    acc,
    bundleUptake,
    contractLength,
    contractUptake,
    history,
    idHash,
    info,
    planOn,
    points,
    pointsPerRmb,
    priceMult,
    quantiles,
    sat,
    satTarget,
    seed,
    spendFen,
    startOpCum,
    startSegCum,
    thresholds,
    w,
  } = st;
  const birthMonth = monthKey(BIRTH_MONTH);
  const h = birthHashes;
  const matureSpend = Float64Array.from({ length: S }, (_, s) => st.plan.tenure.spend[s * TENURE_WIDTH + TENURE_WIDTH - 1]);
  let anyPlan = 0;
  for (let o = 0; o < O; o++) anyPlan |= planOn[o];
  let li = st.stored;
  for (let g = st.nextId; g < count; g++) {
    if ((g >> BLOCK_BITS) % W !== w) continue;
    const id = idKey(seed, g);
    idHash[li] = id;
    const key = fmix32(id ^ birthMonth);
    // The draws as `draw`/`draw32` make them, from one call site of the mixer (see BIRTH_SALTS).
    for (let p = 0; p < Birth.Draws; p++) h[p] = fmix32(key ^ BIRTH_SALTS[p]);
    const s = pick(startSegCum, 0, S, (h[Birth.Segment] >>> 0) * Loop.U32);
    const x = Math.min(MAX_SPEND, spendFromDraw(quantiles[s], h[Birth.Spend] >>> 0));
    const b = s * 3;
    const k = x < thresholds[b] ? 0 : x < thresholds[b + 1] ? 1 : x < thresholds[b + 2] ? 2 : 3;
    const o = pick(startOpCum, s * O, O, (h[Birth.Operator] >>> 0) * Loop.U32);
    const os = o * S + s;
    const bundled = (h[Birth.Bundled] >>> 0) * Loop.U32 < bundleUptake[os] ? 1 : 0;
    const months = (h[Birth.Contract] >>> 0) * Loop.U32 < contractUptake[os] ? 1 + Math.floor((h[Birth.ContractLeft] >>> 0) * Loop.U32 * contractLength[o]) : 0;
    info[li] = o | (s << Packed.SegShift) | (k << Packed.TierShift) | (bundled << Packed.BundledBit) | (months << Packed.ContractShift);
    spendFen[li] = Math.round(x * 100);
    history[li] = NO_OPERATOR << 16;
    const target = satTarget[(s * Loop.Tiers + k) * O + o];
    sat[li] = Math.min(1, Math.max(0, target + 0.3 * ((h[Birth.Satisfaction] >>> 0) * Loop.U32 - 0.5)));
    // The starting base is mature: its bill includes the segment's spend growth.
    const billed = x * priceMult[os * 2 + bundled] * matureSpend[s];
    points[li] = ((h[Birth.Points] >>> 0) * Loop.U32 * 2 * pointsPerRmb[o] * billed) / POINTS_REDEEMED_PER_MONTH;
    standing(st, li, 1);
    acc[JOINED0 + o * WIDTH] += 1;
    countMonthEnd(st, li, o, s, -1, -1, anyPlan);
    li++;
  }
  st.stored = li;
  st.nextId = count;
}

/** Copy this month's tables into the hot table (after buildTables). */
function fillHot(st: SliceState): void {
  const { O, S, WIDTH, hot, hotSatAt, hotTenureAt, plan, tb } = st;
  const { crm, crmNext } = tb;
  for (let s = 0; s < S; s++)
    for (let k = 0; k < Loop.Tiers; k++)
      for (let o = 0; o < O; o++) {
        const sko = (s * Loop.Tiers + k) * O + o;
        const os = o * S + s;
        const r = sko * Hot.record;
        hot[r + Hot.satTarget] = tb.satTarget[sko];
        hot[r + Hot.incident] = tb.incidentRate[o];
        hot[r + Hot.incidentFast] = tb.incidentRate[o] * tb.fastResolution[o];
        hot[r + Hot.price] = tb.priceMult[os * 2];
        hot[r + Hot.price + 1] = tb.priceMult[os * 2 + 1];
        hot[r + Hot.pointValue] = tb.pointValue[o];
        for (let p = 0; p < Loop.PointBuckets; p++) hot[r + Hot.hazard + p] = tb.hazardBase[sko * Loop.PointBuckets + p];
        for (let c = 0; c < Loop.ContractStates * 2; c++) hot[r + Hot.contract + c] = tb.hazardContract[o * Loop.ContractStates * 2 + c];
        hot[r + Hot.adopt] = tb.bundleAdopt[os];
        hot[r + Hot.pointsRate] = tb.pointsPerRmb[o];
        const covered = crm.on[o] & crm.segment[os];
        hot[r + Hot.flagChurner] = covered ? crm.recall[o] : 0;
        hot[r + Hot.flagOther] = covered ? crm.falseFlag[o] : 0;
        hot[r + Hot.planSample] = crmNext.on[o] & crmNext.segment[os];
      }
  hot.set(tb.hazardSat, hotSatAt);
  // Tenure factors by join month j (tenure t − j; the starting base, j = 0, is mature).
  const { hazard, spend } = plan.tenure;
  for (let s = 0; s < S; s++)
    for (let j = 0; j <= tb.month; j++) {
      const i = s * TENURE_WIDTH + tenureIndex(tb.month, j);
      hot[hotTenureAt + (s * WIDTH + j) * 2] = hazard[i];
      hot[hotTenureAt + (s * WIDTH + j) * 2 + 1] = spend[i];
    }
}

/**
 * The hot loop (model.md §4 step 4), first pass: for each customer, satisfaction, the churn
 * draw and the draws that decide whether anything more happens this month. Most customers
 * stay put and are finished here (month-end counts and points; those sampled for next month's
 * CRM ranking are noted for `finishSamples`). The few for whom more happens (new this month,
 * churning, flagged by CRM, approached for win-back, at contract expiry, taking up the bundle)
 * are queued for `finishQueued`, which holds the rare paths. Draws depend on the customer's key
 * only and sums are of integers, so which pass finishes a customer changes no result. The split
 * keeps this loop small and free of calls, and V8 does not discard it when a rare path first runs.
 */
function monthLoop(st: SliceState, t: number): void {
  const { O, S, SAT0, acc, hot, hotLevelsAt } = st;
  const n = st.stored;
  const mk = monthKey(t);
  let li = 0;
  while (li < n) li = hotBatch(st, t, mk, li, n);
  // The satisfaction levels counted above (integer counts: the sums are exact in any order).
  const levels = O * S * Loop.SatLevels;
  for (let i = 0; i < levels; i++) {
    acc[SAT0 + i] += hot[hotLevelsAt + i];
    hot[hotLevelsAt + i] = 0;
  }
}

/**
 * One batch of the first pass: customers from row `from` until the queue (or the sample list)
 * is full, then finishQueued for them; returns the next row. (A function of its own, not an inner
 * loop of monthLoop: V8's mid tier deoptimises an inner loop's on-stack code each time the loop
 * exits, which in the cold first months would be once per batch.)
 */
function hotBatch(st: SliceState, t: number, mk: number, from: number, n: number): number {
  const {
    O,
    S,
    WIDTH,
    history,
    hot,
    hotLevelsAt,
    hotSatAt,
    hotTenureAt,
    idHash,
    info,
    points,
    queueBilled,
    queueCode,
    queueHazard,
    queueLi,
    queueSat,
    samples,
    sat,
    spendFen,
  } = st;
  // Locals for the loop: a module binding or a property is read from memory at every use.
  const adjust = SAT.adjust;
  const fastDrop = SAT.fastFailureDrop;
  const slowDrop = SAT.slowFailureDrop;
  const keep = 1 - POINTS_REDEEMED_PER_MONTH;
  const maxHazard = HAZARD.max;
  const incidentSalt = INCIDENT_SALT;
  const crmSalt = CRM_SALT;
  const bundleSalt = BUNDLE_SALT;
  const mix = fmix32;
  // Without tenure effects every tenure factor is 1: read the table at "month joined 0" and skip
  // the customer's join month (one memory stream fewer per customer).
  const tenureMask = st.plan.tenure.loopOn ? 0xffff : 0;

  // Runs of customers until the queue is full, then the queue is worked off: no call inside
  // the loop, so V8 keeps what it knows about the arrays from one customer to the next.
  let li = from;
  let queued = 0;
  let sampled = 0;
  {
    // Data-dependent choices that go either way for many customers (contract state, points
    // bucket, whether to queue) are written as arithmetic on 0/1 values: mispredicted
    // branches, not arithmetic, are what costs time here. Tests that are rarely true stay branches.
    for (; li < n && queued < Loop.Queue && sampled < Loop.Queue; li++) {
      const x = info[li];
      const o = x & Packed.OpMask;
      if (o === Packed.Gone) continue;
      if (x & Packed.NewFlag) {
        queueLi[queued] = li;
        queueCode[queued] = Loop.QueuedNew;
        queued++;
        continue;
      }
      const s = (x >>> Packed.SegShift) & 0xff;
      // The cell's record. (Integer operations the compiler can prove do not overflow: the
      // mask is a no-op, as a market has at most MAX_SEGMENTS × 4 × MAX_OPERATORS = 128 cells
      // (checked at load), and the offsets below then need no overflow checks.)
      const cell = (Math.imul(s * Loop.Tiers + ((x >>> Packed.TierShift) & 3), O) + o) & 0xffff;
      const r = cell * Hot.record;
      // The key is uniform: it is the churn draw; other purposes are hashed from it.
      const hk = idHash[li];
      const key = mix(hk ^ mk);

      // Contract clock: 0 no contract, 1 in contract, 2 expiring this month.
      const cl = x >>> Packed.ContractShift;
      const inContract = +(cl > 0);
      const contractState = inContract + +(cl === 1);
      // (Written only when it changes: a store per customer costs more than the branch.)
      if (inContract) info[li] = x - (1 << Packed.ContractShift);

      // Satisfaction drifts toward perceived value; service failures knock it down.
      let sv = sat[li];
      sv += adjust * (hot[r + Hot.satTarget] - sv);
      const ui = (mix(key ^ incidentSalt) >>> 0) * Loop.U32;
      if (ui < hot[r + Hot.incident]) sv -= ui < hot[r + Hot.incidentFast] ? fastDrop : slowDrop;
      sv = sv < 0 ? 0 : sv > 1 ? 1 : sv;
      sat[li] = sv;

      // Hazard: the product of the table factors (tables.ts hazardOf).
      const bundled = (x >>> Packed.BundledBit) & 1;
      // Tenure: hazard factor and spend multiplier by (segment, month joined); 1 and 1 in a run
      // without tenure effects (a branch that goes the same way all run).
      let tenureHazard = 1;
      let tenureSpend = 1;
      if (tenureMask) {
        const tj = (hotTenureAt + (Math.imul(s, WIDTH) + (history[li] & tenureMask)) * 2) | 0;
        tenureHazard = hot[tj];
        tenureSpend = hot[tj + 1];
      }
      const billed = spendFen[li] * 0.01 * hot[r + Hot.price + bundled] * tenureSpend;
      const b = sv >= 1 ? Loop.SatBuckets - 1 : (sv * Loop.SatBuckets) | 0;
      const pointsValue = points[li] * hot[r + Hot.pointValue];
      const pb = +(pointsValue >= Loop.PointEdgeLow * billed) + +(pointsValue >= Loop.PointEdgeHigh * billed);
      let h = hot[r + Hot.hazard + pb] * hot[hotSatAt + b] * hot[r + Hot.contract + contractState * 2 + bundled] * tenureHazard;
      if (h > maxHazard) h = maxHazard;
      const churn = (key >>> 0) * Loop.U32 < h;

      // Anything more this month? CRM flag (threshold 0 where no programme), a former operator's
      // win-back, contract expiry, bundle take-up (chance 0 when bundled).
      const flagged = (mix(key ^ crmSalt) >>> 0) * Loop.U32 < (churn ? hot[r + Hot.flagChurner] : hot[r + Hot.flagOther]);
      const adopts = (mix(key ^ bundleSalt) >>> 0) * Loop.U32 < hot[r + Hot.adopt] * (1 - bundled);
      if (+churn | +flagged | +adopts | ((x & Packed.FormerFlag) >>> Packed.FormerBit) | +(contractState === 2)) {
        queueLi[queued] = li;
        queueCode[queued] = contractState;
        queueSat[queued] = sv;
        queueBilled[queued] = billed;
        queueHazard[queued] = h;
        queued++;
        continue;
      }

      // Month-end counts of a customer who stays put: satisfaction level (of the stored value) and points.
      const stored = Math.fround(sv);
      // (Counted in `hot`, added to acc below: one array fewer for V8 to check per customer.)
      hot[(hotLevelsAt + Math.imul(Math.imul(o, S) + s, Loop.SatLevels) + (stored >= 1 ? Loop.SatLevels - 1 : (stored * Loop.SatLevels) | 0)) | 0] += 1;
      points[li] = points[li] * keep + hot[r + Hot.pointsRate] * billed;
      // Sampled for next month's CRM ranking (hash multiple of CrmSample, where the programme
      // covers the cell): added by finishSamples, after the run.
      if ((hk & (Loop.CrmSample - 1)) < hot[r + Hot.planSample]) {
        samples[sampled * 3] = o;
        samples[sampled * 3 + 1] = billed;
        samples[sampled * 3 + 2] = h;
        sampled++;
      }
    }
  }
  finishQueued(st, t, queued, sampled);
  return li;
}

/**
 * The rest of the month for the queued customers: CRM offers, churn, win-back, renewal, bundle
 * take-up, month-end counts and next month's CRM ranking sample; also adds the samples monthLoop
 * noted (`sampled` of them). Customers born this month (Loop.QueuedNew) are only counted.
 */
function finishQueued(st: SliceState, t: number, queued: number, sampled: number): void {
  // (Called from here, not from monthLoop: V8 would inline it there, and the first run of its
  // loop, the month a CRM programme starts, would throw monthLoop's compiled code away.)
  finishSamples(st, sampled);
  const { O, S, bundleAdopt, contractLength, crmOn, crmSegment, idHash, info, planOn, queueBilled, queueCode, queueHazard, queueLi, queueSat, renewalRate } =
    st;
  const mk = monthKey(t);
  // Whole-month switches, so that the per-customer tests below are predictable branches.
  let anyCrm = 0;
  let anyPlan = 0;
  for (let o = 0; o < O; o++) {
    anyCrm |= crmOn[o];
    anyPlan |= planOn[o];
  }

  for (let q = 0; q < queued; q++) {
    const li = queueLi[q];
    const x = info[li];
    const o = x & Packed.OpMask;
    const s = (x >>> Packed.SegShift) & 0xff;
    const contractState = queueCode[q];
    if (contractState === Loop.QueuedNew) {
      info[li] = x & ~Packed.NewFlag;
      countMonthEnd(st, li, o, s, -1, -1, anyPlan);
      continue;
    }

    // Satisfaction, bill and hazard as monthLoop computed them.
    const key = fmix32(idHash[li] ^ mk);
    const sv = queueSat[q];
    const billed = queueBilled[q];
    const h = queueHazard[q];
    let churn = (key >>> 0) * Loop.U32 < h;
    if (anyCrm && crmOn[o] & crmSegment[o * S + s]) churn = crmOffer(st, li, key, o, billed, h, sv, churn);

    // The operator the customer moved to this month (a switch or a win-back), else -1.
    let to = -1;
    if (churn) {
      to = churnOut(st, li, key, x, sv, contractState, t);
      if (to < 0) continue; // left the market
    } else if (x & Packed.FormerFlag) to = winBack(st, li, key, x, t);
    // A customer who moved or changed bundle has a new bill and hazard: countMonthEnd works them out.
    let rebilled = to >= 0;
    if (!rebilled) {
      if (contractState === 2 && contractLength[o] > 0 && draw(key, Purpose.renewal) < renewalRate[o]) signContract(st, li, o);
      // Existing customers take up the bundle toward the operator's target.
      const adopt = bundleAdopt[o * S + s] * (1 - ((x >>> Packed.BundledBit) & 1));
      if (adopt > 0 && draw(key, Purpose.bundle) < adopt) {
        standing(st, li, -1);
        info[li] |= 1 << Packed.BundledBit;
        standing(st, li, 1);
        rebilled = true;
      }
    }
    countMonthEnd(st, li, to >= 0 ? to : o, s, rebilled ? -1 : billed, rebilled ? -1 : h, anyPlan);
  }
}

/**
 * CRM early warning for customer li, whom operator o's programme covers: flagged customers get
 * offers in score order while the budget lasts, and an offer may save a churner. Returns whether
 * the customer still churns.
 */
function crmOffer(st: SliceState, li: number, key: number, o: number, billed: number, h: number, sv: number, churn: boolean): boolean {
  const { OP0, acc, crmFalseFlag, offerCost, offerCostMonths, recall, sat, saveRate, tauBin, tauFrac, tb } = st;
  const v = draw(key, Purpose.crm);
  const r = recall[o];
  // Flagged: a churner with chance = recall; others with the false-alarm chance (tables.ts fillCrmParams).
  if (!(churn ? v < r : v < crmFalseFlag[o])) return churn;
  const bin = scoreBin(tb.crm, o, billed, h);
  const tau = tauBin[o];
  if (!(bin > tau || (bin === tau && draw(key, Purpose.marginalOffer) < tauFrac[o]))) return churn;
  const ob = OP0 + o * ACC_OP_STRIDE;
  acc[ob + AccOp.retention] += Math.round((offerCost[o] + offerCostMonths[o] * billed) * 100);
  acc[ob + AccOp.offers] += 1;
  // Given v < r, v / r is uniform: it decides whether the offer saves the customer.
  if (churn && v / r < saveRate[o]) {
    acc[ob + AccOp.saves] += 1;
    sat[li] = Math.min(1, sv + SAT.savedBoost);
    return false;
  }
  return churn;
}

/**
 * Customer li (packed word x, satisfaction sv) churns: to a rival or out of the market. Returns
 * the new operator, or -1 if the customer left the market.
 */
function churnOut(st: SliceState, li: number, key: number, x: number, sv: number, contractState: number, t: number): number {
  const { L, O, acc, destCum, history, info, plan, tb } = st;
  const o = x & Packed.OpMask;
  const s = (x >>> Packed.SegShift) & 0xff;
  const k = (x >>> Packed.TierShift) & 3;
  const b = sv >= 1 ? Loop.SatBuckets - 1 : (sv * Loop.SatBuckets) | 0;
  const d = pick(destCum, ((s * Loop.Tiers + k) * O + o) * (O + 1), O + 1, draw(key, Purpose.destination));
  const tau = tenureIndex(t, history[li] & 0xffff);
  countChurn(st, o, s, k, d, churnCause(tb, plan.tenure, O, s, k, o, b, contractState, tau));
  if (d === O) {
    standing(st, li, -1);
    info[li] = (x & ~Packed.OpMask) | Packed.Gone;
    acc[L.exits] += 1;
    st.gone++;
    return -1;
  }
  moveTo(st, li, key, o, d, t);
  return d;
}

/**
 * Customer li (packed word x) left another operator recently; that operator approaches it while
 * its win-back window lasts. Returns the former operator if it wins the customer back, else -1.
 */
function winBack(st: SliceState, li: number, key: number, x: number, t: number): number {
  const { OP0, acc, history, info, winBackCost, winBackRate, winBackWindow } = st;
  const hist = history[li];
  const p = (hist >>> 16) & 0xff;
  if (t - (hist & 0xffff) > winBackWindow[p]) {
    info[li] = x & ~Packed.FormerFlag; // the former operator no longer tries
    return -1;
  }
  acc[OP0 + p * ACC_OP_STRIDE + AccOp.winBackCost] += Math.round(winBackCost[p] * 100);
  if (!(draw(key, Purpose.winBack) < winBackRate[p])) return -1;
  const o = x & Packed.OpMask;
  countChurn(st, o, (x >>> Packed.SegShift) & 0xff, (x >>> Packed.TierShift) & 3, p, RIVAL_CAMPAIGN);
  acc[OP0 + p * ACC_OP_STRIDE + AccOp.winBacks] += 1;
  moveTo(st, li, key, o, p, t);
  return p;
}

/**
 * Month-end counts of customer li, still in the market with operator o in segment s: satisfaction
 * level, points earned, and the sample of next month's CRM ranking. `billed` and `h` are this
 * month's bill and hazard where known, else -1 (worked out here from the customer's state).
 */
function countMonthEnd(st: SliceState, li: number, o: number, s: number, billed: number, h: number, anyPlan: number): void {
  const { S, SAT0, WIDTH, acc, history, hot, hotTenureAt, idHash, info, planOn, planSegment, points, pointsPerRmb, priceMult, sat, spendFen } = st;
  const os = o * S + s;
  const sv = sat[li];
  acc[SAT0 + os * Loop.SatLevels + (sv >= 1 ? Loop.SatLevels - 1 : (sv * Loop.SatLevels) | 0)] += 1;
  const bill =
    billed < 0
      ? spendFen[li] * 0.01 * priceMult[os * 2 + ((info[li] >>> Packed.BundledBit) & 1)] * hot[hotTenureAt + (s * WIDTH + (history[li] & 0xffff)) * 2 + 1]
      : billed;
  points[li] = points[li] * (1 - POINTS_REDEEMED_PER_MONTH) + pointsPerRmb[o] * bill;
  if (anyPlan && planOn[o] & planSegment[os] && (idHash[li] & (Loop.CrmSample - 1)) === 0) samplePlan(st, o, bill, h < 0 ? hazardNow(st, li) : h);
}

/**
 * Add one sampled customer (operator o, this month's bill and hazard) to the estimate of next
 * month's CRM ranking: what offering to them would be expected to cost, by score. Next month's
 * budget is spent down this ranking (tables.ts fillCrmThresholds). The ranking is estimated from
 * the customers whose id hash is a multiple of Loop.CrmSample (the same customers whatever the
 * slicing), weighted up.
 */
function samplePlan(st: SliceState, o: number, billed: number, h: number): void {
  const { CRM0, acc, planFalseFlag, planOfferCost, planOfferCostMonths, planRecall, tb } = st;
  const flagChance = planRecall[o] * h + planFalseFlag[o] * (1 - h);
  acc[CRM0 + o * POS_BINS + scoreBin(tb.crmNext, o, billed, h)] +=
    Loop.CrmSample * ((flagChance * (planOfferCost[o] + planOfferCostMonths[o] * billed) * 100 + 0.5) | 0);
}

/** samplePlan for the customers monthLoop finished itself but left in `samples` (operator, bill, hazard). */
function finishSamples(st: SliceState, count: number): void {
  const { samples } = st;
  for (let i = 0; i < count; i++) samplePlan(st, samples[i * 3], samples[i * 3 + 1], samples[i * 3 + 2]);
}

/**
 * Drop the rows of customers who left the market, keeping the others in order. Rows are
 * independent (draws come from the stored id hash, sums are order-free), so this changes no
 * result; the loop no longer visits departed customers.
 */
function compact(st: SliceState): void {
  const { history, idHash, info, points, sat, spendFen } = st;
  let j = 0;
  for (let i = 0; i < st.stored; i++) {
    if ((info[i] & Packed.OpMask) === Packed.Gone) continue;
    if (i !== j) {
      info[j] = info[i];
      spendFen[j] = spendFen[i];
      sat[j] = sat[i];
      points[j] = points[i];
      history[j] = history[i];
      idHash[j] = idHash[i];
    }
    j++;
  }
  st.stored = j;
  st.gone = 0;
}

function init(st: SliceState): Float64Array {
  const { L, acc, plan, tb } = st;
  acc.fill(0);
  buildTables(tb, plan, 0, null, null, L, 0);
  fillHot(st);
  bearStartingBase(st, plan.customers);
  return acc;
}

function step(st: SliceState, t: number, prev: Float64Array): Float64Array {
  const { L, acc, plan, prevSummary, tb } = st;
  // Standing totals carry over; the month's counts start again.
  acc.fill(0, L.monthlyStart);
  if (st.gone > COMPACT_AT * st.stored) compact(st);
  // Responses decided at last month's end (a no-op where the coordinator shares this plan).
  observeMonth(plan, t - 1, prev, L);
  buildTables(tb, plan, t, prev, summarize(prev, L, plan, t - 1, prevSummary), L, st.nextId);
  fillHot(st);
  addArrivals(st, t, tb.arrivals);
  monthLoop(st, t);
  return acc;
}

export function createSlice(plan: Plan, w: number, W: number): Slice {
  const st = createState(plan, w, W);
  return {
    layout: st.L,
    init: () => init(st),
    step: (t, prev) => step(st, t, prev),
    get stored() {
      return st.stored;
    },
  };
}
