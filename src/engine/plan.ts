/**
 * A compiled scenario: the levers in force for each operator in each month, after scheduled
 * strategy changes and timeline events (model.md §4 step 1), resolved once before the run so
 * that the monthly table builder only reads numbers.
 */
import type { RunOverrides } from './api.ts';
import { BETA, HAZARD, SERVICE } from './constants.ts';
import type { Reactor } from './reactor.ts';
import type { LeverGroups, Scenario, ScheduledChange } from './schema.ts';
import { entryMonthOf, marketSizeProblem, peakMarketSize, segmentValue } from './validate.ts';

export interface OperatorMonthPlan {
  active: boolean;
  levers: LeverGroups;
  network: number;
  brand: number;
  /** Multiplier on tariffs per segment from price-cut events. */
  priceFactor: Float64Array;
  /** Extra incident rate from outages. */
  outageRate: number;
  /** Added by response rules as the run goes (reactor.ts): CRM budget share and acquisition RMB/month. */
  retentionExtra: number;
  acquisitionExtra: number;
}

export interface Plan {
  scenario: Scenario;
  seed: number;
  months: number;
  customers: number;
  operators: number;
  segments: number;
  /** Upper bound on customer ids (starting base plus all possible arrivals). */
  capacity: number;
  /** byMonth[t][o] */
  byMonth: OperatorMonthPlan[][];
  portability: boolean[];
  keyAccount: boolean[];
  /** Whether any operator has response rules; their state lives in `reactor` (reactor.ts), made on first use. */
  reactive: boolean;
  reactor?: Reactor;
  tenure: TenureTables;
}

/** Tenures the tables hold, in months (50 years; a run is at most 240 months). */
export const TENURE_SPAN = 600;
/** Row width of the tenure tables: tenures 0..TENURE_SPAN, then "mature" (the starting base). */
export const TENURE_WIDTH = TENURE_SPAN + 2;

/**
 * The segments' tenure curves (schema TenureSchema) as look-ups by tenure τ = 0..TENURE_SPAN,
 * with τ = TENURE_SPAN + 1 standing for "mature" (the starting base): index s * TENURE_WIDTH + τ.
 * Built once per run, so the monthly loop reads them without exp/log (tenureIndex gives τ).
 */
export interface TenureTables {
  /** Hazard factor: early-tenure churn × the tolerated premium's cut of the price term. */
  hazard: Float64Array;
  /** ln of the early-tenure factor and of the premium factor (≤ 0), for cause attribution. */
  earlyLog: Float64Array;
  /** The early-tenure factor itself (1 + earlyChurn·e^(−(τ−1)/T)). */
  early: Float64Array;
  /** Per segment: the tenure from which its economic curves equal the mature ones (to 1e-10; 1 if flat). */
  settled: Int32Array;
  premiumLog: Float64Array;
  /** Spend as a multiple of the spend drawn at birth (upsell; the starting base is mature, at 1 + spendGrowth). */
  spend: Float64Array;
  /** Fixed cost to serve as a multiple of the mature one. */
  cost: Float64Array;
  /** Referral arrivals per customer-month. */
  referral: Float64Array;
  /** Whether any segment's hazard or spend depends on tenure (else the loop need not read when a customer joined). */
  loopOn: boolean;
  /** Whether any segment has spend growth, early cost or referrals (else the accounts skip them). */
  spendOn: boolean;
  costOn: boolean;
  referralOn: boolean;
  /** Largest referral rate of any segment (it bounds the market's growth). */
  maxReferral: number;
}

/** Tenure index of a customer who joined its operator in month j, in month t (the starting base, j = 0, is mature). */
export function tenureIndex(t: number, j: number): number {
  return j === 0 ? TENURE_SPAN + 1 : t - j;
}

