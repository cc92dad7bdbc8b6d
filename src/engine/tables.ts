/**
 * Monthly tables (model.md §4 step 2). From the levers in force and last month's market state,
 * build per-cell look-ups: churn hazard, its main cause, CRM flagging, satisfaction targets,
 * destination and arrival choice probabilities, prices and costs. All exp/log of the model
 * happens here, on a few thousand cells; the per-customer loop only reads these arrays.
 * Every array is allocated once per run and refilled each month.
 */
import { type AccSummary, type AccLayout, SAT_LEVELS } from './accumulator.ts';
import { ACQUISITION_SCALE, BETA, CONTRACT_STATES, CRM_SCORE_SCALE, HAZARD, POINT_BUCKETS, SAT, SAT_BUCKETS, SERVICE, TIERS } from './constants.ts';
import { POS_BINS } from './histogram.ts';
import { acquisitionSpend, fixedCostPerCustomer, perSegment, type Plan } from './plan.ts';

export const TARGETING = { valueRisk: 0, value: 1, risk: 2, random: 3 } as const;

export interface Tables {
  month: number;
  portability: boolean;
  /** Hazard cell = ((((((s*TIERS + k)*O + o)*SAT_BUCKETS + b)*CONTRACT_STATES + c)*2 + bundled)*POINT_BUCKETS + p) */
  /** Float32: half the cache footprint; hazards need no more precision. */
  hazard: Float32Array;
  cause: Uint8Array;
  /** Probability a customer who will not churn is flagged anyway (per hazard cell). */
  falseFlag: Float64Array;
  /** Expected chance of being flagged (per hazard cell), for CRM budgeting. */
  flagChance: Float64Array;
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
  crmOn: Uint8Array; // [o]
  crmSegment: Uint8Array; // [o*S + s]
  recall: Float64Array; // [o]
  saveRate: Float64Array; // [o]
  offerCostMonths: Float64Array; // [o]
  targeting: Uint8Array; // [o]
  scoreScale: Float64Array; // [o]
  /** Offers go to flagged customers with score bin > tauBin, or = tauBin with chance tauFrac. */
  tauBin: Int32Array; // [o]
  tauFrac: Float64Array; // [o]
  winBackWindow: Uint8Array; // [o]
  winBackRate: Float64Array; // [o]
  winBackCost: Float64Array; // [o]
  active: Uint8Array; // [o]
  acquisitionSpend: Float64Array; // [o] RMB this month
  /** Number of arrivals this month and the first new customer id. */
  arrivals: number;
  firstArrivalId: number;
}

export function hazardCells(plan: Plan): number {
  return plan.segments * TIERS * plan.operators * SAT_BUCKETS * CONTRACT_STATES * 2 * POINT_BUCKETS;
}

