/**
 * Monthly tables (model.md §4 step 2). From the levers in force and last month's market state,
 * build per-cell look-ups: churn hazard, its main cause, CRM flagging, satisfaction targets,
 * destination and arrival choice probabilities, prices and costs. All exp/log of the model
 * happens here, on a few thousand cells; the per-customer loop only reads these arrays.
 * Every array is allocated once per run and refilled each month.
 */
import { accIndex, type AccSummary, type AccLayout, SAT_LEVELS } from './accumulator.ts';
import { ACQUISITION_SCALE, BETA, CONTRACT_STATES, CRM_SCORE_SCALE, HAZARD, POINT_BUCKETS, SAT, SAT_BUCKETS, SERVICE, TIERS } from './constants.ts';
import { POS_BINS } from './histogram.ts';
import {
  acquisitionSpend,
  fixedCostPerCustomer,
  perSegment,
  type Plan,
  priceMultiplier,
  retentionBudgetShare,
  type TenureTables,
  TENURE_WIDTH,
  tenureIndex,
} from './plan.ts';

const RIVAL_MAX_LOG = Math.log(HAZARD.rivalMax);

export const TARGETING = { valueRisk: 0, value: 1, risk: 2, random: 3 } as const;

export interface Tables {
  month: number;
  portability: boolean;
  /** Hazard factors (see hazardOf), folded into three look-ups: */
  /** base churn × portability × rival attractiveness × points lock-in, per ((s*TIERS + k)*O + o)*POINT_BUCKETS + points bucket */
  hazardBase: Float64Array;
  /** satisfaction factor per bucket */
  hazardSat: Float64Array;
  /** contract factor × bundle lock-in, per (o*CONTRACT_STATES + contract state)*2 + bundled */
  hazardContract: Float64Array;
  /** Log-terms for churn-cause attribution. */
  satLog: Float64Array; // [b]
  /** The rival factor's price, campaign and appeal (network, brand, service, word of mouth) parts, each ≥ 0 and
   *  together at most ln(rival factor), so a churner's cause never claims more than the clamped hazard has. */
  priceLog: Float64Array; // [(s*TIERS + k)*O + o]
  campaignLog: Float64Array; // [(s*TIERS + k)*O + o]
  appealLog: Float64Array; // [(s*TIERS + k)*O + o]
  portabilityLog: Float64Array; // [s]
  /** Kept for the glass box (explain.ts), not read by the hot loop: */
  /** ln(mean over active rivals of exp(U_rival − U_own)) and the clamped factor exp(rivalElasticity · that), per (s*TIERS + k)*O + o. */
  rivalGap: Float64Array;
  rivalFactor: Float64Array;
  /** Utility per (s*TIERS + k)*O + o; service score per o*TIERS + k; expected price multiplier per o*S + s. */
  utility: Float64Array;
  service: Float64Array;
  effPrice: Float64Array;

  /** Satisfaction target per ((s*TIERS + k)*O + o). */
  satTarget: Float64Array;
  /** Cumulative destination probabilities per ((s*TIERS + k)*O + o)*(O+1) + d; d = O: leave the market. */
  destCum: Float64Array;
  /** Cumulative arrival choice per (s*TIERS + k)*O + j. */
  arrivalCum: Float64Array;
  /** Bill multiplier per (o*S + s)*2 + bundled. */
  priceMult: Float64Array;
  variableShare: Float64Array; // [o]
  fixedCost: Float64Array; // [o*TIERS + k], RMB per customer-month
  incidentRate: Float64Array; // [o]
  fastResolution: Float64Array; // [o]
  pointsPerRmb: Float64Array; // [o]
  pointValue: Float64Array; // [o]
  contractUptake: Float64Array; // [o*S + s]
  contractLength: Uint8Array; // [o]
  subsidy: Float64Array; // [o] RMB per signed contract
  renewalRate: Float64Array; // [o]
  bundleUptake: Float64Array; // [o*S + s] at joining
  bundleAdopt: Float64Array; // [o*S + s] monthly adoption chance for unbundled customers
  /** The CRM programme of this month, and of next month (whose budget this month's scores plan). */
  crm: CrmParams;
  crmNext: CrmParams;
  /** Offers go to flagged customers with score bin > tauBin, or = tauBin with chance tauFrac. */
  tauBin: Int32Array; // [o]
  tauFrac: Float64Array; // [o]
  winBackWindow: Uint8Array; // [o]
  winBackRate: Float64Array; // [o]
  winBackCost: Float64Array; // [o]
  active: Uint8Array; // [o]
  acquisitionSpend: Float64Array; // [o] RMB this month
  /** Number of arrivals this month (not counting referrals) and the first new customer id. */
  arrivals: number;
  /** Referral arrivals this month per o*S + s (they join operator o in segment s), and their total. */
  referrals: Int32Array;
  referralTotal: number;
  firstArrivalId: number;
}

