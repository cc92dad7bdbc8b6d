/**
 * The one registry of editable fields: where each lives in a scenario, what kind of input it
 * needs, its unit and display scale, and its words (keys into the `levers` dictionary). Limits and
 * defaults are read from the valibot schema itself (schemaInfo.ts), so a range shown to the user is
 * always the range validation accepts. The strategy panel and the scenario editor both draw their
 * inputs from here.
 */
import { EventSchema, GoalSchema, LookAtSchema, MarketSchema, OperatorSchema, ResponseSchema, SegmentSchema, type ResponseLever } from '../../engine/schema.ts';
import { RESPONSE_RANGES } from '../../engine/validate.ts';
import { TIERS } from '../../engine/constants.ts';
import type { leversEn } from '../i18n/areas/levers.en.ts';
import type { tenureEn } from '../i18n/areas/tenure.en.ts';
import type { FieldPath } from '../../engine/path.ts';
import { isOptional, numberLimits, picklistOptions, schemaAt, schemaDefault } from './schemaInfo.ts';

type LeverWords = typeof leversEn & typeof tenureEn;
export type LeverKey = { [K in keyof LeverWords]: LeverWords[K] extends string ? K : never }[keyof LeverWords];

export type FieldKind = 'number' | 'perSegment' | 'segmentList' | 'choice' | 'boolean';
export type Unit =
  | 'rmb'
  | 'rmbMonth'
  | 'percent'
  | 'percentMonth'
  | 'sharePoints'
  | 'months'
  | 'monthsOfBill'
  | 'ratio'
  | 'pointsPerRmb'
  | 'rmbPerPoint'
  | 'index'
  | 'weight'
  | 'customers'
  | 'month'
  | 'none';

/** Where a field's path starts: an operator, the market, one segment, or one event. */
export type Scope = 'operator' | 'market' | 'segment' | 'event' | 'lookAt' | 'challenge' | 'response';

export type LeverGroup = 'position' | 'pricing' | 'contracts' | 'service' | 'loyalty' | 'crm' | 'winBack' | 'acquisition';
export const LEVER_GROUPS: readonly LeverGroup[] = ['position', 'pricing', 'contracts', 'service', 'loyalty', 'crm', 'winBack', 'acquisition'];

export interface FieldSpec {
  /** Unique name, e.g. `pricing.tariffIndex` or `service.tiers.3.privileges`. */
  key: string;
  scope: Scope;
  /** Path below the scope's root (an operator, the market, a segment or an event). */
  path: FieldPath;
  group?: LeverGroup;
  kind: FieldKind;
  unit: Unit;
  /** Shown value = stored value × scale (100 for shares shown in %). */
  scale: number;
  /** Step of the shown value (arrow keys). */
  step: number;
  /** Stored-unit limits, from the schema. */
  min: number;
  max: number;
  integer: boolean;
  /** The schema's default when the field is left out (undefined: required, or none). */
  defaultValue: unknown;
  optional: boolean;
  /** Allowed values of a choice field. */
  options: string[];
  label: LeverKey;
  help: LeverKey;
  /** Value tier (0 base … 3 diamond) of a per-tier service field. */
  tier?: number;
}

const ROOTS: Record<Scope, unknown> = {
  operator: OperatorSchema,
  market: MarketSchema,
  segment: SegmentSchema,
  event: EventSchema,
  lookAt: LookAtSchema,
  challenge: GoalSchema,
  response: ResponseSchema,
};

const UNIT_SCALE: Partial<Record<Unit, number>> = { percent: 100, percentMonth: 100, sharePoints: 100 };

interface Options {
  kind?: FieldKind;
  unit?: Unit;
  step?: number;
  group?: LeverGroup;
  tier?: number;
}

function field(scope: Scope, path: FieldPath, label: LeverKey, help: LeverKey, options: Options = {}): FieldSpec {
  const schema = schemaAt(ROOTS[scope], path);
  if (!schema) throw new Error(`fields.ts: no schema at ${scope} ${path.join('.')}`);
  const limits = numberLimits(schema);
  const unit = options.unit ?? 'none';
  const scale = UNIT_SCALE[unit] ?? 1;
  const kind = options.kind ?? 'number';
  return {
    key: path.join('.'),
    scope,
    path,
    group: options.group,
    kind,
    unit,
    scale,
    step: options.step ?? (limits?.integer ? 1 : 0.01 * scale),
    min: limits?.min ?? 0,
    max: limits?.max ?? 0,
    integer: limits?.integer ?? false,
    defaultValue: schemaDefault(schema),
    optional: isOptional(schema),
    options: kind === 'choice' ? picklistOptions(schema) : [],
    label,
    help,
    tier: options.tier,
  };
}

