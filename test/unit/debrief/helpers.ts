/** Building debrief inputs from small scenarios, and reading a debrief's sentences by rule. */
import { applyPatch } from '../../../src/engine/analysis/patch.ts';
import { compareRuns } from '../../../src/engine/analysis/compare.ts';
import { summarizeRun } from '../../../src/engine/analysis/summary.ts';
import { debrief, type DebriefInput, type DebriefSentence } from '../../../src/engine/debrief/index.ts';
import type { Scenario } from '../../../src/engine/schema.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { buildScenario, operator, segment, type ScenarioParts } from '../../helpers/builders.ts';
import { mustValidate } from '../../helpers/scenarios.ts';

type Json = Record<string, unknown>;

/** Two or three operators with the given levers on one segment; market of 8000 for 24 months. */
export function market(ops: Json[], over: Partial<ScenarioParts> = {}): Scenario {
  return buildScenario({ segments: [segment('all')], operators: ops, market: { customers: 8000, months: 24, seed: 3 }, ...over });
}
export const op = operator;
export const seg = segment;

export function inputFor(scenario: Scenario): DebriefInput {
  return { scenario, run: runScenario(scenario) };
}

/** The scenario changed by `patch` as the trainee's, compared with the scenario on `seeds` replications. */
export function versusInput(preset: Scenario, patch: Record<string, unknown>, replications = 1): DebriefInput {
  const trainee = mustValidate(applyPatch(preset, patch));
  const seeds = Array.from({ length: replications }, (_, r) => preset.market.seed + r);
  const presetRuns = seeds.map((seed) => runScenario(preset, { seed }));
  const traineeRuns = seeds.map((seed) => runScenario(trainee, { seed }));
  return {
    scenario: trainee,
    run: traineeRuns[0],
    preset: { scenario: preset, run: presetRuns[0] },
    comparison: compareRuns(presetRuns.map(summarizeRun), traineeRuns.map(summarizeRun)),
  };
}

export function byRule(input: DebriefInput, rule: string): DebriefSentence[] {
  return debrief(input).filter((s) => s.rule === rule);
}