/** One month's CRM early-warning programme, per operator. */
export interface CrmParams {
  on: Uint8Array; // [o]
  segment: Uint8Array; // [o*S + s]
  recall: Float64Array; // [o]
  /** Chance that a covered customer who will not churn is flagged anyway (see fillCrmParams). */
  falseFlag: Float64Array; // [o]
  saveRate: Float64Array; // [o]
  offerCostMonths: Float64Array; // [o]
  offerCost: Float64Array; // [o], RMB per offer
  targeting: Uint8Array; // [o]
  /** Score = value^useValue × risk^useRisk × scoreScale (useValue, useRisk are 0 or 1; random: scale 0). */
  useValue: Uint8Array; // [o]
  useRisk: Uint8Array; // [o]
  scoreScale: Float64Array; // [o]
}

function createCrmParams(O: number, S: number): CrmParams {
  return {
    on: new Uint8Array(O),
    segment: new Uint8Array(O * S),
    recall: new Float64Array(O),
    falseFlag: new Float64Array(O),
    saveRate: new Float64Array(O),
    offerCostMonths: new Float64Array(O),
    offerCost: new Float64Array(O),
    targeting: new Uint8Array(O),
    useValue: new Uint8Array(O),
    useRisk: new Uint8Array(O),
    scoreScale: new Float64Array(O),
  };
}

/**
 * The early-warning model flags a customer who is about to churn with chance `recall`, and one
 * who is not with a fixed chance `falseFlag`, set so that, at the covered customers' recent churn
 * rate h̄, the flagged are true churners in the share `precision`:
 *   precision = r·h̄ / (r·h̄ + falseFlag·(1 − h̄)).
 * The false-alarm rate does not rise with a customer's own risk, so among the flagged the share
 * of true churners grows with risk: ranking by risk (or value × risk) finds more of them.
 */
function fillCrmParams(c: CrmParams, plan: Plan, t: number, prevAcc: Float64Array | null, prev: AccSummary | null, L: AccLayout): void {
  const S = plan.segments;
  const segs = plan.scenario.market.segments;
  plan.byMonth[t].forEach((p, o) => {
    const crm = p.levers.crm;
    c.on[o] = p.active && crm.recall > 0 && crm.budgetShare + p.retentionExtra > 0 ? 1 : 0;
    c.recall[o] = crm.recall;
    c.saveRate[o] = crm.saveRate;
    c.offerCostMonths[o] = crm.offerCostMonths;
    c.offerCost[o] = crm.offerCost;
    c.targeting[o] = TARGETING[crm.targeting];
    c.useValue[o] = crm.targeting === 'valueRisk' || crm.targeting === 'value' ? 1 : 0;
    c.useRisk[o] = crm.targeting === 'valueRisk' || crm.targeting === 'risk' ? 1 : 0;
    c.scoreScale[o] = crm.targeting === 'random' ? 0 : CRM_SCORE_SCALE[crm.targeting];
    // Recent churn of the covered segments (before any month has passed: their base churn).
    let churned = 0;
    let base = 0;
    for (let s = 0; s < S; s++) {
      const sid = segs[s].id;
      const covered = crm.segments.length === 0 || crm.segments.includes(sid);
      c.segment[o * S + s] = covered ? 1 : 0;
      if (!covered) continue;
      if (prev && prevAcc) {
        const lost = prevAcc[L.segChurned + o * S + s];
        churned += lost;
        base += prev.segSubscribers[o * S + s] + lost;
      } else {
        churned += segs[s].share * segs[s].baseChurn;
        base += segs[s].share;
      }
    }
    const h = base > 0 ? churned / base : 0;
    const q = crm.precision;
    c.falseFlag[o] = h > 0 && h < 1 ? Math.min(1, (crm.recall * h * (1 - q)) / (q * (1 - h))) : 0;
  });
}