const op = (path: FieldPath, label: LeverKey, help: LeverKey, group: LeverGroup, options: Options = {}) =>
  field('operator', path, label, help, { ...options, group });

const tierFields = Array.from({ length: TIERS }, (_, tier) => [
  op(['service', 'tiers', tier, 'accountManagerRatio'], 'leversAccountManagerRatio', 'leversAccountManagerRatioHelp', 'service', {
    unit: 'ratio',
    step: 50,
    tier,
  }),
  op(['service', 'tiers', tier, 'privileges'], 'leversPrivileges', 'leversPrivilegesHelp', 'service', { unit: 'percent', step: 5, tier }),
]).flat();

/** Every lever of an operator, in panel order. */
export const OPERATOR_FIELDS: readonly FieldSpec[] = [
  op(['initialShare'], 'leversInitialShare', 'leversInitialShareHelp', 'position', { kind: 'perSegment', unit: 'percent', step: 1 }),
  op(['entryMonth'], 'leversEntryMonth', 'leversEntryMonthHelp', 'position', { unit: 'month' }),
  op(['brand'], 'leversBrand', 'leversBrandHelp', 'position', { unit: 'percent', step: 1 }),
  op(['network'], 'leversNetwork', 'leversNetworkHelp', 'position', { unit: 'percent', step: 1 }),
  op(['costs', 'variableShare'], 'leversVariableShare', 'leversVariableShareHelp', 'position', { unit: 'percent', step: 1 }),
  op(['costs', 'perSubscriber'], 'leversPerSubscriber', 'leversPerSubscriberHelp', 'position', { unit: 'rmbMonth', step: 1 }),

  op(['pricing', 'tariffIndex'], 'leversTariffIndex', 'leversTariffIndexHelp', 'pricing', { kind: 'perSegment', unit: 'index', step: 0.01 }),
  op(['pricing', 'keyAccountDiscount'], 'leversKeyAccountDiscount', 'leversKeyAccountDiscountHelp', 'pricing', { unit: 'percent', step: 1 }),
  op(['pricing', 'bundle', 'uptake'], 'leversBundleUptake', 'leversBundleUptakeHelp', 'pricing', { kind: 'perSegment', unit: 'percent', step: 1 }),
  op(['pricing', 'bundle', 'discount'], 'leversBundleDiscount', 'leversBundleDiscountHelp', 'pricing', { unit: 'percent', step: 1 }),
  op(['pricing', 'bundle', 'lockIn'], 'leversBundleLockIn', 'leversBundleLockInHelp', 'pricing', { unit: 'percent', step: 1 }),

  op(['contracts', 'lengthMonths'], 'leversContractLength', 'leversContractLengthHelp', 'contracts', { unit: 'months', step: 6 }),
  op(['contracts', 'uptake'], 'leversContractUptake', 'leversContractUptakeHelp', 'contracts', { kind: 'perSegment', unit: 'percent', step: 1 }),
  op(['contracts', 'handsetSubsidy'], 'leversHandsetSubsidy', 'leversHandsetSubsidyHelp', 'contracts', { unit: 'percent', step: 5 }),
  op(['contracts', 'handsetPrice'], 'leversHandsetPrice', 'leversHandsetPriceHelp', 'contracts', { unit: 'rmb', step: 100 }),
  op(['contracts', 'earlyTerminationFee'], 'leversTerminationFee', 'leversTerminationFeeHelp', 'contracts', { unit: 'rmb', step: 50 }),
  op(['contracts', 'renewalRate'], 'leversRenewalRate', 'leversRenewalRateHelp', 'contracts', { unit: 'percent', step: 5 }),

  op(['service', 'level'], 'leversServiceLevel', 'leversServiceLevelHelp', 'service', { unit: 'percent', step: 1 }),
  op(['service', 'incidentRate'], 'leversIncidentRate', 'leversIncidentRateHelp', 'service', { unit: 'percentMonth', step: 0.5 }),
  op(['service', 'fastResolution'], 'leversFastResolution', 'leversFastResolutionHelp', 'service', { unit: 'percent', step: 5 }),
  op(['service', 'accountManagerCost'], 'leversAccountManagerCost', 'leversAccountManagerCostHelp', 'service', { unit: 'rmbMonth', step: 500 }),
  ...tierFields,

  op(['loyalty', 'pointsPerRmb'], 'leversPointsPerRmb', 'leversPointsPerRmbHelp', 'loyalty', { unit: 'pointsPerRmb', step: 0.1 }),
  op(['loyalty', 'pointValue'], 'leversPointValue', 'leversPointValueHelp', 'loyalty', { unit: 'rmbPerPoint', step: 0.005 }),

  op(['crm', 'recall'], 'leversCrmRecall', 'leversCrmRecallHelp', 'crm', { unit: 'percent', step: 5 }),
  op(['crm', 'precision'], 'leversCrmPrecision', 'leversCrmPrecisionHelp', 'crm', { unit: 'percent', step: 5 }),
  op(['crm', 'budgetShare'], 'leversCrmBudget', 'leversCrmBudgetHelp', 'crm', { unit: 'percent', step: 0.5 }),
  op(['crm', 'segments'], 'leversCrmSegments', 'leversCrmSegmentsHelp', 'crm', { kind: 'segmentList' }),
  op(['crm', 'targeting'], 'leversCrmTargeting', 'leversCrmTargetingHelp', 'crm', { kind: 'choice' }),
  op(['crm', 'offerCostMonths'], 'leversCrmOfferMonths', 'leversCrmOfferMonthsHelp', 'crm', { unit: 'monthsOfBill', step: 0.5 }),
  op(['crm', 'offerCost'], 'leversCrmOfferCost', 'leversCrmOfferCostHelp', 'crm', { unit: 'rmb', step: 10 }),
  op(['crm', 'saveRate'], 'leversCrmSaveRate', 'leversCrmSaveRateHelp', 'crm', { unit: 'percent', step: 5 }),

  op(['winBack', 'windowMonths'], 'leversWinBackWindow', 'leversWinBackWindowHelp', 'winBack', { unit: 'months' }),
  op(['winBack', 'successRate'], 'leversWinBackSuccess', 'leversWinBackSuccessHelp', 'winBack', { unit: 'percentMonth', step: 1 }),
  op(['winBack', 'costPerContact'], 'leversWinBackCost', 'leversWinBackCostHelp', 'winBack', { unit: 'rmb', step: 5 }),

  op(['acquisition', 'monthlyBudget'], 'leversAcquisitionBudget', 'leversAcquisitionBudgetHelp', 'acquisition', { unit: 'rmbMonth', step: 10_000 }),
  op(['acquisition', 'targetSegments'], 'leversAcquisitionTargets', 'leversAcquisitionTargetsHelp', 'acquisition', { kind: 'segmentList' }),
];

