/**
 * Validation of untrusted scenario data: schema checks (valibot) and the cross-field rules the
 * schema cannot express (known ids, shares that add up). Every problem is reported as
 * `path: message, got value`, e.g. `operators[1].pricing.tariffIndex: expected a tariff index ≥ 0.1, got -3`
 * (the CLI's and the English wording), and also as a language-free `code` with `params`, from
 * which the UI words the problem in the user's language.
 */
import * as v from 'valibot';
import { applyPatch, PatchError } from './analysis/patch.ts';
import { parsePath } from './path.ts';
import { fieldNamesAt } from './schemaWalk.ts';
import { COLOUR_PATTERN, ID_PATTERN, increasingThresholds, ScenarioSchema, SEED_FILE_PATTERN, type Scenario } from './schema.ts';

/** The offending value, described without words. */
export type Got =
  | { kind: 'missing' }
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'list'; length: number }
  | { kind: 'object' };

export type ExpectedType = 'number' | 'text' | 'boolean' | 'object' | 'list' | 'numberOrPerSegment';
export type TextFormat = 'id' | 'colour' | 'seedFile';

/** What went wrong, by rule. `other` is a schema rule this list does not know yet (the UI then shows `message`). */
export type IssueDetail =
  | { code: 'required'; params: Record<string, never> }
  | { code: 'type'; params: { expected: ExpectedType; got: Got } }
  | { code: 'finite'; params: { got: Got } }
  | { code: 'integer'; params: { got: Got } }
  | { code: 'min'; params: { limit: number; got: Got } }
  | { code: 'max'; params: { limit: number; got: Got } }
  | { code: 'itemCount'; params: { count: number; got: Got } }
  | { code: 'minItems'; params: { limit: number; got: Got } }
  | { code: 'maxItems'; params: { limit: number; got: Got } }
  | { code: 'textTooLong'; params: { limit: number; length: number } }
  | { code: 'format'; params: { format: TextFormat; got: Got } }
  | { code: 'increasing'; params: { got: Got } }
  | { code: 'oneOf'; params: { allowed: string[]; got: Got } }
  | { code: 'duplicateId'; params: { id: string } }
  | { code: 'segmentSharesSum'; params: { sum: number } }
  | { code: 'noArrivalShare'; params: Record<string, never> }
  | { code: 'unknownSegment'; params: { id: string } }
  | { code: 'unknownOperator'; params: { id: string } }
  | { code: 'initialShareSum'; params: { segment: string; sum: number } }
  | { code: 'marketTooLarge'; params: MarketSize }
  | { code: 'patchPath'; params: { path: string; reason: PatchPathProblem } }
  | { code: 'unknownField'; params: { field: string; suggestion: string | null } }
  | { code: 'other'; params: { got: Got } };

export type IssueCode = IssueDetail['code'];

/** Why a variant's patch path cannot be applied. */
export type PatchPathProblem = 'notAPath' | 'notInScenario' | 'notChangeable';

export type ValidationIssue = { path: string; message: string } & IssueDetail;

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

/** The same value as `describeValue`, as data (strings cut to 40 characters). */
export function gotOf(value: unknown): Got {
  if (value === undefined) return { kind: 'missing' };
  if (typeof value === 'string') return { kind: 'text', value: value.length > 40 ? `${value.slice(0, 40)}…` : value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value === null) return { kind: 'null' };
  if (Array.isArray(value)) return { kind: 'list', length: value.length };
  return { kind: 'object' };
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

/** Edit distance between two names (insertions, deletions, substitutions, each 1). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** The known name a misspelt one most likely meant (case ignored), or null when none is close. */
export function nearestName(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}

/** valibot reports a missing key as a schema issue on an undefined input. */
const isMissing = (issue: v.BaseIssue<unknown>) => issue.kind === 'schema' && issue.input === undefined && issue.type !== 'union';

const TYPE_OF_SCHEMA: Record<string, ExpectedType> = {
  number: 'number',
  string: 'text',
  boolean: 'boolean',
  object: 'object',
  strict_object: 'object',
  record: 'object',
  array: 'list',
  // The only union in the schema is a per-segment value.
  union: 'numberOrPerSegment',
};

/** The quoted options in valibot's `expected` text, e.g. `("a" | "b")`, or the literal itself. */
function allowedOf(expected: string | null): string[] {
  if (!expected) return [];
  const quoted = [...expected.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]);
  return quoted.length > 0 ? quoted : [expected];
}

