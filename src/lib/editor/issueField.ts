/**
 * Names the field of a validation issue the way the forms label it ("China Mobile · Tariff index"
 * rather than `operators[0].pricing.tariffIndex`), and formats its numbers in the units the input
 * shows, so a list of problems away from the forms reads like the forms. Paths the registry does
 * not know keep their file path.
 */
import type { LocalizedString, ScenarioInput } from '../../engine/schema.ts';
import type { ValidationIssue } from '../../engine/validate.ts';
import type { Messages } from '../i18n/index.svelte.ts';
import { issueText, type IssueTextOptions } from '../i18n/issueText.ts';
import type { Locale } from '../i18n/index.svelte.ts';
import { MARKET_FIELDS, OPERATOR_FIELDS, SEGMENT_FIELDS, type FieldSpec } from './fields.ts';
import { fieldLabel, valueInFieldUnits } from './labels.ts';

interface IssueField {
  spec: FieldSpec;
  /** The operator or segment the field belongs to, if any. */
  owner?: string;
}

/** `operators[1].service.tiers[3].privileges` → scope operators, index 1, rest `service.tiers.3.privileges`. */
function split(path: string): { scope: string; index?: number; rest: string } {
  const dotted = path.replace(/\[(\d+)\]/g, '.$1');
  const [scope, ...parts] = dotted.split('.');
  if (scope === 'market' && parts[0] === 'segments' && /^\d+$/.test(parts[1] ?? ''))
    return { scope: 'segments', index: Number(parts[1]), rest: parts.slice(2).join('.') };
  if (scope === 'operators' && /^\d+$/.test(parts[0] ?? '')) return { scope, index: Number(parts[0]), rest: parts.slice(1).join('.') };
  return { scope, rest: parts.join('.') };
}

/** The longest registry key that is the path or a prefix of it (a per-segment value adds `.segmentId`). */
function lookup(fields: readonly FieldSpec[], rest: string): FieldSpec | undefined {
  let key = rest;
  while (key) {
    const found = fields.find((f) => f.key === key);
    if (found) return found;
    key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '';
  }
  return undefined;
}

export function issueField(issue: ValidationIssue, input: ScenarioInput, locale: Locale): IssueField | null {
  const name = (text: LocalizedString | undefined, id: string | undefined) => (text ? text[locale] || text.en : '') || id;
  const { scope, index, rest } = split(issue.path);
  if (scope === 'operators' && index !== undefined) {
    const spec = lookup(OPERATOR_FIELDS, rest);
    const op = Array.isArray(input.operators) ? input.operators[index] : undefined;
    return spec ? { spec, owner: name(op?.name, op?.id) } : null;
  }
  if (scope === 'segments' && index !== undefined) {
    const spec = lookup(SEGMENT_FIELDS, rest);
    const seg = Array.isArray(input.market?.segments) ? input.market.segments[index] : undefined;
    return spec ? { spec, owner: name(seg?.name, seg?.id) } : null;
  }
  if (scope === 'market') {
    const spec = lookup(MARKET_FIELDS, rest);
    return spec ? { spec } : null;
  }
  return null;
}

/** One line for a list of problems: the field's label (or path) and the problem in the UI language. */
export function issueSummary(issue: ValidationIssue, input: ScenarioInput, m: Messages, locale: Locale): string {
  const field = issueField(issue, input, locale);
  if (!field) return issue.path ? `${issue.path}: ${issueText(issue, m, { locale })}` : issueText(issue, m, { locale });
  const { spec, owner } = field;
  const options: IssueTextOptions = { locale, value: valueInFieldUnits(m, spec) };
  const label = owner ? `${owner} · ${fieldLabel(m, spec)}` : fieldLabel(m, spec);
  return `${label}: ${issueText(issue, m, options)}`;
}