export function createTables(plan: Plan): Tables {
  const O = plan.operators;
  const S = plan.segments;
  const skO = S * TIERS * O;
  return {
    month: -1,
    portability: false,
    hazardBase: new Float64Array(skO * POINT_BUCKETS),
    hazardSat: new Float64Array(SAT_BUCKETS),
    hazardContract: new Float64Array(O * CONTRACT_STATES * 2),
    satLog: new Float64Array(SAT_BUCKETS),
    priceLog: new Float64Array(skO),
    campaignLog: new Float64Array(skO),
    appealLog: new Float64Array(skO),
    portabilityLog: new Float64Array(S),
    rivalGap: new Float64Array(skO),
    rivalFactor: new Float64Array(skO),
    utility: new Float64Array(skO),
    service: new Float64Array(O * TIERS),
    effPrice: new Float64Array(O * S),
    satTarget: new Float64Array(skO),
    destCum: new Float64Array(skO * (O + 1)),
    arrivalCum: new Float64Array(skO),
    priceMult: new Float64Array(O * S * 2),
    variableShare: new Float64Array(O),
    fixedCost: new Float64Array(O * TIERS),
    incidentRate: new Float64Array(O),
    fastResolution: new Float64Array(O),
    pointsPerRmb: new Float64Array(O),
    pointValue: new Float64Array(O),
    contractUptake: new Float64Array(O * S),
    contractLength: new Uint8Array(O),
    subsidy: new Float64Array(O),
    renewalRate: new Float64Array(O),
    bundleUptake: new Float64Array(O * S),
    bundleAdopt: new Float64Array(O * S),
    crm: createCrmParams(O, S),
    crmNext: createCrmParams(O, S),
    tauBin: new Int32Array(O),
    tauFrac: new Float64Array(O),
    winBackWindow: new Uint8Array(O),
    winBackRate: new Float64Array(O),
    winBackCost: new Float64Array(O),
    active: new Uint8Array(O),
    acquisitionSpend: new Float64Array(O),
    arrivals: 0,
    referrals: new Int32Array(O * S),
    referralTotal: 0,
    firstArrivalId: plan.customers,
  };
}

/** Scratch space for building tables (allocated once). */
interface Scratch {
  utility: Float64Array; // [(s*TIERS+k)*O + j]
  priceUtility: Float64Array;
  campaignUtility: Float64Array;
  service: Float64Array; // [o*TIERS + k]
  effPrice: Float64Array; // [o*S + s]
  wom: Float64Array; // [o]
  acq: Float64Array; // [o*S + s]
}
const scratchByPlan = new WeakMap<Plan, Scratch>();
function scratchFor(plan: Plan): Scratch {
  let s = scratchByPlan.get(plan);
  if (!s) {
    const O = plan.operators;
    const S = plan.segments;
    s = {
      utility: new Float64Array(S * TIERS * O),
      priceUtility: new Float64Array(S * TIERS * O),
      campaignUtility: new Float64Array(S * TIERS * O),
      service: new Float64Array(O * TIERS),
      effPrice: new Float64Array(O * S),
      wom: new Float64Array(O),
      acq: new Float64Array(O * S),
    };
    scratchByPlan.set(plan, s);
  }
  return s;
}