/** The rule behind a valibot issue, from its `type`, `requirement` and `expected`. */
function detailOf(issue: v.BaseIssue<unknown>): IssueDetail {
  if (isMissing(issue)) return { code: 'required', params: {} };
  const input = issue.input;
  const got = gotOf(input);
  const requirement = issue.requirement;
  switch (issue.type) {
    case 'strict_object': {
      // The same type names a value that is not an object at all; only a key issue expects `never`.
      if (issue.expected !== 'never') return { code: 'type', params: { expected: 'object', got } };
      const keys = (issue.path ?? []).map((item) => item.key as string | number);
      const field = String(keys.at(-1));
      return { code: 'unknownField', params: { field, suggestion: nearestName(field, fieldNamesAt(ScenarioSchema, keys.slice(0, -1))) } };
    }
    case 'finite':
      return { code: 'finite', params: { got } };
    case 'integer':
      return { code: 'integer', params: { got } };
    case 'min_value':
      return { code: 'min', params: { limit: Number(requirement), got } };
    case 'max_value':
      return { code: 'max', params: { limit: Number(requirement), got } };
    case 'length':
      return { code: 'itemCount', params: { count: Number(requirement), got } };
    case 'min_length':
      if (Array.isArray(input)) return { code: 'minItems', params: { limit: Number(requirement), got } };
      break;
    case 'max_length':
      if (Array.isArray(input)) return { code: 'maxItems', params: { limit: Number(requirement), got } };
      if (typeof input === 'string') return { code: 'textTooLong', params: { limit: Number(requirement), length: input.length } };
      break;
    case 'regex': {
      const format: TextFormat | null =
        requirement === ID_PATTERN ? 'id' : requirement === COLOUR_PATTERN ? 'colour' : requirement === SEED_FILE_PATTERN ? 'seedFile' : null;
      if (format) return { code: 'format', params: { format, got } };
      break;
    }
    case 'check':
      if (requirement === increasingThresholds) return { code: 'increasing', params: { got } };
      break;
    case 'picklist':
    case 'variant':
    case 'literal':
      return { code: 'oneOf', params: { allowed: allowedOf(issue.expected), got } };
    default: {
      const expected = TYPE_OF_SCHEMA[issue.type];
      if (expected) return { code: 'type', params: { expected, got } };
    }
  }
  return { code: 'other', params: { got } };
}