export function createTables(plan: Plan): Tables {
  const O = plan.operators;
  const S = plan.segments;
  const cells = hazardCells(plan);
  const skO = S * TIERS * O;
  return {
    month: -1,
    portability: false,
    hazard: new Float32Array(cells),
    cause: new Uint8Array(cells),
    falseFlag: new Float64Array(cells),
    flagChance: new Float64Array(cells),
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
    crmOn: new Uint8Array(O),
    crmSegment: new Uint8Array(O * S),
    recall: new Float64Array(O),
    saveRate: new Float64Array(O),
    offerCostMonths: new Float64Array(O),
    targeting: new Uint8Array(O),
    scoreScale: new Float64Array(O),
    tauBin: new Int32Array(O),
    tauFrac: new Float64Array(O),
    winBackWindow: new Uint8Array(O),
    winBackRate: new Float64Array(O),
    winBackCost: new Float64Array(O),
    active: new Uint8Array(O),
    acquisitionSpend: new Float64Array(O),
    arrivals: 0,
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
export function buildTables(
  tb: Tables,
  plan: Plan,
  t: number,
  prevAcc: Float64Array | null,
  prev: AccSummary | null,
  L: AccLayout,
  nextId: number,
): void {
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
    tb.crmOn[o] = p.active && lv.crm.recall > 0 && lv.crm.budgetShare > 0 ? 1 : 0;
    tb.recall[o] = lv.crm.recall;
    tb.saveRate[o] = lv.crm.saveRate;
    tb.offerCostMonths[o] = lv.crm.offerCostMonths;
    tb.targeting[o] = TARGETING[lv.crm.targeting];
    tb.scoreScale[o] = CRM_SCORE_SCALE[lv.crm.targeting];
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
      const tariff = perSegment(plan, lv.pricing.tariffIndex, s, 1) * p.priceFactor[s];
      const ka = plan.keyAccount[s] ? 1 - lv.pricing.keyAccountDiscount : 1;
      const uptake = perSegment(plan, lv.pricing.bundle.uptake, s, 0);
      const bundleDiscount = lv.pricing.bundle.discount;
      tb.priceMult[(o * S + s) * 2] = tariff * ka;
      tb.priceMult[(o * S + s) * 2 + 1] = tariff * ka * (1 - bundleDiscount);
      sc.effPrice[o * S + s] = tariff * ka * (1 - uptake * bundleDiscount);
      tb.contractUptake[o * S + s] = lv.contracts.lengthMonths > 0 ? perSegment(plan, lv.contracts.uptake, s, 0) : 0;
      tb.bundleUptake[o * S + s] = uptake;
      // Existing customers adopt the bundle until the operator's uptake target is reached.
      const segSubs = prev ? prev.segSubscribers[o * S + s] : 0;
      const bundled = prev ? prev.segBundled[o * S + s] : 0;
      const have = segSubs > 0 ? bundled / segSubs : 0;
      tb.bundleAdopt[o * S + s] = t > 0 && uptake > have ? (uptake - have) / (1 - have) : 0;
      tb.crmSegment[o * S + s] = lv.crm.segments.length === 0 || lv.crm.segments.includes(sid) ? 1 : 0;
      // Acquisition intensity: RMB per targeted head in the market per month.
      const targeted = lv.acquisition.targetSegments.length === 0 || lv.acquisition.targetSegments.includes(sid);
      let heads = 0;
      if (prev) for (let j = 0; j < O; j++) heads += prev.segSubscribers[j * S + s];
      if (heads === 0) heads = plan.customers * segs[s].share;
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

  fillHazards(tb, plan, sc, t);
  fillCrmThresholds(tb, plan, prevAcc, prev, L);
}

function fillHazards(tb: Tables, plan: Plan, sc: Scratch, t: number): void {
  const O = plan.operators;
  const S = plan.segments;
  const segs = plan.scenario.market.segments;
  const ops = plan.byMonth[t];
  const portability = tb.portability;
  for (let s = 0; s < S; s++) {
    const seg = segs[s];
    const switchSens = seg.sensitivity.switchingCost;
    const portabilityLog = portability ? HAZARD.numberLock * seg.numberAttachment * switchSens : 0;
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
        const rivalLog = rivals > 0 ? HAZARD.rivalElasticity * Math.log(all / rivals) : 0;
        const rival = Math.min(HAZARD.rivalMax, Math.max(HAZARD.rivalMin, Math.exp(rivalLog)));
        const priceLog = rivals > 0 ? HAZARD.rivalElasticity * Math.log(price / rivals) : 0;
        const campaignLog = rivals > 0 ? HAZARD.rivalElasticity * Math.log(campaign / rivals) : 0;
        const lv = ops[o].levers;
        const inContract = HAZARD.inContract * Math.exp(-lv.contracts.earlyTerminationFee / HAZARD.terminationFeeScale);
        const lockIn = lv.pricing.bundle.lockIn;
        for (let b = 0; b < SAT_BUCKETS; b++) {
          const satLog = -HAZARD.satisfactionSlope * ((b + 0.5) / SAT_BUCKETS - HAZARD.satisfactionReference);
          for (let c = 0; c < CONTRACT_STATES; c++) {
            const contract = c === 0 ? 1 : c === 1 ? inContract : HAZARD.expirySpike;
            for (let bundled = 0; bundled < 2; bundled++)
              for (let p = 0; p < POINT_BUCKETS; p++) {
                const cell = (((((base + o) * SAT_BUCKETS + b) * CONTRACT_STATES + c) * 2 + bundled) * POINT_BUCKETS + p);
                const h =
                  seg.baseChurn *
                  Math.exp(satLog + portabilityLog - HAZARD.pointsLock * p * switchSens) *
                  contract *
                  (bundled ? 1 - lockIn : 1) *
                  rival;
                const hazard = tb.active[o] ? Math.min(HAZARD.max, h) : 0;
                tb.hazard[cell] = hazard;
                tb.cause[cell] = mainCause(priceLog, satLog, c === 2 ? Math.log(HAZARD.expirySpike) : 0, portabilityLog, campaignLog);
                // CRM: flag a future churner with chance = recall; others at the rate that gives the precision.
                const r = tb.recall[o];
                const q = plan.byMonth[t][o].levers.crm.precision;
                const ff = hazard < 1 ? Math.min(1, (r * hazard * (1 - q)) / (q * (1 - hazard))) : 0;
                tb.falseFlag[cell] = ff;
                tb.flagChance[cell] = r * hazard + ff * (1 - hazard);
              }
          }
        }
      }
  }
}

/** Index into CHURN_CAUSES of the largest hazard term above neutral. */
function mainCause(price: number, dissatisfaction: number, expiry: number, portability: number, campaign: number): number {
  // Order follows CHURN_CAUSES: baseline, price, dissatisfaction, contractExpiry, portability, rivalCampaign.
  let best = 0;
  let bestLog: number = HAZARD.causeThreshold;
  if (price > bestLog) (best = 1), (bestLog = price);
  if (dissatisfaction > bestLog) (best = 2), (bestLog = dissatisfaction);
  if (expiry > bestLog) (best = 3), (bestLog = expiry);
  if (portability > bestLog) (best = 4), (bestLog = portability);
  if (campaign > bestLog) best = 5;
  return best;
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
    if (!tb.crmOn[o] || !prev || !prevAcc) continue;
    let revenue = 0; // fen, of the segments the budget covers
    for (let s = 0; s < S; s++) if (tb.crmSegment[o * S + s]) revenue += prev.segRevenue[o * S + s];
    const budget = plan.byMonth[tb.month][o].levers.crm.budgetShare * revenue;
    const h = L.crmCost + o * POS_BINS;
    if (tb.targeting[o] === TARGETING.random) {
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