/**
 * Fill the tables for month t from the plan and the combined accumulator of month t-1
 * (null at month 0, the starting state).
 */
export function buildTables(tb: Tables, plan: Plan, t: number, prevAcc: Float64Array | null, prev: AccSummary | null, L: AccLayout, nextId: number): void {
  const O = plan.operators;
  const S = plan.segments;
  const segs = plan.scenario.market.segments;
  const ops = plan.byMonth[t];
  const sc = scratchFor(plan);
  tb.month = t;
  tb.portability = plan.portability[t];

  // Market state from last month.
  let marketSubs = 0;
  if (prev) for (let o = 0; o < O; o++) marketSubs += prev.subscribers[o];
  tb.arrivals = t === 0 ? 0 : Math.round(marketSubs * plan.scenario.market.arrivalRate);
  tb.firstArrivalId = nextId;

  // Per-operator scalars.
  for (let o = 0; o < O; o++) {
    const p = ops[o];
    const lv = p.levers;
    tb.active[o] = p.active ? 1 : 0;
    tb.variableShare[o] = plan.scenario.operators[o].costs.variableShare;
    tb.incidentRate[o] = Math.min(1, lv.service.incidentRate + p.outageRate);
    tb.fastResolution[o] = lv.service.fastResolution;
    tb.pointsPerRmb[o] = lv.loyalty.pointsPerRmb;
    tb.pointValue[o] = lv.loyalty.pointValue;
    tb.contractLength[o] = lv.contracts.lengthMonths;
    tb.subsidy[o] = lv.contracts.lengthMonths > 0 ? lv.contracts.handsetSubsidy * lv.contracts.handsetPrice : 0;
    tb.renewalRate[o] = lv.contracts.renewalRate;
    tb.winBackWindow[o] = p.active ? lv.winBack.windowMonths : 0;
    tb.winBackRate[o] = lv.winBack.successRate;
    tb.winBackCost[o] = lv.winBack.costPerContact;
    tb.acquisitionSpend[o] = acquisitionSpend(plan, t, o);
    for (let k = 0; k < TIERS; k++) {
      const tier = lv.service.tiers[k];
      const ratio = tier.accountManagerRatio;
      const coverage = ratio > 0 ? Math.sqrt(Math.min(1, SERVICE.fullCoverageRatio / ratio)) : 0;
      sc.service[o * TIERS + k] =
        SERVICE.level * lv.service.level +
        SERVICE.fastResolution * lv.service.fastResolution +
        SERVICE.accountManager * coverage +
        SERVICE.privileges * tier.privileges;
      tb.fixedCost[o * TIERS + k] = fixedCostPerCustomer(plan, t, o, k);
    }
    // Word of mouth: satisfied customers tell 3, dissatisfied tell 10 (seed 001 L148).
    const subs = prev ? prev.subscribers[o] : 0;
    let promoters = 0;
    let detractors = 0;
    if (prev)
      for (let q = 0; q < SAT_LEVELS; q++) {
        const level = q / SAT_LEVELS;
        if (level >= SAT.promoterAbove) promoters += prev.satisfaction[o * SAT_LEVELS + q];
        else if (level + 1 / SAT_LEVELS <= SAT.detractorBelow) detractors += prev.satisfaction[o * SAT_LEVELS + q];
      }
    sc.wom[o] = subs > 0 ? (SAT.promoterVoice * promoters - SAT.detractorVoice * detractors) / subs : 0;
    for (let s = 0; s < S; s++) {
      const sid = segs[s].id;
      const uptake = perSegment(plan, lv.pricing.bundle.uptake, s, 0);
      const plain = priceMultiplier(plan, t, o, s, 0);
      const bundledPrice = priceMultiplier(plan, t, o, s, 1);
      tb.priceMult[(o * S + s) * 2] = plain;
      tb.priceMult[(o * S + s) * 2 + 1] = bundledPrice;
      // The price a prospect expects: bundled at the operator's bundle uptake.
      sc.effPrice[o * S + s] = plain * (1 - uptake) + bundledPrice * uptake;
      tb.contractUptake[o * S + s] = lv.contracts.lengthMonths > 0 ? perSegment(plan, lv.contracts.uptake, s, 0) : 0;
      tb.bundleUptake[o * S + s] = uptake;
      // Existing customers adopt the bundle until the operator's uptake target is reached.
      const segSubs = prev ? prev.segSubscribers[o * S + s] : 0;
      const bundled = prev ? prev.segBundled[o * S + s] : 0;
      const have = segSubs > 0 ? bundled / segSubs : 0;
      tb.bundleAdopt[o * S + s] = t > 0 && uptake > have ? (uptake - have) / (1 - have) : 0;
      // Acquisition intensity: RMB per targeted head in the market per month.
      const targeted = lv.acquisition.targetSegments.length === 0 || lv.acquisition.targetSegments.includes(sid);
      let targetHeads = 0;
      if (targeted)
        for (let s2 = 0; s2 < S; s2++) {
          const sid2 = segs[s2].id;
          if (lv.acquisition.targetSegments.length === 0 || lv.acquisition.targetSegments.includes(sid2)) {
            let h2 = 0;
            if (prev) for (let j = 0; j < O; j++) h2 += prev.segSubscribers[j * S + s2];
            targetHeads += h2 > 0 ? h2 : plan.customers * segs[s2].share;
          }
        }
      sc.acq[o * S + s] = targeted && p.active && targetHeads > 0 ? Math.log(1 + tb.acquisitionSpend[o] / targetHeads / ACQUISITION_SCALE) : 0;
    }
  }

  // Utilities per (segment, tier, operator).
  for (let s = 0; s < S; s++) {
    const w = segs[s].sensitivity;
    const womW = segs[s].wordOfMouth;
    for (let k = 0; k < TIERS; k++)
      for (let o = 0; o < O; o++) {
        const i = (s * TIERS + k) * O + o;
        const p = ops[o];
        const priceU = -BETA.price * w.price * Math.log(sc.effPrice[o * S + s]);
        const campaignU = BETA.acquisition * sc.acq[o * S + s];
        sc.priceUtility[i] = priceU;
        sc.campaignUtility[i] = campaignU;
        sc.utility[i] =
          priceU +
          campaignU +
          BETA.network * w.network * p.network +
          BETA.service * w.service * sc.service[o * TIERS + k] +
          BETA.brand * w.brand * p.brand +
          BETA.wordOfMouth * womW * sc.wom[o];
      }
  }

  // Satisfaction targets: quality received vs price paid vs the best rival offer.
  for (let s = 0; s < S; s++) {
    const w = segs[s].sensitivity;
    for (let k = 0; k < TIERS; k++)
      for (let o = 0; o < O; o++) {
        let bestRival = Infinity;
        for (let j = 0; j < O; j++) if (j !== o && tb.active[j]) bestRival = Math.min(bestRival, sc.effPrice[j * S + s]);
        const own = sc.effPrice[o * S + s];
        const priceGap = bestRival === Infinity ? 0 : Math.log(own / bestRival);
        const target =
          SAT.base +
          SAT.network * w.network * (ops[o].network - 0.7) +
          SAT.service * w.service * (sc.service[o * TIERS + k] - 0.5) -
          SAT.price * w.price * priceGap;
        tb.satTarget[(s * TIERS + k) * O + o] = Math.min(0.95, Math.max(0.05, target));
      }
  }

  // Arrival choice: multinomial logit over the active operators.
  for (let s = 0; s < S; s++)
    for (let k = 0; k < TIERS; k++) {
      const base = (s * TIERS + k) * O;
      let max = -Infinity;
      for (let j = 0; j < O; j++) if (tb.active[j]) max = Math.max(max, sc.utility[base + j]);
      let sum = 0;
      for (let j = 0; j < O; j++) sum += tb.active[j] ? Math.exp(sc.utility[base + j] - max) : 0;
      let cum = 0;
      for (let j = 0; j < O; j++) {
        cum += tb.active[j] ? Math.exp(sc.utility[base + j] - max) / sum : 0;
        tb.arrivalCum[base + j] = cum;
      }
      tb.arrivalCum[base + O - 1] = 1;
    }

  // Destination of churners and the rival-attractiveness term of the hazard.
  for (let s = 0; s < S; s++) {
    const exitShare = segs[s].exitShare;
    for (let k = 0; k < TIERS; k++)
      for (let o = 0; o < O; o++) {
        const base = (s * TIERS + k) * O;
        const d0 = (base + o) * (O + 1);
        let sum = 0;
        let rivals = 0;
        for (let j = 0; j < O; j++)
          if (j !== o && tb.active[j]) {
            sum += Math.exp(sc.utility[base + j] - sc.utility[base + o]);
            rivals++;
          }
        const switchShare = rivals > 0 ? 1 - exitShare : 0;
        let cum = 0;
        for (let j = 0; j < O; j++) {
          if (j !== o && tb.active[j]) cum += (switchShare * Math.exp(sc.utility[base + j] - sc.utility[base + o])) / sum;
          tb.destCum[d0 + j] = cum;
        }
        tb.destCum[d0 + O] = 1;
      }
  }

  fillCrmParams(tb.crm, plan, t, prevAcc, prev, L);
  fillCrmParams(tb.crmNext, plan, Math.min(t + 1, plan.months), prevAcc, prev, L);
  tb.utility.set(sc.utility);
  tb.service.set(sc.service);
  tb.effPrice.set(sc.effPrice);
  fillHazards(tb, plan, sc, t);
  fillCrmThresholds(tb, plan, prevAcc, prev, L);
  fillReferrals(tb, plan, t, prevAcc, L);
}