export function validateScenario(data: unknown): ValidationResult {
  const parsed = v.safeParse(ScenarioSchema, data);
  if (!parsed.success) {
    const issues = parsed.issues.flatMap(leafIssues).map((issue): ValidationIssue => {
      const detail = detailOf(issue);
      // valibot words a missing key as a key issue; say it plainly.
      let message = isMissing(issue) ? 'is required but missing' : `${issue.message}, got ${describeValue(issue.input)}`;
      if (detail.code === 'unknownField') message = `unknown field${detail.params.suggestion ? ` — did you mean ${detail.params.suggestion}?` : ''}`;
      return { path: pathOf(issue), message, ...detail };
    });
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

/** Allowed step and limit of a response rule per lever (price: cut share and lowest tariff index). */
export const RESPONSE_RANGES = {
  price: { step: [0, 0.9], limit: [0.1, 5] },
  retention: { step: [0, 0.5], limit: [0, 0.5] },
  acquisition: { step: [0, 1e10], limit: [0, 1e10] },
} as const;

function crossFieldIssues(s: Scenario): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (path: string, message: string, detail: IssueDetail) => issues.push({ path, message, ...detail });
  const segmentIds = s.market.segments.map((seg) => seg.id);
  const operatorIds = s.operators.map((op) => op.id);
  const knownSegment = new Set(segmentIds);
  const knownOperator = new Set(operatorIds);

  const duplicates = (ids: string[], path: string) =>
    ids.forEach((x, i) => ids.indexOf(x) !== i && add(`${path}[${i}].id`, `duplicate id ${JSON.stringify(x)}`, { code: 'duplicateId', params: { id: x } }));
  duplicates(segmentIds, 'market.segments');
  duplicates(operatorIds, 'operators');

  const shareSum = s.market.segments.reduce((a, seg) => a + seg.share, 0);
  if (Math.abs(shareSum - 1) > 0.01)
    add('market.segments', `expected segment shares adding up to 1, got ${round(shareSum)}`, { code: 'segmentSharesSum', params: { sum: shareSum } });
  // Arrival shares (default: the segment's share) are normalised, but some must be positive.
  if (s.market.arrivalRate > 0 && s.market.segments.every((seg) => (seg.arrivalShare ?? seg.share) === 0))
    add('market.segments', 'expected at least one segment with a positive arrivalShare for new customers to join', { code: 'noArrivalShare', params: {} });

  const checkSegmentList = (list: string[], path: string) =>
    list.forEach((x, i) => !knownSegment.has(x) && add(`${path}[${i}]`, `unknown segment ${JSON.stringify(x)}`, { code: 'unknownSegment', params: { id: x } }));
  const checkPerSegment = (value: number | Record<string, number>, path: string) => {
    if (typeof value === 'number') return;
    for (const key of Object.keys(value))
      if (key !== 'default' && !knownSegment.has(key))
        add(`${path}.${key}`, `unknown segment ${JSON.stringify(key)}`, { code: 'unknownSegment', params: { id: key } });
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
    op.responses.forEach((r, k) => {
      const at = `${p}.responses[${k}]`;
      if (r.segment !== undefined) checkSegmentList([r.segment], `${at}.segment`);
      // One flat rule for three levers: the ranges that depend on the lever are checked here.
      const range = RESPONSE_RANGES[r.lever];
      for (const field of ['step', 'limit'] as const) {
        const [min, max] = range[field];
        const value = r[field];
        if (value < min) add(`${at}.${field}`, `expected a ${r.lever} ${field} ≥ ${min}`, { code: 'min', params: { limit: min, got: gotOf(value) } });
        if (value > max) add(`${at}.${field}`, `expected a ${r.lever} ${field} ≤ ${max}`, { code: 'max', params: { limit: max, got: gotOf(value) } });
      }
    });
  });

  // At month 0 every segment must be split among the operators present then.
  s.market.segments.forEach((seg) => {
    const sum = s.operators.reduce((a, op) => a + (startsAtZero(s, op.id) ? segmentValue(op.initialShare, seg.id, 0) : 0), 0);
    if (Math.abs(sum - 1) > 0.01)
      add('operators', `expected initialShare of the operators present at month 0 adding up to 1 for segment ${JSON.stringify(seg.id)}, got ${round(sum)}`, {
        code: 'initialShareSum',
        params: { segment: seg.id, sum },
      });
  });

  s.events.forEach((e, i) => {
    if ('operator' in e && !knownOperator.has(e.operator))
      add(`events[${i}].operator`, `unknown operator ${JSON.stringify(e.operator)}`, { code: 'unknownOperator', params: { id: e.operator } });
    if (e.type === 'priceCut') checkSegmentList(e.segments, `events[${i}].segments`);
  });
  const size = marketSize(s.market.customers, s.market.months, s.market.arrivalRate);
  if (size) add('market', `expected a market that stays manageable: ${marketSizeText(size)}`, { code: 'marketTooLarge', params: size });
  duplicates(
    s.challenges.map((c) => c.id),
    'challenges',
  );
  const checkOperator = (id: string, path: string) =>
    !knownOperator.has(id) && add(path, `unknown operator ${JSON.stringify(id)}`, { code: 'unknownOperator', params: { id } });
  s.challenges.forEach((c, i) => {
    checkOperator(c.operator, `challenges[${i}].operator`);
    c.goals.forEach((g, k) => {
      if (g.operator !== undefined) checkOperator(g.operator, `challenges[${i}].goals[${k}].operator`);
      const seg = g.segment;
      if (seg !== undefined && !knownSegment.has(seg))
        add(`challenges[${i}].goals[${k}].segment`, `unknown segment ${JSON.stringify(seg)}`, { code: 'unknownSegment', params: { id: seg } });
    });
  });
  duplicates(
    s.variants.map((x) => x.id),
    'variants',
  );
  s.variants.forEach((variant, i) => issues.push(...variantIssues(s, variant.patch, `variants[${i}].patch`)));
  return issues;
}

