/**
 * A compiled scenario: the levers in force for each operator in each month, after scheduled
 * strategy changes and timeline events (model.md §4 step 1), resolved once before the run so
 * that the monthly table builder only reads numbers.
 */
import type { RunOverrides } from './api.ts';
import { SERVICE } from './constants.ts';
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
  const tooBig = marketSizeProblem(customers, months, scenario.market.arrivalRate);
  if (tooBig) throw new RangeError(tooBig);
  const capacity = peakMarketSize(customers, months, scenario.market.arrivalRate);
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