/** Levers that a scheduled change may set (everything but the operator's position and costs). */
export const SCHEDULABLE_FIELDS: readonly FieldSpec[] = OPERATOR_FIELDS.filter((f) => f.group !== 'position');

const mk = (path: FieldPath, label: LeverKey, help: LeverKey, options: Options = {}) => field('market', path, label, help, options);
export const MARKET_FIELDS: readonly FieldSpec[] = [
  mk(['customers'], 'leversCustomers', 'leversCustomersHelp', { unit: 'customers', step: 10_000 }),
  mk(['months'], 'leversMonths', 'leversMonthsHelp', { unit: 'months', step: 6 }),
  mk(['seed'], 'leversSeed', 'leversSeedHelp'),
  mk(['arrivalRate'], 'leversArrivalRate', 'leversArrivalRateHelp', { unit: 'percentMonth', step: 0.1 }),
  mk(['portability'], 'leversPortability', 'leversPortabilityHelp', { kind: 'boolean' }),
  mk(['discountRate'], 'leversDiscountRate', 'leversDiscountRateHelp', { unit: 'percentMonth', step: 0.1 }),
  mk(['keyAccountSegments'], 'leversKeyAccountSegments', 'leversKeyAccountSegmentsHelp', { kind: 'segmentList' }),
];