/** Fields a variant may not change: what names the document, and the variants themselves. */
const FIXED_ROOTS = new Set(['schemaVersion', 'id', 'variants']);

const PATCH_PATH_WORDS: Record<PatchPathProblem, string> = {
  notAPath: 'not a field path (write it like operators[0].pricing.tariffIndex)',
  notInScenario: 'names a field that is not in the scenario',
  notChangeable: 'names a field a variant cannot change',
};

/**
 * A variant's patch is checked as the scenario it makes: every path must lead into the scenario,
 * and the changed scenario must be valid; its issues are named under the path that caused them,
 * written as the document's own path to the value (`variants[0].patch.operators[0].network`).
 */
function variantIssues(s: Scenario, patch: Record<string, unknown>, at: string): ValidationIssue[] {
  const keys = Object.keys(patch);
  const pathProblem = (key: string): PatchPathProblem | null => {
    const path = parsePath(key);
    if (!path) return 'notAPath';
    return FIXED_ROOTS.has(String(path[0])) ? 'notChangeable' : null;
  };
  const bad = keys.map((key) => [key, pathProblem(key)] as const).filter(([, problem]) => problem !== null);
  if (bad.length > 0)
    return bad.map(([key, reason]) => ({
      path: `${at}.${key}`,
      message: PATCH_PATH_WORDS[reason!],
      code: 'patchPath',
      params: { path: key, reason: reason! },
    }));
  let changed: Scenario;
  try {
    changed = applyPatch({ ...s, variants: [] }, patch);
  } catch (e) {
    const key = keys.find((k) => e instanceof PatchError && e.message.startsWith(`${k}:`)) ?? keys[0];
    return [{ path: `${at}.${key}`, message: PATCH_PATH_WORDS.notInScenario, code: 'patchPath', params: { path: key, reason: 'notInScenario' } }];
  }
  const result = validateScenario(changed);
  if (result.ok) return [];
  return result.issues.map((issue) => {
    const key = keys.find((k) => issue.path === k || issue.path.startsWith(`${k}.`) || issue.path.startsWith(`${k}[`));
    return { ...issue, path: key ? `${at}.${key}${issue.path.slice(key.length)}` : at };
  });
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

/** A market that would grow past the limit: its figures, for a message in any language. */
export interface MarketSize {
  customers: number;
  /** Monthly growth in percent (arrivalRate × 100, rounded to 3 decimals). */
  growthPercent: number;
  months: number;
  /** The peak, or the bound it exceeds when `peakAtLeast` (the projection stops there). */
  peak: number;
  peakAtLeast: boolean;
  limit: number;
}

/** The figures of a run too large to make, or null. */
export function marketSize(customers: number, months: number, arrivalRate: number): MarketSize | null {
  const peak = peakMarketSize(customers, months, arrivalRate);
  if (peak <= MAX_MARKET_SIZE) return null;
  const atLeast = peak > MAX_MARKET_SIZE * 2;
  return {
    customers,
    growthPercent: Number(round(arrivalRate * 100)),
    months,
    peak: atLeast ? MAX_MARKET_SIZE * 2 : peak,
    peakAtLeast: atLeast,
    limit: MAX_MARKET_SIZE,
  };
}

function marketSizeText(s: MarketSize): string {
  return `${s.customers} customers growing ${s.growthPercent} % a month for ${s.months} months could reach ${s.peakAtLeast ? 'more than ' : ''}${s.peak}, over the limit of ${s.limit}`;
}

/** Why a run of this size cannot be made, or null. */
export function marketSizeProblem(customers: number, months: number, arrivalRate: number): string | null {
  const size = marketSize(customers, months, arrivalRate);
  return size ? marketSizeText(size) : null;
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
