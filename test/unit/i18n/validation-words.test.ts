/**
 * Validation problems in the user's language: every rule of the schema and of the cross-field
 * checks yields a language-free code the UI words in English and Chinese, while the engine's
 * English `message` (the CLI's words, model.md §8) stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { COLOUR_PATTERN, ID_PATTERN, increasingThresholds, ScenarioSchema, SEED_FILE_PATTERN } from '../../../src/engine/schema.ts';
import { validateScenario, type IssueCode, type ValidationIssue } from '../../../src/engine/validate.ts';
import { en, zhCN } from '../../../src/lib/i18n/dictionaries.ts';
import { issueLine, issueText, rangeHintHelps, WORDED_CODES } from '../../../src/lib/i18n/issueText.ts';
import { readScenarioInput } from '../../helpers/scenarios.ts';

type Doc = any;

/** One bad scenario per rule: what to break, and the code and path the problem must carry. */
const CASES: { name: string; edit: (s: Doc) => void; code: IssueCode; path: string }[] = [
  { name: 'a missing field', edit: (s) => delete s.market.customers, code: 'required', path: 'market.customers' },
  { name: 'text for a number', edit: (s) => (s.operators[0].brand = 'high'), code: 'type', path: 'operators[0].brand' },
  { name: 'a number for text', edit: (s) => (s.title.en = 5), code: 'type', path: 'title.en' },
  { name: 'text for true/false', edit: (s) => (s.market.portability = 'yes'), code: 'type', path: 'market.portability' },
  { name: 'a number for an object', edit: (s) => (s.operators[0].pricing = 3), code: 'type', path: 'operators[0].pricing' },
  { name: 'an object for a list', edit: (s) => (s.events = {}), code: 'type', path: 'events' },
  {
    name: 'text for a per-segment value',
    edit: (s) => (s.operators[0].pricing = { tariffIndex: 'x' }),
    code: 'type',
    path: 'operators[0].pricing.tariffIndex',
  },
  { name: 'an infinite number', edit: (s) => (s.operators[0].brand = Infinity), code: 'finite', path: 'operators[0].brand' },
  { name: 'a fraction for an integer', edit: (s) => (s.market.months = 12.5), code: 'integer', path: 'market.months' },
  { name: 'below the minimum', edit: (s) => (s.operators[1].pricing.tariffIndex = -3), code: 'min', path: 'operators[1].pricing.tariffIndex' },
  { name: 'above the maximum', edit: (s) => (s.operators[1].brand = 7), code: 'max', path: 'operators[1].brand' },
  {
    name: 'below the minimum for one segment',
    edit: (s) => (s.operators[0].pricing = { tariffIndex: { mass: 0 } }),
    code: 'min',
    path: 'operators[0].pricing.tariffIndex.mass',
  },
  { name: 'two tier thresholds', edit: (s) => (s.market.segments[0].tierThresholds = [1, 2]), code: 'itemCount', path: 'market.segments[0].tierThresholds' },
  { name: 'one operator', edit: (s) => (s.operators = [s.operators[0]]), code: 'minItems', path: 'operators' },
  {
    name: 'nine segments',
    edit: (s) => (s.market.segments = Array.from({ length: 9 }, () => s.market.segments[0])),
    code: 'maxItems',
    path: 'market.segments',
  },
  { name: 'a title too long', edit: (s) => (s.title.en = 'x'.repeat(2001)), code: 'textTooLong', path: 'title.en' },
  { name: 'an id with spaces', edit: (s) => (s.operators[0].id = 'China Mobile'), code: 'format', path: 'operators[0].id' },
  { name: 'a colour name', edit: (s) => (s.operators[0].color = 'red'), code: 'format', path: 'operators[0].color' },
  { name: 'a short seed number', edit: (s) => (s.sources = [{ seed: '1', lines: 'L1' }]), code: 'format', path: 'sources[0].seed' },
  {
    name: 'thresholds out of order',
    edit: (s) => (s.market.segments[0].tierThresholds = [300, 200, 100]),
    code: 'increasing',
    path: 'market.segments[0].tierThresholds',
  },
  { name: 'an unknown targeting order', edit: (s) => (s.operators[0].crm = { targeting: 'bogus' }), code: 'oneOf', path: 'operators[0].crm.targeting' },
  { name: 'an unknown event type', edit: (s) => (s.events = [{ type: 'bogus', month: 1 }]), code: 'oneOf', path: 'events[0].type' },
  { name: 'another schema version', edit: (s) => (s.schemaVersion = 7), code: 'oneOf', path: 'schemaVersion' },
  { name: 'two operators with one id', edit: (s) => (s.operators[1].id = s.operators[0].id), code: 'duplicateId', path: 'operators[1].id' },
  { name: 'segment shares over 1', edit: (s) => (s.market.segments[0].share = 0.5), code: 'segmentSharesSum', path: 'market.segments' },
  {
    name: 'no segment takes arrivals',
    edit: (s) => s.market.segments.forEach((seg: Doc) => (seg.arrivalShare = 0)),
    code: 'noArrivalShare',
    path: 'market.segments',
  },
  {
    name: 'an unknown key-account segment',
    edit: (s) => (s.market.keyAccountSegments = ['nope']),
    code: 'unknownSegment',
    path: 'market.keyAccountSegments[0]',
  },
  { name: 'an event on an unknown operator', edit: (s) => (s.events[0].operator = 'nope'), code: 'unknownOperator', path: 'events[0].operator' },
  {
    name: 'a variant changing a field that is not there',
    edit: (s) => (s.variants = [{ id: 'v', title: { en: 'V', 'zh-CN': 'V' }, patch: { 'operators[9].crm.budgetShare': 0 } }]),
    code: 'patchPath',
    path: 'variants[0].patch.operators[9].crm.budgetShare',
  },
  { name: 'a misspelt lever', edit: (s) => (s.operators[0].pricing = { tarifIndex: 1.5 }), code: 'unknownField', path: 'operators[0].pricing.tarifIndex' },
  { name: 'starting shares not adding up', edit: (s) => (s.operators[0].initialShare = 0.5), code: 'initialShareSum', path: 'operators' },
  {
    name: 'a market growing too large',
    edit: (s) => Object.assign(s.market, { customers: 2_000_000, months: 240, arrivalRate: 0.2 }),
    code: 'marketTooLarge',
    path: 'market',
  },
];