const sg = (path: FieldPath, label: LeverKey, help: LeverKey, options: Options = {}) => field('segment', path, label, help, options);
export const SEGMENT_FIELDS: readonly FieldSpec[] = [
  sg(['share'], 'leversSegmentShare', 'leversSegmentShareHelp', { unit: 'percent', step: 1 }),
  sg(['arrivalShare'], 'leversArrivalShare', 'leversArrivalShareHelp', { unit: 'percent', step: 1 }),
  sg(['spend', 'median'], 'leversSpendMedian', 'leversSpendMedianHelp', { unit: 'rmbMonth', step: 5 }),
  sg(['spend', 'sigma'], 'leversSpendSigma', 'leversSpendSigmaHelp', { step: 0.05 }),
  sg(['tierThresholds', 0], 'leversTierSilver', 'leversTierThresholdHelp', { unit: 'rmbMonth', step: 50 }),
  sg(['tierThresholds', 1], 'leversTierGold', 'leversTierThresholdHelp', { unit: 'rmbMonth', step: 50 }),
  sg(['tierThresholds', 2], 'leversTierDiamond', 'leversTierThresholdHelp', { unit: 'rmbMonth', step: 50 }),
  sg(['baseChurn'], 'leversBaseChurn', 'leversBaseChurnHelp', { unit: 'percentMonth', step: 0.1 }),
  sg(['sensitivity', 'price'], 'leversSensPrice', 'leversSensitivityHelp', { unit: 'weight', step: 0.1 }),
  sg(['sensitivity', 'network'], 'leversSensNetwork', 'leversSensitivityHelp', { unit: 'weight', step: 0.1 }),
  sg(['sensitivity', 'service'], 'leversSensService', 'leversSensitivityHelp', { unit: 'weight', step: 0.1 }),
  sg(['sensitivity', 'brand'], 'leversSensBrand', 'leversSensitivityHelp', { unit: 'weight', step: 0.1 }),
  sg(['sensitivity', 'switchingCost'], 'leversSensSwitching', 'leversSensitivityHelp', { unit: 'weight', step: 0.1 }),
  sg(['wordOfMouth'], 'leversWordOfMouth', 'leversWordOfMouthHelp', { unit: 'weight', step: 0.1 }),
  sg(['exitShare'], 'leversExitShare', 'leversExitShareHelp', { unit: 'percent', step: 1 }),
  sg(['numberAttachment'], 'leversNumberAttachment', 'leversNumberAttachmentHelp', { unit: 'percent', step: 5 }),
  sg(['tenure', 'earlyChurn'], 'tenureEarlyChurn', 'tenureEarlyChurnHelp', { unit: 'weight', step: 0.1 }),
  sg(['tenure', 'months'], 'tenureMonths', 'tenureMonthsHelp', { unit: 'months', step: 1 }),
  sg(['tenure', 'spendGrowth'], 'tenureSpendGrowth', 'tenureSpendGrowthHelp', { unit: 'percent', step: 5 }),
  sg(['tenure', 'earlyCost'], 'tenureEarlyCost', 'tenureEarlyCostHelp', { unit: 'percent', step: 10 }),
  sg(['tenure', 'referrals'], 'tenureReferrals', 'tenureReferralsHelp', { unit: 'percentMonth', step: 0.1 }),
  sg(['tenure', 'loyalPremium'], 'tenureLoyalPremium', 'tenureLoyalPremiumHelp', { unit: 'percent', step: 1 }),
];

const ev = (path: FieldPath, label: LeverKey, help: LeverKey, options: Options = {}) => field('event', path, label, help, options);
/** Numeric fields of events (which event types have which is read from the schema). */
export const EVENT_FIELDS: readonly FieldSpec[] = [
  ev(['month'], 'leversEventMonth', 'leversEventMonthHelp', { unit: 'month' }),
  ev(['factor'], 'leversEventFactor', 'leversEventFactorHelp', { unit: 'index', step: 0.01 }),
  ev(['durationMonths'], 'leversEventDuration', 'leversEventDurationHelp', { unit: 'months' }),
  ev(['incidentRate'], 'leversEventIncidentRate', 'leversEventIncidentRateHelp', { unit: 'percentMonth', step: 1 }),
  ev(['network'], 'leversEventNetwork', 'leversEventNetworkHelp', { unit: 'percent', step: 1 }),
];
/** The numeric fields an event of `type` has, read from that member of the event schema. */
export function eventFields(type: string): FieldSpec[] {
  const options = (EventSchema as unknown as { options: { entries: Record<string, { literal?: unknown }> }[] }).options;
  const member = options.find((o) => o.entries.type?.literal === type);
  return member ? EVENT_FIELDS.filter((f) => schemaAt(member, f.path) !== undefined) : [];
}
export const EVENT_SEGMENTS: FieldSpec = ev(['segments'], 'leversEventSegments', 'leversEventSegmentsHelp', { kind: 'segmentList' });

