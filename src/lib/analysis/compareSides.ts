/**
 * What a comparison can put side by side: the scenario as edited, a pinned baseline, the preset the
 * edits came from, and each named variant of the scenario (its patch applied to the scenario as
 * edited). Each side resolves to a validated scenario or the problem that stops it; the batch runs
 * every side on the same seeds (common random numbers).
 */
import { changedPaths, applyPatch, PatchError, type Patch } from '../../engine/analysis/patch.ts';
import { replicationSeeds } from '../../engine/analysis/replications.ts';
import type { LocalizedString, Scenario, ScenarioInput } from '../../engine/schema.ts';
import { formatIssue, validateScenario } from '../../engine/validate.ts';
import type { RunOverrides } from '../../engine/api.ts';
import type { BatchJob } from './batchProtocol.ts';

export type SideKey = 'edited' | 'pinned' | 'origin' | `variant:${string}`;

export interface Side {
  key: SideKey;
  kind: 'edited' | 'pinned' | 'origin' | 'variant';
  /** The variant's or pinned scenario's title. */
  title?: LocalizedString;
  scenario: Scenario | null;
  /** Why the side is not a valid scenario (English, from validation). */
  problem?: string;
}

export const MIN_REPLICATIONS = 1;
export const MAX_REPLICATIONS = 200;
export const DEFAULT_REPLICATIONS = 10;

export const variantKey = (id: string): SideKey => `variant:${id}`;

function resolve(input: unknown): { scenario: Scenario | null; problem?: string } {
  const checked = validateScenario(input);
  return checked.ok ? { scenario: checked.scenario } : { scenario: null, problem: checked.issues.slice(0, 3).map(formatIssue).join('; ') };
}

function patched(edited: Scenario, patch: Patch): { scenario: Scenario | null; problem?: string } {
  try {
    return resolve(applyPatch(edited, patch));
  } catch (err) {
    if (err instanceof PatchError) return { scenario: null, problem: err.message };
    throw err;
  }
}

/** Scenarios compared as runs: titles, notes and the variants list do not change a run. */
const runPart = (s: Scenario) => ({ market: s.market, operators: s.operators, events: s.events });

export interface SideSources {
  edited: Scenario;
  pinned?: Scenario | null;
  origin?: ScenarioInput | null;
}

/** The sides on offer, in menu order; the origin only when the edits changed something a run sees. */
export function compareSides({ edited, pinned, origin }: SideSources): Side[] {
  const sides: Side[] = [{ key: 'edited', kind: 'edited', scenario: edited }];
  if (pinned) sides.push({ key: 'pinned', kind: 'pinned', title: pinned.title, scenario: pinned });
  if (origin) {
    const resolved = resolve(origin);
    if (!resolved.scenario || changedPaths(runPart(resolved.scenario), runPart(edited)).length > 0) sides.push({ key: 'origin', kind: 'origin', ...resolved });
  }
  for (const variant of edited.variants) sides.push({ key: variantKey(variant.id), kind: 'variant', title: variant.title, ...patched(edited, variant.patch) });
  return sides;
}

/** The jobs of a comparison: for each seed, the baseline then each variant (every side on the same seeds). */
export function comparisonJobs(baseline: Scenario, variants: readonly Scenario[], seeds: readonly number[]): BatchJob[] {
  return seeds.flatMap((seed) => [baseline, ...variants].map((scenario) => ({ scenario, overrides: { seed } })));
}

/** The seeds of a comparison with `replications` pairs: from the baseline's own seed on. */
export const comparisonSeeds = (baseline: Scenario, replications: number): number[] => replicationSeeds(baseline.market.seed, replications);

/** Splits the summaries of comparisonJobs back into the baseline's runs and each variant's. */
export function splitRuns<T>(results: readonly T[], sides: number): { baseline: T[]; variants: T[][] } {
  const pick = (k: number) => results.filter((_, i) => i % sides === k);
  return { baseline: pick(0), variants: Array.from({ length: sides - 1 }, (_, k) => pick(k + 1)) };
}

/** A replications count typed by the user, clamped to what a comparison allows (NaN → the default). */
export function clampReplications(n: number): number {
  return Number.isFinite(n) ? Math.min(MAX_REPLICATIONS, Math.max(MIN_REPLICATIONS, Math.round(n))) : DEFAULT_REPLICATIONS;
}

/** What differs between two sides, for "what changed" (runs only: titles and notes left out). */
export const sideChanges = (baseline: Scenario, variant: Scenario) => changedPaths(runPart(baseline), runPart(variant));

/** The scenario a run actually ran (its overrides written into the market), for a pinned baseline. */
export function scenarioOfRun(scenario: Scenario, overrides: RunOverrides = {}): Scenario {
  const market = { ...scenario.market };
  if (overrides.seed !== undefined) market.seed = overrides.seed;
  if (overrides.months !== undefined) market.months = overrides.months;
  if (overrides.customers !== undefined) market.customers = overrides.customers;
  return { ...scenario, market };
}