function fillHazards(tb: Tables, plan: Plan, sc: Scratch, t: number): void {
  const O = plan.operators;
  const S = plan.segments;
  const segs = plan.scenario.market.segments;
  const ops = plan.byMonth[t];
  for (let b = 0; b < SAT_BUCKETS; b++) {
    tb.satLog[b] = -HAZARD.satisfactionSlope * ((b + 0.5) / SAT_BUCKETS - HAZARD.satisfactionReference);
    tb.hazardSat[b] = Math.exp(tb.satLog[b]);
  }
  for (let o = 0; o < O; o++) {
    const lv = ops[o].levers;
    const contract = [1, HAZARD.inContract * Math.exp(-lv.contracts.earlyTerminationFee / HAZARD.terminationFeeScale), HAZARD.expirySpike];
    const bundle = [1, 1 - lv.pricing.bundle.lockIn];
    for (let c = 0; c < CONTRACT_STATES; c++)
      for (let bundled = 0; bundled < 2; bundled++) tb.hazardContract[(o * CONTRACT_STATES + c) * 2 + bundled] = contract[c] * bundle[bundled];
  }
  for (let s = 0; s < S; s++) {
    const seg = segs[s];
    const switchSens = seg.sensitivity.switchingCost;
    const portabilityLog = tb.portability ? HAZARD.numberLock * seg.numberAttachment * switchSens : 0;
    tb.portabilityLog[s] = portabilityLog;
    for (let k = 0; k < TIERS; k++)
      for (let o = 0; o < O; o++) {
        const base = (s * TIERS + k) * O;
        // Rival attractiveness, and its price and campaign parts for cause attribution.
        let all = 0;
        let price = 0;
        let campaign = 0;
        let rivals = 0;
        for (let j = 0; j < O; j++)
          if (j !== o && tb.active[j]) {
            all += Math.exp(sc.utility[base + j] - sc.utility[base + o]);
            price += Math.exp(sc.priceUtility[base + j] - sc.priceUtility[base + o]);
            campaign += Math.exp(sc.campaignUtility[base + j] - sc.campaignUtility[base + o]);
            rivals++;
          }
        const rivalGap = rivals > 0 ? Math.log(all / rivals) : 0;
        const rival = Math.min(HAZARD.rivalMax, Math.max(HAZARD.rivalMin, Math.exp(HAZARD.rivalElasticity * rivalGap)));
        tb.rivalGap[base + o] = rivalGap;
        tb.rivalFactor[base + o] = rival;
        // The causes' parts: price, campaign, and the rest of the utility (network, brand,
        // service, word of mouth). Only their positive parts can be a cause; the hazard caps the
        // rival factor at rivalMax, so they are scaled down together to add up to at most its log.
        let priceLog = 0;
        let campaignLog = 0;
        let appealLog = 0;
        if (rivals > 0) {
          let appeal = 0;
          for (let j = 0; j < O; j++)
            if (j !== o && tb.active[j]) {
              const rest = sc.utility[base + j] - sc.priceUtility[base + j] - sc.campaignUtility[base + j];
              appeal += Math.exp(rest - (sc.utility[base + o] - sc.priceUtility[base + o] - sc.campaignUtility[base + o]));
            }
          priceLog = Math.max(0, HAZARD.rivalElasticity * Math.log(price / rivals));
          campaignLog = Math.max(0, HAZARD.rivalElasticity * Math.log(campaign / rivals));
          appealLog = Math.max(0, HAZARD.rivalElasticity * Math.log(appeal / rivals));
          const parts = priceLog + campaignLog + appealLog;
          const scale = parts > RIVAL_MAX_LOG ? RIVAL_MAX_LOG / parts : 1;
          priceLog *= scale;
          campaignLog *= scale;
          appealLog *= scale;
        }
        tb.priceLog[base + o] = priceLog;
        tb.campaignLog[base + o] = campaignLog;
        tb.appealLog[base + o] = appealLog;
        for (let p = 0; p < POINT_BUCKETS; p++)
          tb.hazardBase[(base + o) * POINT_BUCKETS + p] = tb.active[o]
            ? seg.baseChurn * Math.exp(portabilityLog - HAZARD.pointsLock * p * switchSens) * rival
            : 0;
      }
  }
}