function buildTenureTables(scenario: Scenario): TenureTables {
  const segs = scenario.market.segments;
  const W = TENURE_WIDTH;
  const n = segs.length * W;
  const tt: TenureTables = {
    hazard: new Float64Array(n),
    earlyLog: new Float64Array(n),
    early: new Float64Array(n),
    settled: new Int32Array(segs.length),
    premiumLog: new Float64Array(n),
    spend: new Float64Array(n),
    cost: new Float64Array(n),
    referral: new Float64Array(n),
    loopOn: false,
    spendOn: false,
    costOn: false,
    referralOn: false,
    maxReferral: 0,
  };
  segs.forEach((seg, s) => {
    const c = seg.tenure;
    tt.loopOn ||= c.earlyChurn > 0 || c.loyalPremium > 0 || c.spendGrowth > 0;
    tt.spendOn ||= c.spendGrowth > 0;
    tt.costOn ||= c.earlyCost > 0;
    tt.referralOn ||= c.referrals > 0;
    const flat = c.earlyChurn === 0 && c.spendGrowth === 0 && c.earlyCost === 0 && c.referrals === 0;
    // e^(−23) < 1e-10: past 1 + 23·T months every curve is mature to that precision.
    tt.settled[s] = flat ? 1 : Math.min(TENURE_SPAN, Math.ceil(1 + 23 * c.months));
    tt.maxReferral = Math.max(tt.maxReferral, c.referrals);
    for (let tau = 0; tau < W; tau++) {
      const mature = tau === W - 1;
      // Share of the way to maturity, and what is left of the newcomer's excess.
      const mu = mature ? 1 : 1 - Math.exp(-tau / c.months);
      const early = mature || tau < 1 ? 0 : Math.log1p(c.earlyChurn * Math.exp(-(tau - 1) / c.months));
      // A premium the customer accepts is a price gap that no longer pushes it to rivals: the rival
      // factor's price part, exp(elasticity · β_price · w_price · ln price), shrinks by that much.
      const premium = -HAZARD.rivalElasticity * BETA.price * seg.sensitivity.price * Math.log1p(c.loyalPremium * mu);
      const i = s * W + tau;
      tt.earlyLog[i] = early;
      tt.early[i] = Math.exp(early);
      tt.premiumLog[i] = premium;
      tt.hazard[i] = Math.exp(early + premium);
      tt.spend[i] = 1 + c.spendGrowth * mu;
      tt.cost[i] = 1 + c.earlyCost * (1 - mu);
      tt.referral[i] = c.referrals * mu;
    }
  });
  return tt;
}

const LEVER_KEYS = ['pricing', 'contracts', 'service', 'loyalty', 'crm', 'winBack', 'acquisition'] as const;

/** Fields a patch names (undefined = not named). */
function named<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Apply a scheduled change: named fields replace, others stay; the bundle merges field by field. */
function applyChange(levers: LeverGroups, change: ScheduledChange): void {
  for (const key of LEVER_KEYS) {
    const patch = change[key];
    if (!patch) continue;
    if (key === 'pricing' && change.pricing) {
      const { bundle, ...rest } = change.pricing;
      levers.pricing = { ...levers.pricing, ...named(rest), bundle: { ...levers.pricing.bundle, ...named(bundle ?? {}) } };
    } else {
      (levers as Record<string, object>)[key] = { ...levers[key], ...named(patch) };
    }
  }
}

