/**
 * The month frame: every metric of one month (model.md §6) in one Float64Array, so that it can
 * cross from the worker as a transferable and be stored compactly. `FrameLayout` gives the offset
 * of each value; the engine writes frames, the UI and the result-JSON writer read them.
 */

/** Per-operator values, in frame order. Money in RMB per month; rates and shares as fractions. */
export const OPERATOR_FIELDS = [
  'subscribers',
  'grossAdds',
  'churned',
  'churnRate',
  'subscriberShare',
  'revenue',
  'revenueShare',
  'arpu',
  'costToServe',
  'acquisitionSpend',
  'retentionSpend',
  'loyaltySpend',
  'subsidySpend',
  'winBackSpend',
  'profit',
  'top20RevenueShare',
  'top20ProfitShare',
  'gini',
  'satisfaction',
  'retentionOffers',
  'retentionSaves',
  'winBacks',
  'costPerGrossAdd',
  /** Discounted value of the operator's current customers over their remaining tenure (tenureValue.ts). */
  'customerValue',
] as const;
export type OperatorField = (typeof OPERATOR_FIELDS)[number];

export const MARKET_FIELDS = ['subscribers', 'arrivals', 'exits', 'top20RevenueShare', 'top20ProfitShare', 'gini', 'revenue', 'portability'] as const;
export type MarketField = (typeof MARKET_FIELDS)[number];

/** Per (operator, segment) values. */
export const SEGMENT_FIELDS = ['subscribers', 'churned', 'churnRate', 'revenue', 'profit', 'clv', 'clvNew'] as const;
export type SegmentField = (typeof SEGMENT_FIELDS)[number];

/** Per (operator, tier) values. */
export const TIER_FIELDS = ['subscribers', 'churned', 'churnRate'] as const;
export type TierField = (typeof TIER_FIELDS)[number];

/** Main causes a churner is attributed to (the largest hazard term above neutral). */
export const CHURN_CAUSES = ['baseline', 'price', 'dissatisfaction', 'contractExpiry', 'portability', 'rivalCampaign', 'rivalAppeal', 'newCustomer'] as const;
export type ChurnCause = (typeof CHURN_CAUSES)[number];

/**
 * How the churn hazard of an (operator, segment) is made this month (model.md §4, tables.ts
 * hazardOf), from the month's tables and counts — averages over the segment's customers where a
 * term varies between them:
 *   hazard = baseChurn × satisfactionFactor × switchingFactor (portability × bundle term) × rivalFactor
 *            × (contract factor) × (points factor),
 * `hazardOutOfContract` is that product for a customer out of contract with the fewest points
 * (contract and points factors = 1), capped at HAZARD.max; `observedOverModel` = churn rate
 * observed ÷ hazardOutOfContract shows what contracts, points and retention offers took off.
 */
export const EXPLAIN_FIELDS = [
  /** Subscribers at month start (the churn rate's denominator). */
  'atRisk',
  'baseChurn',
  /** Mean satisfaction (0–1) at month end, and the subscriber-weighted mean of the satisfaction
   *  factor exp(−slope·(bucket mid − reference)) over the month-end satisfaction counts. */
  'satisfaction',
  'satisfactionFactor',
  /** Contract factors (table values): in contract exp-discounted by the termination fee; month of expiry. */
  'contractFactor',
  'expiryFactor',
  /** Share of joiners who sign a contract (lever). */
  'contractUptake',
  /** Switching cost: number portability (exp(numberLock·attachment·switching sensitivity) once
   *  portability is on, else 1); bundle lock-in (1 − lockIn for bundled customers) and the bundled
   *  share at month start, giving bundleTerm = 1 − bundledShare·lockIn; one points bucket's factor. */
  'portabilityFactor',
  'bundledShare',
  'bundleFactor',
  'bundleTerm',
  'pointsFactor',
  /** portabilityFactor × bundleTerm: the switching-cost term of the out-of-contract hazard. */
  'switchingFactor',
  /** Rival attractiveness: mean over tiers (weights: subscribers at month start) of
   *  rivalGap = ln(mean over rivals of exp(U_rival − U_own)) and of the clamped factor
   *  exp(rivalElasticity·rivalGap); the best rival's utility gap; the price gap ln(own price / cheapest rival). */
  'rivalGap',
  'rivalFactor',
  'bestRivalGap',
  'priceGap',
  /** What utilities use: price multiplier paid (1 = list, bundle at its uptake), network quality,
   *  service score (tier mean), own utility (tier mean). */
  'priceIndex',
  'network',
  'service',
  'utility',
  'hazardOutOfContract',
  'observedOverModel',
] as const;
export type ExplainField = (typeof EXPLAIN_FIELDS)[number];

/** Lorenz points at 0 %, 5 %, …, 100 % of customers. */
export const LORENZ_POINTS = 21;

