/**
 * The model's fixed coefficients (model.md §3–4). Scenario files set the levers and segment
 * sensitivities; these set how strongly each term moves utility, satisfaction and hazard.
 * They are documented in docs/model.md; change them there and here together.
 */

export const TIERS = 4;
/** Satisfaction buckets used by the hazard tables. */
export const SAT_BUCKETS = 8;
/** Contract states in the hazard tables: none, in contract, expiring this month. */
export const CONTRACT_STATES = 3;
/** Loyalty-points balance buckets (in months of bill): < 0.15, < 0.35, ≥ 0.35. */
export const POINT_BUCKETS = 3;
export const POINT_BUCKET_EDGES = [0.15, 0.35] as const;
/** Points are redeemed at this share of the balance per month (cost is booked when earned). */
export const POINTS_REDEEMED_PER_MONTH = 1 / 24;

/** Utility weights, multiplied by each segment's sensitivity. */
export const BETA = {
  price: 4, // per unit of log tariff: a 10 % price cut adds 0.42
  network: 3,
  service: 2,
  brand: 2.5,
  wordOfMouth: 0.6,
  acquisition: 1,
} as const;

/** Satisfaction: target level, adjustment speed, shocks. */
export const SAT = {
  base: 0.6,
  network: 0.35,
  service: 0.35,
  price: 0.4,
  adjust: 0.3,
  fastFailureDrop: 0.04, // a complaint resolved fast: most recover (seed 001 L148: 95 % buy again)
  slowFailureDrop: 0.25,
  savedBoost: 0.15,
  promoterAbove: 0.75, // satisfied customers tell 3 (seed 001 L148)
  detractorBelow: 0.375, // dissatisfied tell 10
  promoterVoice: 3,
  detractorVoice: 10,
} as const;

/** Churn hazard terms. */
export const HAZARD = {
  satisfactionSlope: 4, // h ∝ exp(-slope · (satisfaction - reference))
  satisfactionReference: 0.6,
  inContract: 0.3,
  terminationFeeScale: 500, // RMB: in-contract hazard × exp(-fee / scale)
  expirySpike: 2.5,
  numberLock: 0.8, // portability multiplies hazard by exp(numberLock · attachment · switching sensitivity)
  pointsLock: 0.2, // per points bucket, times switching sensitivity
  rivalElasticity: 0.5,
  rivalMin: 0.25,
  rivalMax: 4,
  max: 0.95,
  /** A term must add this much log-hazard (×1.22) to count as a churner's main cause; the
   *  mildly unhappy bucket (satisfaction 0.5–0.625, +0.15) stays "baseline". */
  causeThreshold: 0.2,
} as const;

/** Service quality from the levers, and what it costs. */
export const SERVICE = {
  level: 0.45,
  fastResolution: 0.2,
  accountManager: 0.25,
  privileges: 0.1,
  /** Account-manager coverage counts in full at 1:250 (seed 001/004) and as sqrt of the ratio below it. */
  fullCoverageRatio: 250,
  privilegeCostPerCustomer: 25,
} as const;

/** Acquisition: utility = ln(1 + RMB per targeted head per month / scale). */
export const ACQUISITION_SCALE = 4;

/** CRM score scale factors keep scores inside the histogram's range. */
export const CRM_SCORE_SCALE = { valueRisk: 1000, value: 1, risk: 1e6, random: 1 } as const;

export const TIER_NAMES = ['base', 'silver', 'gold', 'diamond'] as const;
