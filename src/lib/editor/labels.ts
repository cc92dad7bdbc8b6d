/** Words for field units, tiers and choices, looked up in the current dictionary. */
import type { Messages } from '../i18n/index.svelte.ts';
import { formatNumber } from '../i18n/index.svelte.ts';
import type { FieldSpec, LeverGroup, Unit } from './fields.ts';
import { toDisplay } from './fields.ts';

const UNIT_KEYS = {
  rmb: 'leversUnitRmb',
  rmbMonth: 'leversUnitRmbMonth',
  percent: 'leversUnitPercent',
  percentMonth: 'leversUnitPercentMonth',
  sharePoints: 'leversUnitSharePoints',
  months: 'leversUnitMonths',
  monthsOfBill: 'leversUnitMonthsOfBill',
  ratio: 'leversUnitRatio',
  pointsPerRmb: 'leversUnitPointsPerRmb',
  rmbPerPoint: 'leversUnitRmbPerPoint',
  index: 'leversUnitIndex',
  weight: 'leversUnitWeight',
  customers: 'leversUnitCustomers',
  month: 'leversUnitMonth',
} as const satisfies Partial<Record<Unit, keyof Messages>>;

export function unitText(m: Messages, unit: Unit): string {
  return unit === 'none' ? '' : m[UNIT_KEYS[unit]];
}

const GROUP_KEYS = {
  position: 'leversGroupPosition',
  pricing: 'leversGroupPricing',
  contracts: 'leversGroupContracts',
  service: 'leversGroupService',
  loyalty: 'leversGroupLoyalty',
  crm: 'leversGroupCrm',
  winBack: 'leversGroupWinBack',
  acquisition: 'leversGroupAcquisition',
} as const satisfies Record<LeverGroup, keyof Messages>;

export function groupText(m: Messages, group: LeverGroup): string {
  return m[GROUP_KEYS[group]];
}

const TIER_KEYS = ['leversTier0', 'leversTier1', 'leversTier2', 'leversTier3'] as const;

/** A field's label, with its tier in front for per-tier service fields. */
export function fieldLabel(m: Messages, spec: FieldSpec): string {
  const label = m[spec.label];
  return spec.tier === undefined ? label : `${m[TIER_KEYS[spec.tier]]} · ${label}`;
}

const CHOICE_KEYS: Record<string, keyof Messages> = {
  valueRisk: 'leversTargetingValueRisk',
  value: 'leversTargetingValue',
  risk: 'leversTargetingRisk',
  random: 'leversTargetingRandom',
};

export function choiceText(m: Messages, option: string): string {
  const key = CHOICE_KEYS[option];
  const text = key ? m[key] : option;
  return typeof text === 'string' ? text : option;
}

/** "Allowed 0 to 100 %." in the current locale. */
export function rangeText(m: Messages, spec: FieldSpec): string {
  const show = (x: number) => formatNumber(toDisplay(spec, x), { maximumFractionDigits: 4 });
  return m.editorAllowed(show(spec.min), show(spec.max), unitText(m, spec.unit));
}

/**
 * Formats a limit or an offending value of a field as its input shows it: a share in percent with
 * its unit (the number differs from the file's), other numbers as stored (model.md §8).
 */
export function valueInFieldUnits(m: Messages, spec: FieldSpec): (x: number) => string {
  const unit = unitText(m, spec.unit);
  return (x) => {
    const value = formatNumber(toDisplay(spec, x), { maximumFractionDigits: 4 });
    return spec.scale !== 1 && unit ? m.leversWithUnit(value, unit) : value;
  };
}