export interface FrameLayout {
  operators: number;
  segments: number;
  tiers: number;
  size: number;
  /** offset of OPERATOR_FIELDS[f] of operator o: op + o * OPERATOR_FIELDS.length + f */
  op: number;
  market: number;
  /** (o * segments + s) * SEGMENT_FIELDS.length + f */
  seg: number;
  /** (o * tiers + k) * TIER_FIELDS.length + f */
  tier: number;
  /** churners this month from o to d, d = operators means "left the market": o * (operators + 1) + d */
  switching: number;
  /** churners by cause: o * CHURN_CAUSES.length + c */
  cause: number;
  /** churners by cause per segment: (o * segments + s) * CHURN_CAUSES.length + c (optional, like explain) */
  segCause?: number;
  /** hazard terms per segment: (o * segments + s) * EXPLAIN_FIELDS.length + f (optional: absent in frames stored before it existed) */
  explain?: number;
  /** Lorenz y-values of revenue: (o * LORENZ_POINTS + i); o = operators is the whole market */
  lorenz: number;
  /** Lorenz y-values of profit, same indexing */
  lorenzProfit: number;
}

export function frameLayout(operators: number, segments: number, tiers = 4): FrameLayout {
  let at = 1; // slot 0 holds the month number
  const take = (n: number) => {
    const start = at;
    at += n;
    return start;
  };
  const op = take(operators * OPERATOR_FIELDS.length);
  const market = take(MARKET_FIELDS.length);
  const seg = take(operators * segments * SEGMENT_FIELDS.length);
  const tier = take(operators * tiers * TIER_FIELDS.length);
  const switching = take(operators * (operators + 1));
  const cause = take(operators * CHURN_CAUSES.length);
  const lorenz = take((operators + 1) * LORENZ_POINTS);
  const lorenzProfit = take((operators + 1) * LORENZ_POINTS);
  const segCause = take(operators * segments * CHURN_CAUSES.length);
  const explain = take(operators * segments * EXPLAIN_FIELDS.length);
  return { operators, segments, tiers, size: at, op, market, seg, tier, switching, cause, lorenz, lorenzProfit, segCause, explain };
}

const opIndex = Object.fromEntries(OPERATOR_FIELDS.map((f, i) => [f, i])) as Record<OperatorField, number>;
const marketIndex = Object.fromEntries(MARKET_FIELDS.map((f, i) => [f, i])) as Record<MarketField, number>;
const segIndex = Object.fromEntries(SEGMENT_FIELDS.map((f, i) => [f, i])) as Record<SegmentField, number>;
const tierIndex = Object.fromEntries(TIER_FIELDS.map((f, i) => [f, i])) as Record<TierField, number>;
const explainIndex = Object.fromEntries(EXPLAIN_FIELDS.map((f, i) => [f, i])) as Record<ExplainField, number>;

export const at = {
  month: () => 0,
  op: (l: FrameLayout, o: number, f: OperatorField) => l.op + o * OPERATOR_FIELDS.length + opIndex[f],
  market: (l: FrameLayout, f: MarketField) => l.market + marketIndex[f],
  seg: (l: FrameLayout, o: number, s: number, f: SegmentField) => l.seg + (o * l.segments + s) * SEGMENT_FIELDS.length + segIndex[f],
  tier: (l: FrameLayout, o: number, k: number, f: TierField) => l.tier + (o * l.tiers + k) * TIER_FIELDS.length + tierIndex[f],
  switching: (l: FrameLayout, from: number, to: number) => l.switching + from * (l.operators + 1) + to,
  cause: (l: FrameLayout, o: number, c: number) => l.cause + o * CHURN_CAUSES.length + c,
  /** -1 when the layout has no per-segment causes (a run stored before they existed). */
  segCause: (l: FrameLayout, o: number, s: number, c: number) => (l.segCause === undefined ? -1 : l.segCause + (o * l.segments + s) * CHURN_CAUSES.length + c),
  /** -1 when the layout has no explain section (a run stored before it existed). */
  explain: (l: FrameLayout, o: number, s: number, f: ExplainField) =>
    l.explain === undefined ? -1 : l.explain + (o * l.segments + s) * EXPLAIN_FIELDS.length + explainIndex[f],
  lorenz: (l: FrameLayout, o: number, i: number) => l.lorenz + o * LORENZ_POINTS + i,
  lorenzProfit: (l: FrameLayout, o: number, i: number) => l.lorenzProfit + o * LORENZ_POINTS + i,
};

/** Convenience reader for UI code: frame[at.op(layout, o, field)]. */
export function opValue(frame: Float64Array, l: FrameLayout, o: number, f: OperatorField): number {
  return frame[at.op(l, o, f)];
}
export function marketValue(frame: Float64Array, l: FrameLayout, f: MarketField): number {
  return frame[at.market(l, f)];
}
/** A hazard term of (operator, segment), or NaN when the frame has none. */
export function explainValue(frame: Float64Array, l: FrameLayout, o: number, s: number, f: ExplainField): number {
  const i = at.explain(l, o, s, f);
  return i < 0 ? NaN : frame[i];
}
/** Churners of (operator, segment) by main cause (NaN when the frame predates the breakdown). */
export function segCauseValue(frame: Float64Array, l: FrameLayout, o: number, s: number, c: number): number {
  const i = at.segCause(l, o, s, c);
  return i < 0 ? NaN : frame[i];
}
export function lorenzCurve(frame: Float64Array, l: FrameLayout, o: number, profit = false): [number, number][] {
  const base = profit ? at.lorenzProfit(l, o, 0) : at.lorenz(l, o, 0);
  const out: [number, number][] = [];
  for (let i = 0; i < LORENZ_POINTS; i++) out.push([i / (LORENZ_POINTS - 1), frame[base + i]]);
  return out;
}
