/**
 * The numeric fields of a scenario that a sweep or tornado can vary, with their words (the
 * editor's labels, fields.ts) and the range the schema allows, and the check of a path typed by
 * hand. Per-segment levers are offered as one number for all segments: a sweep sets the whole
 * field, as `npm run sweep --param` does.
 */
import { numberLimits } from '../editor/schemaInfo.ts';
import { eventFields, MARKET_FIELDS, OPERATOR_FIELDS, SEGMENT_FIELDS, type FieldSpec } from '../editor/fields.ts';
import { fieldLabel } from '../editor/labels.ts';
import { eventTypeText } from '../editor/eventLabels.ts';
import { formatPath, getAt, parsePath, type FieldPath } from '../../engine/path.ts';
import { ScenarioSchema, type Scenario } from '../../engine/schema.ts';
import { schemaAt } from '../../engine/schemaWalk.ts';
import type { LeverRange } from '../../engine/analysis/tornado.ts';
import { localized, type Messages } from '../i18n/index.svelte.ts';

export interface LeverChoice {
  /** Full schema path, e.g. `operators[1].pricing.tariffIndex`. */
  path: string;
  /** Whose lever: an operator's or segment's name, the market, an event. */
  owner: string;
  /** The field's words (the editor's label). */
  label: string;
  spec: FieldSpec | null;
  min: number;
  max: number;
  integer: boolean;
  /** The scenario's value (a number, or one per segment). */
  value: unknown;
}

export interface LeverGroupChoices {
  owner: string;
  choices: LeverChoice[];
}

const numeric = (spec: FieldSpec) => spec.kind === 'number' || spec.kind === 'perSegment';
/** Size and seed are the run's settings (customers/months overrides, replications), not levers. */
const RUN_SETTINGS = new Set(['customers', 'months', 'seed']);

/**
 * A lever's words away from its input: the editor labels the account-manager ratio "1:" before a
 * box for N, which reads as nothing in a list or on a chart row.
 */
export function leverLabel(m: Messages, spec: FieldSpec): string {
  const label = fieldLabel(m, spec);
  return spec.label === 'leversAccountManagerRatio' ? label.replace(m.leversAccountManagerRatio, m.sweepCustomersPerManager) : label;
}

function choice(scenario: Scenario, owner: string, m: Messages, root: FieldPath, spec: FieldSpec): LeverChoice {
  const path = [...root, ...spec.path];
  return { path: formatPath(path), owner, label: leverLabel(m, spec), spec, min: spec.min, max: spec.max, integer: spec.integer, value: getAt(scenario, path) };
}

/** Every numeric lever of `scenario`, grouped by whose it is, in the editor's order. */
export function leverChoices(scenario: Scenario, m: Messages): LeverGroupChoices[] {
  const groups: LeverGroupChoices[] = [];
  groups.push({
    owner: m.sweepMarket,
    choices: MARKET_FIELDS.filter((f) => numeric(f) && !RUN_SETTINGS.has(f.key)).map((f) => choice(scenario, m.sweepMarket, m, ['market'], f)),
  });
  scenario.operators.forEach((op, o) => {
    const owner = localized(op.name);
    groups.push({ owner, choices: OPERATOR_FIELDS.filter(numeric).map((f) => choice(scenario, owner, m, ['operators', o], f)) });
  });
  scenario.market.segments.forEach((segment, s) => {
    const owner = `${m.sweepSegment} · ${localized(segment.name)}`;
    groups.push({ owner, choices: SEGMENT_FIELDS.filter(numeric).map((f) => choice(scenario, owner, m, ['market', 'segments', s], f)) });
  });
  scenario.events.forEach((event, e) => {
    const owner = m.sweepEvent(e + 1, eventTypeText(m, event.type));
    groups.push({ owner, choices: eventFields(event.type).map((f) => choice(scenario, owner, m, ['events', e], f)) });
  });
  return groups.filter((g) => g.choices.length > 0);
}

export type LeverPathProblem = 'notAPath' | 'notANumber' | 'notInScenario';

/**
 * A path typed by hand, checked against the scenario schema: a listed lever keeps its words, any
 * other numeric field of the schema is named by its path.
 */
export function resolveLeverPath(scenario: Scenario, text: string, groups: readonly LeverGroupChoices[]): LeverChoice | LeverPathProblem {
  const path = parsePath(text.trim());
  if (!path) return 'notAPath';
  const written = formatPath(path);
  const listed = groups.flatMap((g) => g.choices).find((c) => c.path === written);
  if (listed) return listed;
  const schema = schemaAt(ScenarioSchema, path);
  const limits = schema ? numberLimits(schema) : undefined;
  if (!limits) return schema ? 'notANumber' : 'notInScenario';
  // A list item the scenario lacks (operators[5]) would be created by the patch, not varied.
  const parent = getAt(scenario, path.slice(0, -1));
  if (parent === undefined || parent === null) return 'notInScenario';
  return { path: written, owner: '', label: written, spec: null, ...limits, value: getAt(scenario, path) };
}

/** The numeric levers of an operator as the tornado varies them. */
export const OPERATOR_LEVER_RANGES: readonly (LeverRange & { spec: FieldSpec })[] = OPERATOR_FIELDS.filter(numeric).map((spec) => ({
  path: spec.path,
  min: spec.min,
  max: spec.max,
  integer: spec.integer,
  spec,
}));