/**
 * The monthly churn hazard of a customer (model.md §4):
 *   h = base churn(segment) × portability × rival attractiveness(segment, tier, operator)
 *       × f(satisfaction bucket) × g(contract state) × bundle lock-in × points lock-in,
 * stored as three factors: (segment, tier, operator, points), (satisfaction), (operator, contract, bundle);
 * capped at HAZARD.max. The hot loop inlines this product; tests call it.
 */
export function hazardOf(tb: Tables, O: number, s: number, k: number, o: number, b: number, c: number, bundled: number, p: number, tenure = 1): number {
  const h =
    tb.hazardBase[((s * TIERS + k) * O + o) * POINT_BUCKETS + p] * tb.hazardSat[b] * tb.hazardContract[(o * CONTRACT_STATES + c) * 2 + bundled] * tenure;
  return h < HAZARD.max ? h : HAZARD.max;
}

/**
 * The main cause (index into CHURN_CAUSES) of a churner in this state, at tenure index tau
 * (plan.ts tenureIndex): a premium the customer tolerates takes off the price part first.
 */
export function churnCause(tb: Tables, tt: TenureTables, O: number, s: number, k: number, o: number, b: number, c: number, tau: number): number {
  const sko = (s * TIERS + k) * O + o;
  const i = s * TENURE_WIDTH + tau;
  return mainCause(
    tb.priceLog[sko] + tt.premiumLog[i],
    tb.satLog[b],
    c === 2 ? Math.log(HAZARD.expirySpike) : 0,
    tb.portabilityLog[s],
    tb.campaignLog[sko],
    tb.appealLog[sko],
    tt.earlyLog[i],
  );
}

