/**
 * Validation of untrusted scenario data: schema checks (valibot) and the cross-field rules the
 * schema cannot express (known ids, shares that add up). Every problem is reported as
 * `path: message, got value`, e.g. `operators[1].pricing.tariffIndex: expected a tariff index ≥ 0.1, got -3`.
 */
import * as v from 'valibot';
import { ScenarioSchema, type Scenario } from './schema.ts';

export interface ValidationIssue {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; scenario: Scenario } | { ok: false; issues: ValidationIssue[] };

export function formatIssue(issue: ValidationIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** Short, safe rendering of an offending value for a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return 'an object';
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = item.key as unknown;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/** The deepest issue of a union tells the user more than "expected one of …". */
function leafIssues(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown>[] {
  if (issue.issues && issue.issues.length > 0 && issue.type === 'union') {
    const deeper = issue.issues.filter((i) => (i.path?.length ?? 0) > (issue.path?.length ?? 0));
    if (deeper.length > 0) return deeper.flatMap(leafIssues);
  }
  return [issue];
}

export function validateScenario(data: unknown): ValidationResult {
  const parsed = v.safeParse(ScenarioSchema, data);
  if (!parsed.success) {
    const issues = parsed.issues.flatMap(leafIssues).map((issue) => ({
      path: pathOf(issue),
      // valibot reports a missing key as a key issue; say it plainly.
      message: issue.kind === 'schema' && issue.input === undefined && issue.type !== 'union' ? 'is required but missing' : `${issue.message}, got ${describeValue(issue.input)}`,
    }));
    return { ok: false, issues: dedupe(issues) };
  }
  const issues = crossFieldIssues(parsed.output);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, scenario: parsed.output };
}

function dedupe(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = formatIssue(i);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function crossFieldIssues(s: Scenario): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });
  const segmentIds = s.market.segments.map((seg) => seg.id);
  const operatorIds = s.operators.map((op) => op.id);
  const knownSegment = new Set(segmentIds);
  const knownOperator = new Set(operatorIds);

  const duplicates = (ids: string[], path: string) =>
    ids.forEach((x, i) => ids.indexOf(x) !== i && add(`${path}[${i}].id`, `duplicate id ${JSON.stringify(x)}`));
  duplicates(segmentIds, 'market.segments');
  duplicates(operatorIds, 'operators');

  const shareSum = s.market.segments.reduce((a, seg) => a + seg.share, 0);
  if (Math.abs(shareSum - 1) > 0.01) add('market.segments', `expected segment shares adding up to 1, got ${round(shareSum)}`);
  // Arrival shares (default: the segment's share) are normalised, but some must be positive.
  if (s.market.arrivalRate > 0 && s.market.segments.every((seg) => (seg.arrivalShare ?? seg.share) === 0))
    add('market.segments', 'expected at least one segment with a positive arrivalShare for new customers to join');

  const checkSegmentList = (list: string[], path: string) =>
    list.forEach((x, i) => !knownSegment.has(x) && add(`${path}[${i}]`, `unknown segment ${JSON.stringify(x)}`));
  const checkPerSegment = (value: number | Record<string, number>, path: string) => {
    if (typeof value === 'number') return;
    for (const key of Object.keys(value))
      if (key !== 'default' && !knownSegment.has(key)) add(`${path}.${key}`, `unknown segment ${JSON.stringify(key)}`);
  };
  checkSegmentList(s.market.keyAccountSegments, 'market.keyAccountSegments');

  s.operators.forEach((op, o) => {
    const p = `operators[${o}]`;
    checkPerSegment(op.initialShare, `${p}.initialShare`);
    const groups = [op, ...op.schedule.map((c, k) => ({ ...c, at: `${p}.schedule[${k}]` }))];
    for (const g of groups) {
      const at = 'at' in g ? g.at : p;
      // In scheduled changes any field may be absent (it keeps its value).
      if (g.pricing?.tariffIndex !== undefined) checkPerSegment(g.pricing.tariffIndex, `${at}.pricing.tariffIndex`);
      if (g.pricing?.bundle?.uptake !== undefined) checkPerSegment(g.pricing.bundle.uptake, `${at}.pricing.bundle.uptake`);
      if (g.contracts?.uptake !== undefined) checkPerSegment(g.contracts.uptake, `${at}.contracts.uptake`);
      if (g.crm?.segments) checkSegmentList(g.crm.segments, `${at}.crm.segments`);
      if (g.acquisition?.targetSegments) checkSegmentList(g.acquisition.targetSegments, `${at}.acquisition.targetSegments`);
    }
  });

  // At month 0 every segment must be split among the operators present then.
  s.market.segments.forEach((seg) => {
    const sum = s.operators.reduce(
      (a, op) => a + (startsAtZero(s, op.id) ? segmentValue(op.initialShare, seg.id, 0) : 0),
      0,
    );
    if (Math.abs(sum - 1) > 0.01)
      add('operators', `expected initialShare of the operators present at month 0 adding up to 1 for segment ${JSON.stringify(seg.id)}, got ${round(sum)}`);
  });

  s.events.forEach((e, i) => {
    if ('operator' in e && !knownOperator.has(e.operator))
      add(`events[${i}].operator`, `unknown operator ${JSON.stringify(e.operator)}`);
    if (e.type === 'priceCut') checkSegmentList(e.segments, `events[${i}].segments`);
  });
  const tooBig = marketSizeProblem(s.market.customers, s.market.months, s.market.arrivalRate);
  if (tooBig) add('market', `expected a market that stays manageable: ${tooBig}`);
  if (s.challenge && !knownOperator.has(s.challenge.operator))
    add('challenge.operator', `unknown operator ${JSON.stringify(s.challenge.operator)}`);
  return issues;
}