/** Month of a scheduled change (its path is relative to the change, its limits the schema's). */
export const CHANGE_MONTH: FieldSpec = {
  ...field('operator', ['schedule', 0, 'month'], 'leversChangeMonth', 'leversChangeMonthHelp', { unit: 'month' }),
  key: 'month',
  path: ['month'],
};
export const LOOKAT_MONTH: FieldSpec = field('lookAt', ['month'], 'leversLookAtMonth', 'leversLookAtMonthHelp', { unit: 'month' });
export const CHALLENGE_FIELDS: readonly FieldSpec[] = [
  field('challenge', ['target'], 'leversChallengeTarget', 'leversChallengeTargetHelp', { step: 0.01 }),
  field('challenge', ['month'], 'leversChallengeMonth', 'leversChallengeMonthHelp', { unit: 'month' }),
];

const rs = (path: FieldPath, label: LeverKey, help: LeverKey, options: Options = {}) => field('response', path, label, help, options);
/** Fields every response rule has (paths relative to the rule). */
export const RESPONSE_FIELDS: readonly FieldSpec[] = [
  rs(['shareDrop'], 'leversResponseShareDrop', 'leversResponseShareDropHelp', { unit: 'sharePoints', step: 0.1 }),
  rs(['windowMonths'], 'leversResponseWindow', 'leversResponseWindowHelp', { unit: 'months' }),
  rs(['lagMonths'], 'leversResponseLag', 'leversResponseLagHelp', { unit: 'months' }),
  rs(['cooldownMonths'], 'leversResponseCooldown', 'leversResponseCooldownHelp', { unit: 'months' }),
];
/** A rule's step and limit mean different things per lever: their unit, words and range (validate.ts). */
const stepLimit = (lever: ResponseLever, unit: [Unit, Unit], step: [number, number], words: [LeverKey, LeverKey, LeverKey, LeverKey]): [FieldSpec, FieldSpec] =>
  (['step', 'limit'] as const).map((name, i) => ({
    ...rs([name], words[2 * i], words[2 * i + 1], { unit: unit[i], step: step[i] }),
    min: RESPONSE_RANGES[lever][name][0],
    max: RESPONSE_RANGES[lever][name][1],
  })) as [FieldSpec, FieldSpec];
export const RESPONSE_STEP_LIMIT: Record<ResponseLever, [step: FieldSpec, limit: FieldSpec]> = {
  price: stepLimit(
    'price',
    ['percent', 'index'],
    [1, 0.01],
    ['leversResponsePriceStep', 'leversResponsePriceStepHelp', 'leversResponsePriceLimit', 'leversResponsePriceLimitHelp'],
  ),
  retention: stepLimit(
    'retention',
    ['percent', 'percent'],
    [0.5, 0.5],
    ['leversResponseRetentionStep', 'leversResponseRetentionStepHelp', 'leversResponseRetentionLimit', 'leversResponseRetentionLimitHelp'],
  ),
  acquisition: stepLimit(
    'acquisition',
    ['rmbMonth', 'rmbMonth'],
    [10_000, 10_000],
    ['leversResponseAcquisitionStep', 'leversResponseAcquisitionStepHelp', 'leversResponseAcquisitionLimit', 'leversResponseAcquisitionLimitHelp'],
  ),
};
/** What a new rule of each lever starts with (the price-war preset's China Mobile rule for price). */
export const RESPONSE_STARTS: Record<ResponseLever, { step: number; limit: number }> = {
  price: { step: 0.05, limit: 0.85 },
  retention: { step: 0.01, limit: 0.05 },
  acquisition: { step: 50_000, limit: 300_000 },
};

export function operatorField(key: string): FieldSpec | undefined {
  return OPERATOR_FIELDS.find((f) => f.key === key);
}

/** Stored value → the number shown (rounded so 0.07 × 100 shows as 7, not 7.000000000000001). */
export function toDisplay(spec: FieldSpec, value: number): number {
  return Number((value * spec.scale).toPrecision(12));
}

/** Text typed by the user → the stored value; '' means "not set" (undefined). */
export function fromDisplay(spec: FieldSpec, text: string): number | undefined | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  if (!Number.isFinite(n)) return null;
  return Number((n / spec.scale).toPrecision(12));
}