/** Index into CHURN_CAUSES of the largest hazard term above neutral. */
function mainCause(price: number, dissatisfaction: number, expiry: number, portability: number, campaign: number, appeal: number, early: number): number {
  // Order follows CHURN_CAUSES: baseline, price, dissatisfaction, contractExpiry, portability, rivalCampaign, rivalAppeal, newCustomer.
  let best = 0;
  let bestLog: number = HAZARD.causeThreshold;
  if (price > bestLog) {
    best = 1;
    bestLog = price;
  }
  if (dissatisfaction > bestLog) {
    best = 2;
    bestLog = dissatisfaction;
  }
  if (expiry > bestLog) {
    best = 3;
    bestLog = expiry;
  }
  if (portability > bestLog) {
    best = 4;
    bestLog = portability;
  }
  if (campaign > bestLog) {
    best = 5;
    bestLog = campaign;
  }
  if (appeal > bestLog) {
    best = 6;
    bestLog = appeal;
  }
  if (early > bestLog) best = 7;
  return best;
}

/**
 * Referral arrivals of month t: each customer of operator o in segment s brings
 * `tenure.referrals × maturity` arrivals a month (plan.tenure.referral), counted on last month's
 * customers by month joined, rounded per (operator, segment). They join o in segment s.
 */
function fillReferrals(tb: Tables, plan: Plan, t: number, prevAcc: Float64Array | null, L: AccLayout): void {
  const O = plan.operators;
  const S = plan.segments;
  tb.referrals.fill(0);
  tb.referralTotal = 0;
  if (t === 0 || !prevAcc || !plan.tenure.referralOn) return;
  const rate = plan.tenure.referral;
  for (let o = 0; o < O; o++) {
    if (!tb.active[o]) continue;
    for (let s = 0; s < S; s++) {
      let expected = 0;
      for (let b = 0; b < 2; b++)
        for (let j = 0; j < t; j++) {
          const n = prevAcc[accIndex.tenureCell(L, o, s, b, j)];
          if (n !== 0) expected += n * rate[s * TENURE_WIDTH + tenureIndex(t - 1, j)];
        }
      const n = Math.round(expected);
      tb.referrals[o * S + s] = n;
      tb.referralTotal += n;
    }
  }
}