/** Largest market a run may reach (starting customers plus all arrivals): memory and time stay bounded. */
export const MAX_MARKET_SIZE = 4_000_000;

/**
 * The largest the market can grow: arrivals are round(N × rate) a month, so with no exits at all
 * N follows this path exactly. The engine sizes its arrays with it.
 */
export function peakMarketSize(customers: number, months: number, arrivalRate: number): number {
  let n = customers;
  for (let t = 1; t <= months && n <= MAX_MARKET_SIZE * 2; t++) n += Math.round(n * arrivalRate);
  return n;
}

/** Why a run of this size cannot be made, or null. */
export function marketSizeProblem(customers: number, months: number, arrivalRate: number): string | null {
  const peak = peakMarketSize(customers, months, arrivalRate);
  return peak > MAX_MARKET_SIZE
    ? `${customers} customers growing ${round(arrivalRate * 100)} % a month for ${months} months could reach ${peak > MAX_MARKET_SIZE * 2 ? 'more than ' + MAX_MARKET_SIZE * 2 : peak}, over the limit of ${MAX_MARKET_SIZE}`
    : null;
}

function round(x: number): string {
  return String(Math.round(x * 1000) / 1000);
}

/** The month an operator enters: its entryMonth, or a newEntrant event naming it, whichever is later. */
export function entryMonthOf(s: Scenario, operatorId: string): number {
  const op = s.operators.find((o) => o.id === operatorId);
  let month = op?.entryMonth ?? 0;
  for (const e of s.events) if (e.type === 'newEntrant' && e.operator === operatorId) month = Math.max(month, e.month);
  return month;
}

function startsAtZero(s: Scenario, operatorId: string): boolean {
  return entryMonthOf(s, operatorId) === 0;
}

/** Resolve a per-segment value: the segment's own entry, else `default`, else the fallback. */
export function segmentValue(value: number | Record<string, number>, segmentId: string, fallback: number): number {
  if (typeof value === 'number') return value;
  return value[segmentId] ?? value.default ?? fallback;
}