export function compilePlan(scenario: Scenario, overrides: RunOverrides = {}): Plan {
  const months = overrides.months ?? scenario.market.months;
  const customers = overrides.customers ?? scenario.market.customers;
  const seed = (overrides.seed ?? scenario.market.seed) >>> 0;
  const segIds = scenario.market.segments.map((s) => s.id);
  const byMonth: OperatorMonthPlan[][] = [];
  // Events take effect in month order (a later network launch overrides an earlier one), whatever their order in the file.
  const eventsInOrder = [...scenario.events].sort((a, b) => a.month - b.month);
  const portability: boolean[] = [];
  for (let t = 0; t <= months; t++) {
    portability.push(scenario.market.portability || scenario.events.some((e) => e.type === 'portability' && e.month <= t));
    byMonth.push(
      scenario.operators.map((op) => {
        const levers = Object.fromEntries(LEVER_KEYS.map((k) => [k, op[k]])) as LeverGroups;
        const changes = op.schedule.filter((c) => c.month <= t).sort((a, b) => a.month - b.month);
        for (const change of changes) applyChange(levers, change);
        const priceFactor = new Float64Array(segIds.length).fill(1);
        let network = op.network;
        let outageRate = 0;
        for (const e of eventsInOrder) {
          if (!('operator' in e) || e.operator !== op.id || e.month > t) continue;
          if (e.type === 'priceCut')
            segIds.forEach((sid, s) => {
              if (e.segments.length === 0 || e.segments.includes(sid)) priceFactor[s] *= e.factor;
            });
          if (e.type === 'networkLaunch') network = e.network;
          if (e.type === 'outage' && t < e.month + e.durationMonths) outageRate += e.incidentRate;
        }
        return {
          active: t >= entryMonthOf(scenario, op.id),
          levers,
          network,
          brand: op.brand,
          priceFactor,
          outageRate,
          retentionExtra: 0,
          acquisitionExtra: 0,
        };
      }),
    );
  }
  const tenure = buildTenureTables(scenario);
  // Referrals add arrivals on top of arrivalRate (at most maxReferral per customer, plus rounding per cell).
  const growth = scenario.market.arrivalRate + tenure.maxReferral;
  const tooBig = marketSizeProblem(customers, months, growth);
  if (tooBig) throw new RangeError(tooBig);
  const rounding = tenure.referralOn ? scenario.operators.length * segIds.length * months : 0;
  const capacity = peakMarketSize(customers, months, growth) + rounding;
  return {
    scenario,
    seed,
    months,
    customers,
    operators: scenario.operators.length,
    segments: segIds.length,
    capacity,
    byMonth,
    portability,
    keyAccount: segIds.map((id) => scenario.market.keyAccountSegments.includes(id)),
    reactive: scenario.operators.some((op) => op.responses.length > 0),
    tenure,
  };
}

/**
 * Acquisition spend of operator o in month t (RMB). Budgets are stated for the scenario's own
 * market size; a run with another customer count scales them, so that a smaller sample of the
 * same market behaves the same way.
 */
export function acquisitionSpend(plan: Plan, t: number, o: number): number {
  const p = plan.byMonth[t][o];
  return p.active ? ((p.levers.acquisition.monthlyBudget + p.acquisitionExtra) * plan.customers) / plan.scenario.market.customers : 0;
}

/** CRM retention budget of operator o in month t as a share of the covered revenue (lever plus responses). */
export function retentionBudgetShare(plan: Plan, t: number, o: number): number {
  const p = plan.byMonth[t][o];
  return p.levers.crm.budgetShare + p.retentionExtra;
}

/**
 * Fixed monthly cost to serve one customer of tier k (RMB): the operator's cost per subscriber,
 * its share of an account manager (cost / N for a 1:N ratio) and VIP privileges.
 */
export function fixedCostPerCustomer(plan: Plan, t: number, o: number, k: number): number {
  const service = plan.byMonth[t][o].levers.service;
  const tier = service.tiers[k];
  const ratio = tier.accountManagerRatio;
  return (
    plan.scenario.operators[o].costs.perSubscriber + (ratio > 0 ? service.accountManagerCost / ratio : 0) + tier.privileges * SERVICE.privilegeCostPerCustomer
  );
}

/** Loyalty cost as a share of the bill: points per RMB × value of a point (booked when earned). */
export function loyaltyCostShare(plan: Plan, t: number, o: number): number {
  const loyalty = plan.byMonth[t][o].levers.loyalty;
  return loyalty.pointsPerRmb * loyalty.pointValue;
}

/**
 * What a customer of segment s pays operator o in month t, as a multiple of list-price spend:
 * tariff index × price-cut events × key-account discount × bundle discount (if bundled).
 */
export function priceMultiplier(plan: Plan, t: number, o: number, s: number, bundled: number): number {
  const p = plan.byMonth[t][o];
  const pricing = p.levers.pricing;
  const tariff = perSegment(plan, pricing.tariffIndex, s, 1) * p.priceFactor[s];
  const keyAccount = plan.keyAccount[s] ? 1 - pricing.keyAccountDiscount : 1;
  return tariff * keyAccount * (bundled ? 1 - pricing.bundle.discount : 1);
}

/** A per-segment lever value for segment index s. */
export function perSegment(plan: Plan, value: number | Record<string, number>, s: number, fallback: number): number {
  return segmentValue(value, plan.scenario.market.segments[s].id, fallback);
}
