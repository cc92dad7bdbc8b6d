/**
 * The Sweep view's form, read into a sweep: which fields, which values, how many replications and
 * of what size, each problem worded in the UI language and naming the field or path it is about.
 * Every point is validated as a whole scenario before anything runs, so a value the schema accepts
 * alone but the scenario does not (shares above 100 % together) is refused with the editor's words.
 */
import { applyPatch, PatchError } from '../../engine/analysis/patch.ts';
import { rangeValues, sweepPoints, type SweepParam, type SweepPoint } from '../../engine/analysis/sweep.ts';
import type { Scenario } from '../../engine/schema.ts';
import { marketSizeProblem, validateScenario } from '../../engine/validate.ts';
import { issueSummary } from '../editor/issueField.ts';
import { formatNumber, i18n, type Messages } from '../i18n/index.svelte.ts';
import { resolveLeverPath, type LeverChoice, type LeverGroupChoices } from './leverCatalog.ts';

export interface LeverInput {
  path: string;
  kind: 'range' | 'list';
  lo: string;
  hi: string;
  points: string;
  list: string;
}

export interface RunSizeInput {
  replications: string | number;
  customers: string;
  months: string;
}

export const MAX_REPLICATIONS = 50;
export const MAX_POINTS_PER_LEVER = 25;
/** Beyond this a browser tab is the wrong tool: `npm run sweep` shards across machines. */
export const MAX_SWEEP_RUNS = 2_000;

export interface RunSize {
  replications: number;
  customers: number;
  months: number;
}

export interface SweepPlan extends RunSize {
  params: SweepParam[];
  levers: LeverChoice[];
  points: SweepPoint[];
  scenarios: Scenario[];
}

const num = (x: number) => formatNumber(x, { maximumFractionDigits: 6 });

/** Parses "0.8, 0.9 1.0；1.1": commas (either width), semicolons or spaces between values. */
export function parseNumberList(text: string): { values: number[]; bad: string | null } {
  const parts = text.split(/[,，;；\s]+/).filter(Boolean);
  const values: number[] = [];
  for (const part of parts) {
    const value = Number(part);
    if (!Number.isFinite(value)) return { values, bad: part };
    values.push(value);
  }
  return { values, bad: null };
}

/** A whole number in [lo, hi], or null; number inputs bind numbers, text inputs strings. */
function wholeIn(text: string | number, lo: number, hi: number): number | null {
  const value = Number(String(text).trim());
  return Number.isInteger(value) && value >= lo && value <= hi ? value : null;
}

/** Replications, customers and months ('' = the scenario's own), or the problems with them. */
export function readRunSize(scenario: Scenario, input: RunSizeInput, m: Messages, maxReplications = MAX_REPLICATIONS): RunSize | string[] {
  const errors: string[] = [];
  const replications = wholeIn(input.replications, 1, maxReplications);
  if (replications === null) errors.push(m.sweepBadCount(m.sweepReplications, '1', num(maxReplications)));
  const customers = input.customers.trim() === '' ? scenario.market.customers : wholeIn(input.customers, 100, 2_000_000);
  if (customers === null) errors.push(m.sweepBadCount(m.sweepCustomers, num(100), num(2_000_000)));
  const months = input.months.trim() === '' ? scenario.market.months : wholeIn(input.months, 1, 240);
  if (months === null) errors.push(m.sweepBadCount(m.sweepMonths, '1', '240'));
  if (customers !== null && months !== null) {
    const tooBig = marketSizeProblem(customers, months, scenario.market.arrivalRate);
    if (tooBig) errors.push(`${m.sweepCustomers} × ${m.sweepMonths}: ${tooBig}`);
  }
  return errors.length || replications === null || customers === null || months === null ? errors : { replications, customers, months };
}