/**
 * The retention budget is spent on flagged customers in order of score (value × risk by
 * default). Last month's histogram of expected offer cost by score bin tells how far down the
 * ranking this month's budget reaches: the threshold bin and the share of it to serve.
 */
function fillCrmThresholds(tb: Tables, plan: Plan, prevAcc: Float64Array | null, prev: AccSummary | null, L: AccLayout): void {
  const O = plan.operators;
  const S = plan.segments;
  for (let o = 0; o < O; o++) {
    tb.tauBin[o] = POS_BINS; // nobody
    tb.tauFrac[o] = 0;
    if (!tb.crm.on[o] || !prev || !prevAcc) continue;
    let revenue = 0; // fen, of the segments the budget covers
    for (let s = 0; s < S; s++) if (tb.crm.segment[o * S + s]) revenue += prev.segRevenue[o * S + s];
    const budget = retentionBudgetShare(plan, tb.month, o) * revenue;
    const h = L.crmCost + o * POS_BINS;
    if (tb.crm.targeting[o] === TARGETING.random) {
      let total = 0;
      for (let i = 0; i < POS_BINS; i++) total += prevAcc[h + i];
      tb.tauBin[o] = 0;
      tb.tauFrac[o] = total > 0 ? Math.min(1, budget / total) : 1;
      continue;
    }
    let left = budget;
    let bin = POS_BINS - 1;
    for (; bin >= 0; bin--) {
      const cost = prevAcc[h + bin];
      if (cost <= left) {
        left -= cost;
        continue;
      }
      break;
    }
    if (bin < 0) {
      tb.tauBin[o] = 0;
      tb.tauFrac[o] = 1;
    } else {
      tb.tauBin[o] = bin;
      tb.tauFrac[o] = left / prevAcc[h + bin];
    }
  }
}
