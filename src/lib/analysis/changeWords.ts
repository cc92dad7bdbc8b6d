/**
 * "What changed" of a comparison in words: a changed path (`operators[0].crm.budgetShare`) named as
 * the strategy panel names it ("China Mobile › CRM and retention › Retention budget") and its two
 * values in the units its input shows ("1 %" → "0 %"). Paths the field registry does not know keep
 * their file path, and their values are written as JSON.
 */
import type { Change } from '../../engine/analysis/patch.ts';
import type { LocalizedString, ScenarioInput } from '../../engine/schema.ts';
import { formatNumber, type Locale, type Messages } from '../i18n/index.svelte.ts';
import { MARKET_FIELDS, OPERATOR_FIELDS, SEGMENT_FIELDS, toDisplay, type FieldSpec } from '../editor/fields.ts';
import { choiceText, fieldLabel, groupText, unitText } from '../editor/labels.ts';

export interface ChangeWords {
  path: string;
  /** "China Mobile › CRM and retention › Retention budget", or the path when the field is unknown. */
  label: string;
  baseline: string;
  variant: string;
  /** The whole line: "China Mobile › CRM and retention › Retention budget: 1 % → 0 %". */
  text: string;
}

export const CHANGE_SEPARATOR = ' › ';

interface Located {
  spec: FieldSpec;
  owner?: string;
  /** The key below the field (a segment of a per-segment value). */
  below: string[];
}

const nameOf = (text: LocalizedString | undefined, id: string | undefined, locale: Locale) => (text ? text[locale] || text.en : '') || id || '';

function lookup(fields: readonly FieldSpec[], parts: string[]): { spec: FieldSpec; below: string[] } | undefined {
  for (let n = parts.length; n > 0; n--) {
    const spec = fields.find((f) => f.key === parts.slice(0, n).join('.'));
    if (spec) return { spec, below: parts.slice(n) };
  }
  return undefined;
}

function locate(path: string, scenario: ScenarioInput, locale: Locale): Located | null {
  const [scope, ...parts] = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  if (scope === 'operators' && /^\d+$/.test(parts[0] ?? '')) {
    const op = scenario.operators?.[Number(parts[0])];
    const found = lookup(OPERATOR_FIELDS, parts.slice(1));
    return found ? { ...found, owner: nameOf(op?.name, op?.id, locale) } : null;
  }
  if (scope === 'market' && parts[0] === 'segments' && /^\d+$/.test(parts[1] ?? '')) {
    const seg = scenario.market?.segments?.[Number(parts[1])];
    const found = lookup(SEGMENT_FIELDS, parts.slice(2));
    return found ? { ...found, owner: nameOf(seg?.name, seg?.id, locale) } : null;
  }
  if (scope === 'market') {
    const found = lookup(MARKET_FIELDS, parts);
    return found ? { ...found, owner: undefined } : null;
  }
  return null;
}

function json(value: unknown, m: Messages): string {
  if (value === undefined) return m.compareDefault;
  const text = JSON.stringify(value);
  if (text.length <= 60) return text;
  return Array.isArray(value) ? m.compareListOf(value.length) : `${text.slice(0, 57)}…`;
}

/** A value of `spec` as its input shows it, with its unit. */
function fieldValue(spec: FieldSpec, value: unknown, m: Messages, segmentName: (id: string) => string): string {
  if (value === undefined) {
    return spec.defaultValue === undefined ? m.compareDefault : `${fieldValue(spec, spec.defaultValue, m, segmentName)} ${m.compareDefault}`;
  }
  if (typeof value === 'number') {
    const shown = formatNumber(toDisplay(spec, value), { maximumFractionDigits: 4 });
    const unit = unitText(m, spec.unit);
    return unit ? m.leversWithUnit(shown, unit) : shown;
  }
  if (typeof value === 'boolean') return value ? m.compareYes : m.compareNo;
  if (typeof value === 'string') return spec.kind === 'choice' ? choiceText(m, value) : spec.kind === 'segmentList' ? segmentName(value) : value;
  if (Array.isArray(value) && spec.kind === 'segmentList') return value.length === 0 ? '∅' : value.map((id) => segmentName(String(id))).join(', ');
  // A per-segment value written as { segmentId: number }.
  if (value !== null && typeof value === 'object' && !Array.isArray(value))
    return Object.entries(value)
      .map(([id, x]) => `${segmentName(id)} ${fieldValue(spec, x, m, segmentName)}`)
      .join(', ');
  return json(value, m);
}

/** One change in the words of locale `locale` (the dictionary `m` must be that locale's). */
export function changeWords(change: Change, scenario: ScenarioInput, m: Messages, locale: Locale): ChangeWords {
  const segments = scenario.market?.segments ?? [];
  const segmentName = (id: string) => {
    const seg = segments.find((s) => s.id === id);
    return seg ? nameOf(seg.name, seg.id, locale) : id;
  };
  const found = locate(change.path, scenario, locale);
  if (!found) return withText({ path: change.path, label: change.path, baseline: json(change.baseline, m), variant: json(change.variant, m) }, m);
  const { spec, owner, below } = found;
  const parts = [
    spec.scope === 'market' ? m.compareMarket : owner,
    spec.group ? groupText(m, spec.group) : undefined,
    fieldLabel(m, spec),
    ...below.map(segmentName),
  ].filter((x): x is string => Boolean(x));
  return withText(
    {
      path: change.path,
      label: parts.join(CHANGE_SEPARATOR),
      baseline: fieldValue(spec, change.baseline, m, segmentName),
      variant: fieldValue(spec, change.variant, m, segmentName),
    },
    m,
  );
}

const withText = (w: Omit<ChangeWords, 'text'>, m: Messages): ChangeWords => ({ ...w, text: m.compareChangeLine(w.label, w.baseline, w.variant) });