function leverValues(lever: LeverChoice, input: LeverInput, n: number, m: Messages, errors: string[]): number[] {
  let values: number[];
  if (input.kind === 'list') {
    const parsed = parseNumberList(input.list);
    if (parsed.bad !== null) {
      errors.push(m.sweepBadNumber(`${m.sweepLeverN(n)} · ${m.sweepListLabel}`, parsed.bad));
      return [];
    }
    values = [...new Set(parsed.values)];
    if (values.length < 1 || values.length > MAX_POINTS_PER_LEVER) {
      errors.push(`${m.sweepLeverN(n)} · ${m.sweepBadPoints(1, MAX_POINTS_PER_LEVER)}`);
      return [];
    }
  } else {
    const lo = Number(input.lo.trim());
    const hi = Number(input.hi.trim());
    const k = wholeIn(input.points, 1, MAX_POINTS_PER_LEVER);
    if (input.lo.trim() === '' || !Number.isFinite(lo)) errors.push(m.sweepBadNumber(`${m.sweepLeverN(n)} · ${m.sweepFrom}`, input.lo));
    if (input.hi.trim() === '' || !Number.isFinite(hi)) errors.push(m.sweepBadNumber(`${m.sweepLeverN(n)} · ${m.sweepTo}`, input.hi));
    if (k === null) errors.push(`${m.sweepLeverN(n)} · ${m.sweepBadPoints(1, MAX_POINTS_PER_LEVER)}`);
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || k === null || input.lo.trim() === '' || input.hi.trim() === '') return [];
    values = rangeValues(lo, hi, k).map((v) => (lever.integer ? Math.round(v) : Number(v.toPrecision(12))));
    values = [...new Set(values)];
  }
  for (const value of values) {
    if (value < lever.min || value > lever.max) errors.push(m.sweepOutOfRange(lever.path, num(value), num(lever.min), num(lever.max)));
    else if (lever.integer && !Number.isInteger(value)) errors.push(m.sweepNotWhole(lever.path, num(value)));
  }
  return values;
}

/** The sweep the form describes, or every problem with it. */
export function planSweep(
  scenario: Scenario,
  groups: readonly LeverGroupChoices[],
  inputs: readonly LeverInput[],
  size: RunSizeInput,
  m: Messages,
): SweepPlan | string[] {
  const errors: string[] = [];
  const levers: LeverChoice[] = [];
  const params: SweepParam[] = [];
  inputs.forEach((input, i) => {
    const n = i + 1;
    if (input.path.trim() === '') {
      errors.push(m.sweepNoLever(n));
      return;
    }
    const lever = resolveLeverPath(scenario, input.path, groups);
    if (typeof lever === 'string') {
      const problem = lever === 'notAPath' ? m.sweepNotAPath : lever === 'notANumber' ? m.sweepNotANumber : m.sweepNotInScenario;
      errors.push(m.sweepProblemPath(input.path.trim(), problem));
      return;
    }
    if (levers.some((l) => l.path === lever.path)) {
      errors.push(m.sweepSameLever);
      return;
    }
    levers.push(lever);
    params.push({ path: lever.path, values: leverValues(lever, input, n, m, errors) });
  });
  const runSize = readRunSize(scenario, size, m);
  if (Array.isArray(runSize)) errors.push(...runSize);
  if (errors.length || Array.isArray(runSize)) return errors;

  const points = sweepPoints(params);
  const runs = points.length * runSize.replications;
  if (runs > MAX_SWEEP_RUNS) return [m.sweepTooManyRuns(runs, MAX_SWEEP_RUNS)];
  const scenarios: Scenario[] = [];
  for (const point of points) {
    const at = Object.entries(point.values)
      .map(([path, value]) => `${path} = ${num(value)}`)
      .join(', ');
    let patched: Scenario;
    try {
      patched = applyPatch(scenario, point.values);
    } catch (e) {
      return [m.sweepInvalidPoint(at, e instanceof PatchError ? e.message : String(e))];
    }
    const checked = validateScenario(patched);
    if (!checked.ok) return [m.sweepInvalidPoint(at, issueSummary(checked.issues[0], patched, m, i18n.locale))];
    scenarios.push(checked.scenario);
  }
  return { ...runSize, params, levers, points, scenarios };
}

/** A lever's default range: ±20 % around its value within its limits (its limits when it is 0). */
export function defaultRange(lever: LeverChoice): { lo: number; hi: number } {
  const value = typeof lever.value === 'number' ? lever.value : typeof lever.spec?.defaultValue === 'number' ? lever.spec.defaultValue : NaN;
  const clamp = (v: number) => Math.min(lever.max, Math.max(lever.min, lever.integer ? Math.round(v) : Number(v.toPrecision(6))));
  if (Number.isFinite(value) && value !== 0) {
    const [a, b] = [clamp(value * 0.8), clamp(value * 1.2)];
    if (a < b) return { lo: Math.min(a, b), hi: Math.max(a, b) };
  }
  const lo = Number.isFinite(lever.min) ? lever.min : 0;
  const hi = Number.isFinite(lever.max) && lever.max - lo <= 1 ? lever.max : lo + 1;
  return { lo, hi };
}