function issuesOf(edit: (s: Doc) => void): ValidationIssue[] {
  const input: Doc = structuredClone(readScenarioInput('default'));
  edit(input);
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected the scenario to be refused');
  return result.issues;
}

const enText = (issue: ValidationIssue) => issueText(issue, en, { locale: 'en' });
const zhText = (issue: ValidationIssue) => issueText(issue, zhCN, { locale: 'zh-CN' });
const issueAt = (edit: (s: Doc) => void, path: string) => {
  const found = issuesOf(edit).find((i) => i.path === path);
  if (!found) throw new Error(`no issue at ${path}`);
  return found;
};

describe('validation problems carry a code and are worded in both languages', () => {
  it.each(CASES)('$name → $code at $path', ({ edit, code, path }) => {
    const issues = issuesOf(edit);
    expect(issues.find((i) => i.path === path)?.code).toBe(code);
    for (const issue of issues) {
      expect(issue.code, `${issue.path}: ${issue.message}`).not.toBe('other');
      const english = enText(issue);
      const chinese = zhText(issue);
      expect(chinese).not.toBe(english);
      expect(chinese).toMatch(/[\u4e00-\u9fff]/);
      // Ids and allowed values are data and stay as written; the sentence around them is Chinese.
      expect(chinese).not.toMatch(/[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}/);
      // Schema rules: the English wording ends with the same "got …" as the engine's message
      // (except infinity, "∞" in Intl, and over-long text, counted rather than quoted).
      const tail = issue.message.lastIndexOf(', got ');
      const got = 'got' in issue.params ? issue.params.got : null;
      const comparable = got !== null && !(got.kind === 'number' && !Number.isFinite(got.value));
      if (tail >= 0 && comparable) expect(english.endsWith(issue.message.slice(tail)), `${english} | ${issue.message}`).toBe(true);
    }
  });

  it('the cases cover every code the wording knows', () => {
    const seen = new Set(CASES.map((c) => c.code));
    expect(WORDED_CODES.filter((code) => !seen.has(code))).toEqual([]);
  });

  it('every rule in the schema is one the codes name (a new regex, check or action needs a code)', () => {
    const known = new Set([
      'number',
      'string',
      'boolean',
      'object',
      'strict_object',
      'record',
      'array',
      'union',
      'finite',
      'integer',
      'min_value',
      'max_value',
      'length',
      'min_length',
      'max_length',
      'regex',
      'check',
      'picklist',
      'variant',
      'literal',
      // Wrappers that cannot fail by themselves.
      'optional',
      'partial',
      // A variant's patch values: checked by validating the scenario the patch makes.
      'unknown',
    ]);
    const unknown = new Set<string>();
    const seen = new Set<unknown>();
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object' || seen.has(node)) return;
      seen.add(node);
      const s = node as {
        kind?: string;
        type?: string;
        requirement?: unknown;
        pipe?: unknown[];
        wrapped?: unknown;
        item?: unknown;
        entries?: Record<string, unknown>;
        options?: unknown[];
        key?: unknown;
        value?: unknown;
      };
      if ((s.kind === 'schema' || s.kind === 'validation') && s.type && !known.has(s.type)) unknown.add(s.type);
      if (s.type === 'regex' && ![ID_PATTERN, COLOUR_PATTERN, SEED_FILE_PATTERN].includes(s.requirement as RegExp))
        unknown.add(`regex ${String(s.requirement)}`);
      if (s.type === 'check' && s.requirement !== increasingThresholds) unknown.add('check');
      for (const child of [
        ...(s.pipe?.slice(1) ?? []),
        s.wrapped,
        s.item,
        s.key,
        s.value,
        ...Object.values(s.entries ?? {}),
        ...(s.type === 'picklist' ? [] : (s.options ?? [])),
      ])
        walk(child);
    };
    walk(ScenarioSchema);
    expect(seen.size).toBeGreaterThan(100);
    expect([...unknown]).toEqual([]);
  });

  it('the engine message keeps the CLI wording; the UI words it after model.md §8 and in Chinese', () => {
    const issue = issueAt((s) => (s.operators[1].pricing.tariffIndex = -3), 'operators[1].pricing.tariffIndex');
    expect(issue.message).toBe('expected a tariff index ≥ 0.1, got -3');
    expect(issue).toMatchObject({ code: 'min', params: { limit: 0.1, got: { kind: 'number', value: -3 } } });
    expect(issueLine(issue, en, { locale: 'en' })).toBe('operators[1].pricing.tariffIndex: expected a number ≥ 0.1, got -3');
    expect(issueLine(issue, zhCN, { locale: 'zh-CN' })).toBe('operators[1].pricing.tariffIndex: 应不小于 0.1，实际为 -3');
  });

  it('a misspelt field is refused by name, with the nearest known field, in both languages', () => {
    const issue = issueAt((s) => (s.operators[0].pricing = { ...s.operators[0].pricing, tarifIndex: 1.5 }), 'operators[0].pricing.tarifIndex');
    expect(issue.message).toBe('unknown field — did you mean tariffIndex?');
    expect(issueLine(issue, en, { locale: 'en' })).toBe('operators[0].pricing.tarifIndex: unknown field — did you mean tariffIndex?');
    expect(issueLine(issue, zhCN, { locale: 'zh-CN' })).toBe('operators[0].pricing.tarifIndex: 未知字段——是否应为 tariffIndex？');
    // Nothing close: no guess.
    const far = issueAt((s) => (s.market.colour = 'red'), 'market.colour');
    expect(far).toMatchObject({ code: 'unknownField', params: { field: 'colour', suggestion: null } });
    expect(issueLine(far, en, { locale: 'en' })).toBe('market.colour: unknown field (the scenario format has no field of this name)');
    // An event's fields are those of its kind, and `$schema` stays allowed for editors.
    const event = issueAt((s) => (s.events[0].mnth = 3), 'events[0].mnth');
    expect(event.params).toEqual({ field: 'mnth', suggestion: 'month' });
  });

  it('limits and values appear in the units the editor shows (a share in percent)', () => {
    const issue = issueAt((s) => (s.operators[0].pricing = { keyAccountDiscount: 0.95 }), 'operators[0].pricing.keyAccountDiscount');
    const percent = (x: number) => `${new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 4 }).format(x * 100)} %`;
    expect(issueText(issue, zhCN, { locale: 'zh-CN', value: percent })).toBe('应不大于 90 %，实际为 95 %');
    expect(issueText(issue, en, { locale: 'en', value: percent })).toBe('expected a number ≤ 90 %, got 95 %');
    expect(rangeHintHelps(issue)).toBe(false);
    expect(rangeHintHelps(issueAt((s) => (s.operators[0].brand = 'high'), 'operators[0].brand'))).toBe(true);
  });

  it('words each kind of offending value, and sums of shares as percent', () => {
    const words = (edit: (s: Doc) => void, path: string) => {
      const issue = issueAt(edit, path);
      return [enText(issue), zhText(issue)];
    };
    expect(words((s) => delete s.market.customers, 'market.customers')).toEqual(['is required but missing', '缺少此项（必填）']);
    expect(words((s) => (s.operators[0].brand = 'high'), 'operators[0].brand')).toEqual(['expected a number, got "high"', '应为数字，实际为 “high”']);
    expect(words((s) => (s.operators[0].brand = null), 'operators[0].brand')).toEqual(['expected a number, got null', '应为数字，实际为 null']);
    expect(words((s) => (s.events = {}), 'events')).toEqual(['expected a list, got an object', '应为列表，实际为 一个对象']);
    expect(words((s) => (s.market.segments[0].tierThresholds = [1, 2]), 'market.segments[0].tierThresholds')).toEqual([
      'expected 3 items, got an array of 2',
      '应有 3 项，实际为 含 2 项的列表',
    ]);
    expect(words((s) => (s.operators[0].crm = { targeting: 'bogus' }), 'operators[0].crm.targeting')).toEqual([
      'expected one of valueRisk, value, risk, random, got "bogus"',
      '应为以下之一：valueRisk、value、risk、random，实际为 “bogus”',
    ]);
    expect(words((s) => (s.market.segments[0].share = 0.5), 'market.segments')).toEqual([
      'expected segment shares adding up to 100%, got 145%',
      '各细分市场的占比之和应为 100%，实际为 145%',
    ]);
    expect(words((s) => (s.operators[0].initialShare = 0.5), 'operators')[1]).toBe('第 0 个月在场的运营商在细分市场 “key” 的初始份额之和应为 100%，实际为 82%');
  });

  it('large numbers follow the locale', () => {
    const issue = issueAt((s) => Object.assign(s.market, { customers: 2_000_000, months: 240, arrivalRate: 0.2 }), 'market');
    expect(issue.message).toBe(
      'expected a market that stays manageable: 2000000 customers growing 20 % a month for 240 months could reach more than 8000000, over the limit of 4000000',
    );
    expect(enText(issue)).toBe(
      'expected a market that stays manageable: 2,000,000 customers growing 20% a month for 240 months could reach more than 8,000,000, over the limit of 4,000,000',
    );
    expect(zhText(issue)).toBe('市场规模须保持在可运行的范围内：2,000,000 名客户每月增长 20%，240 个月后可能达到 8,000,000 以上，超过上限 4,000,000');
  });

  it('a rule without a code falls back to the engine message', () => {
    const issue: ValidationIssue = { path: 'x', message: 'expected something new, got 1', code: 'other', params: { got: { kind: 'number', value: 1 } } };
    expect(issueText(issue, zhCN, { locale: 'zh-CN' })).toBe('expected something new, got 1');
  });
});
