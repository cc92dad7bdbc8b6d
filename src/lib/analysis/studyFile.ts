/**
 * A comparison study as one JSON file: the scenario as edited, the sides compared (each with its own
 * scenario, so a pinned baseline or the preset travel too), the seeds and replications, and each
 * variant's comparison as `npm run compare --out` writes it plus the monthly Δ bands. The app opens
 * it again and shows the stored results without re-running. Reading checks the whole file with
 * valibot and refuses it by the first wrong field.
 */
import * as v from 'valibot';
import type { Band, Comparison, Difference, OperatorComparison } from '../../engine/analysis/compare.ts';
import { comparisonJson } from '../../engine/analysis/comparisonJson.ts';
import type { PolicyEconomics } from '../../engine/analysis/economics.ts';
import { OUTCOME_FIELDS } from '../../engine/analysis/outcomes.ts';
import type { Change } from '../../engine/analysis/patch.ts';
import { SERIES_FIELDS } from '../../engine/analysis/summary.ts';
import type { LocalizedString, Scenario, ScenarioInput } from '../../engine/schema.ts';
import { validateScenario } from '../../engine/validate.ts';
import { readScenarioValue, type ImportProblem } from '../files/scenarioFile.ts';
import { MAX_REPLICATIONS, type SideKey } from './compareSides.ts';

export const STUDY_KIND = 'study';
export const STUDY_VERSION = 1;
/** Two hundred replications of a long run stay well under this. */
export const MAX_STUDY_BYTES = 20 * 1024 * 1024;

export interface StudySide {
  key: SideKey;
  title?: LocalizedString;
  scenario: Scenario;
}

export interface StudyResult {
  variant: SideKey;
  changes: Change[];
  comparison: Comparison;
}

export interface Study {
  /** The scenario as edited when the study ran (the draft it reopens into). */
  scenario: ScenarioInput;
  baseline: StudySide;
  variants: StudySide[];
  replications: number;
  seeds: number[];
  results: StudyResult[];
}

export function studyJson(study: Study) {
  return {
    kind: STUDY_KIND,
    studyVersion: STUDY_VERSION,
    scenario: study.scenario,
    baseline: study.baseline,
    variants: study.variants,
    replications: study.replications,
    seeds: study.seeds,
    results: study.results.map((r) => ({
      variant: r.variant,
      comparison: comparisonJson(
        r.comparison,
        { scenarioId: study.baseline.scenario.id, customers: study.baseline.scenario.market.customers, changes: r.changes },
        { series: true },
      ),
    })),
  };
}

export const studyText = (study: Study): string => `${JSON.stringify(studyJson(study), null, 2)}\n`;

// ——— reading ———

/** A number the writer may have turned into null (NaN, ±∞) comes back as NaN. */
const num = v.pipe(
  v.nullable(v.number()),
  v.transform((x) => x ?? NaN),
);
const pair = v.tuple([num, num]);
const DifferenceSchema = v.object({
  baseline: num,
  variant: num,
  delta: num,
  deltaPct: num,
  ci95: v.optional(pair),
  unpairedHalf: v.optional(num),
});
const EstimateSchema = v.object({ mean: num, ci95: v.optional(pair) });
const ratio = v.nullable(v.number());
const EconomicsSchema = v.object({
  incrementalCost: EstimateSchema,
  incrementalRevenue: EstimateSchema,
  incrementalProfit: EstimateSchema,
  customersSaved: EstimateSchema,
  costPerSavedCustomer: ratio,
  revenueKeptPerRetentionRMB: ratio,
  costPerExtraGrossAdd: ratio,
  paybackMonth: v.nullable(v.pipe(v.number(), v.integer())),
});
const series = v.pipe(
  v.array(num),
  v.transform((xs) => Float64Array.from(xs)),
);
const BandSchema = v.object({ mean: series, lo: series, hi: series });
const OutcomeSchema = v.object({ horizon: DifferenceSchema, overRun: DifferenceSchema });
const OperatorSchema = v.object({
  id: v.string(),
  outcomes: v.object(Object.fromEntries(OUTCOME_FIELDS.map((f) => [f, OutcomeSchema])) as Record<(typeof OUTCOME_FIELDS)[number], typeof OutcomeSchema>),
  economics: EconomicsSchema,
  deltaSeries: v.object(Object.fromEntries(SERIES_FIELDS.map((f) => [f, BandSchema])) as Record<(typeof SERIES_FIELDS)[number], typeof BandSchema>),
});
const seed = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 32 - 1));
const ChangeSchema = v.object({ path: v.string(), baseline: v.unknown(), variant: v.unknown() });
const ComparisonSchema = v.object({
  months: v.pipe(v.number(), v.integer(), v.minValue(1)),
  replications: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_REPLICATIONS)),
  seeds: v.array(seed),
  changes: v.array(ChangeSchema),
  pairedOverUnpairedWidth: num,
  operators: v.pipe(v.array(OperatorSchema), v.minLength(1)),
});
const sideKey = v.custom<SideKey>(
  (x) => typeof x === 'string' && /^(edited|pinned|origin|variant:.+)$/.test(x),
  'expected edited, pinned, origin or variant:<id>',
);
const Localized = v.object({ en: v.string(), 'zh-CN': v.string() });
const SideSchema = v.object({ key: sideKey, title: v.optional(Localized), scenario: v.unknown() });
const StudySchema = v.object({
  kind: v.literal(STUDY_KIND),
  studyVersion: v.literal(STUDY_VERSION, `expected ${STUDY_VERSION}`),
  scenario: v.unknown(),
  baseline: SideSchema,
  variants: v.pipe(v.array(SideSchema), v.minLength(1)),
  replications: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_REPLICATIONS)),
  seeds: v.array(seed),
  results: v.array(v.object({ variant: sideKey, comparison: ComparisonSchema })),
});

