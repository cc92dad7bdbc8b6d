/**
 * Reactive rivals (model.md §4a): operators' response rules, decided at each month end from the
 * market's combined accumulator, and written into the plan's later months.
 *
 * Every holder of a plan (the coordinator and each slice) calls `observeMonth` with the same
 * combined accumulator of month t before it reads month t + 1: in one thread they share the plan
 * and the first call does the work; in worker threads each has its own plan and reaches the same
 * decisions from the same sums. So responses are identical for any number of workers.
 */
import { type AccLayout, accIndex } from './accumulator.ts';
import { TIERS } from './constants.ts';
import { perSegment, type Plan, retentionBudgetShare } from './plan.ts';
import type { ResponseLever, ResponseRule } from './schema.ts';

/** One fired response, as recorded in the run and the result JSON. */
export interface ResponseRecord {
  /** First month the new value is in force. */
  month: number;
  /** Month-end at which the loss of share was seen. */
  decided: number;
  operator: string;
  /** Index of the rule in the operator's `responses`. */
  rule: number;
  lever: ResponseLever;
  /** Segment watched and (for price) cut; null = overall and every segment. */
  segment: string | null;
  /** Share lost over the rule's window of `windowMonths` months (0.02 = 2 points). */
  shareLoss: number;
  windowMonths: number;
  /** New value: tariff index (mean over the cut segments), CRM budget share, or monthly acquisition budget (RMB). */
  value: number;
}

export interface Reactor {
  /** Last month observed (−1 before month 0). */
  observed: number;
  /** Everything fired so far, in decision order. */
  readonly fired: ResponseRecord[];
  /** Subscriber share per month: [(t*O + o)*(S + 1) + s], s = S overall. */
  readonly share: Float64Array;
  /** Month each rule last fired (−∞ before), per rule in operator order. */
  readonly lastFired: Float64Array;
  readonly rules: readonly { o: number; index: number; rule: ResponseRule; segment: number }[];
  /** Subscribers per (operator, segment) at the observed month end (scratch). */
  readonly subs: Float64Array;
}

export function reactorOf(plan: Plan): Reactor {
  if (plan.reactor) return plan.reactor;
  const { operators: O, segments: S, months } = plan;
  const segIds = plan.scenario.market.segments.map((s) => s.id);
  const rules = plan.scenario.operators.flatMap((op, o) =>
    op.responses.map((rule, index) => ({ o, index, rule, segment: rule.segment === undefined ? S : segIds.indexOf(rule.segment) })),
  );
  plan.reactor = {
    observed: -1,
    fired: [],
    share: new Float64Array((months + 1) * O * (S + 1)),
    lastFired: new Float64Array(rules.length).fill(-Infinity),
    rules,
    subs: new Float64Array(O * S),
  };
  return plan.reactor;
}

/**
 * See month t's end (its combined accumulator) and fire the rules it triggers; returns how many
 * records this call added (0 when t was already observed). Months must come in order.
 */
export function observeMonth(plan: Plan, t: number, acc: Float64Array, L: AccLayout): number {
  if (!plan.reactive) return 0;
  const r = reactorOf(plan);
  if (t <= r.observed) return 0;
  if (t !== r.observed + 1) throw new Error(`response rules: month ${t} observed after ${r.observed}`);
  r.observed = t;
  const { operators: O, segments: S } = plan;
  const W = S + 1;
  r.subs.fill(0);
  for (let o = 0; o < O; o++)
    for (let s = 0; s < S; s++) for (let k = 0; k < TIERS; k++) for (let b = 0; b < 2; b++) r.subs[o * S + s] += acc[accIndex.cell(L, o, s, k, b)];
  let market = 0;
  for (let s = 0; s < S; s++) {
    let total = 0;
    for (let o = 0; o < O; o++) total += r.subs[o * S + s];
    market += total;
    for (let o = 0; o < O; o++) r.share[(t * O + o) * W + s] = total > 0 ? r.subs[o * S + s] / total : 0;
  }
  for (let o = 0; o < O; o++) {
    let own = 0;
    for (let s = 0; s < S; s++) own += r.subs[o * S + s];
    r.share[(t * O + o) * W + S] = market > 0 ? own / market : 0;
  }
  const before = r.fired.length;
  for (let i = 0; i < r.rules.length; i++) {
    const x = r.rules[i];
    const { rule, o, segment } = x;
    const from = t - rule.windowMonths;
    const effect = t + rule.lagMonths;
    if (from < 0 || effect > plan.months || t < r.lastFired[i] + rule.cooldownMonths) continue;
    if (!plan.byMonth[t][o].active || !plan.byMonth[from][o].active) continue;
    const loss = r.share[(from * O + o) * W + segment] - r.share[(t * O + o) * W + segment];
    if (!(loss > rule.shareDrop)) continue;
    const value = apply(plan, o, rule, segment, effect);
    // A rule already at its limit does nothing, and is not counted as having answered.
    if (value === null) continue;
    r.lastFired[i] = t;
    r.fired.push({
      month: effect,
      decided: t,
      operator: plan.scenario.operators[o].id,
      rule: x.index,
      lever: rule.lever,
      segment: segment === S ? null : plan.scenario.market.segments[segment].id,
      shareLoss: loss,
      windowMonths: rule.windowMonths,
      value,
    });
  }
  return r.fired.length - before;
}

/** Write a fired rule into months `effect`… of the plan; the new value, or null if at the limit. */
function apply(plan: Plan, o: number, rule: ResponseRule, segment: number, effect: number): number | null {
  const S = plan.segments;
  const months = plan.byMonth;
  if (rule.lever === 'price') {
    let sum = 0;
    let n = 0;
    let moved = false;
    for (let s = 0; s < S; s++) {
      if (segment !== S && s !== segment) continue;
      const p = months[effect][o];
      const tariff = perSegment(plan, p.levers.pricing.tariffIndex, s, 1) * p.priceFactor[s];
      const target = Math.max(rule.limit, tariff * (1 - rule.step));
      n++;
      if (target >= tariff - 1e-12) {
        sum += tariff;
        continue;
      }
      moved = true;
      sum += target;
      // The same relative cut in every later month keeps later scheduled changes in force on top.
      const factor = target / tariff;
      for (let m = effect; m < months.length; m++) months[m][o].priceFactor[s] *= factor;
    }
    return moved ? sum / n : null;
  }
  if (rule.lever === 'retention') {
    const current = retentionBudgetShare(plan, effect, o);
    const target = Math.min(rule.limit, current + rule.step);
    if (target <= current + 1e-12) return null;
    for (let m = effect; m < months.length; m++) months[m][o].retentionExtra += target - current;
    return target;
  }
  const current = months[effect][o].levers.acquisition.monthlyBudget + months[effect][o].acquisitionExtra;
  const target = Math.min(rule.limit, current + rule.step);
  if (target <= current + 1e-9) return null;
  for (let m = effect; m < months.length; m++) months[m][o].acquisitionExtra += target - current;
  return target;
}

/** The responses fired in a run so far (empty when no operator has rules). */
export function firedResponses(plan: Plan): readonly ResponseRecord[] {
  return plan.reactor?.fired ?? [];
}