export type StudyProblem =
  | { kind: 'tooLarge' }
  | { kind: 'notJson' }
  | { kind: 'notStudy' }
  | { kind: 'field'; field: string; message: string }
  | { kind: 'scenario'; field: string; problem: ImportProblem };

export type StudyRead = { ok: true; study: Study } | { ok: false; problem: StudyProblem };

function scenarioAt(value: unknown, field: string): { ok: true; input: ScenarioInput; scenario: Scenario } | { ok: false; problem: StudyProblem } {
  const read = readScenarioValue(value);
  if (!read.ok) return { ok: false, problem: { kind: 'scenario', field, problem: read.problem } };
  // Validated (and migrated) above; validating the migrated input again gives it with defaults filled in.
  const checked = validateScenario(read.input);
  if (!checked.ok) return { ok: false, problem: { kind: 'scenario', field, problem: { kind: 'invalid', issues: checked.issues } } };
  return { ok: true, input: read.input, scenario: checked.scenario };
}

export function readStudyText(text: string): StudyRead {
  if (text.length > MAX_STUDY_BYTES) return { ok: false, problem: { kind: 'tooLarge' } };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'notJson' } };
  }
  if (data === null || typeof data !== 'object' || (data as { kind?: unknown }).kind !== STUDY_KIND) return { ok: false, problem: { kind: 'notStudy' } };
  const parsed = v.safeParse(StudySchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return { ok: false, problem: { kind: 'field', field: v.getDotPath(issue) ?? '(root)', message: issue.message } };
  }
  const out = parsed.output;
  const edited = scenarioAt(out.scenario, 'scenario');
  if (!edited.ok) return edited;
  const side = (s: v.InferOutput<typeof SideSchema>, field: string): StudySide | StudyProblem => {
    const read = scenarioAt(s.scenario, `${field}.scenario`);
    return read.ok ? { key: s.key, title: s.title, scenario: read.scenario } : read.problem;
  };
  const sides = [side(out.baseline, 'baseline'), ...out.variants.map((s, i) => side(s, `variants.${i}`))];
  const bad = sides.find((s): s is StudyProblem => !('scenario' in s && 'key' in s));
  if (bad) return { ok: false, problem: bad };
  const [baseline, ...variants] = sides as StudySide[];
  const results: StudyResult[] = [];
  for (const [i, r] of out.results.entries()) {
    if (!variants.some((s) => s.key === r.variant))
      return { ok: false, problem: { kind: 'field', field: `results.${i}.variant`, message: `${r.variant} is not one of the study's variants` } };
    const c = r.comparison;
    const operators: OperatorComparison[] = c.operators.map((op) => ({
      id: op.id,
      outcomes: op.outcomes as Record<(typeof OUTCOME_FIELDS)[number], { horizon: Difference; overRun: Difference }>,
      economics: op.economics as PolicyEconomics,
      deltaSeries: op.deltaSeries as Record<(typeof SERIES_FIELDS)[number], Band>,
    }));
    results.push({
      variant: r.variant,
      changes: c.changes as Change[],
      comparison: { replications: c.replications, seeds: c.seeds, months: c.months, operators, pairedOverUnpaired: c.pairedOverUnpairedWidth },
    });
  }
  return { ok: true, study: { scenario: edited.input, baseline, variants, replications: out.replications, seeds: out.seeds, results } };
}
