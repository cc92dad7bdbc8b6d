/**
 * The study file: everything a comparison needs to be shown again (scenario, sides, seeds, results)
 * survives a write and a read exactly, and a damaged file is refused by the field that is wrong.
 */
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/engine/analysis/compare.ts';
import { applyPatch } from '../../../src/engine/analysis/patch.ts';
import { summarizeRun } from '../../../src/engine/analysis/summary.ts';
import type { Scenario } from '../../../src/engine/schema.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { comparisonSeeds, sideChanges, variantKey } from '../../../src/lib/analysis/compareSides.ts';
import { readStudyText, studyText, type Study } from '../../../src/lib/analysis/studyFile.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

const input = readScenarioInput('acquire-vs-retain');
const base = mustValidate(input);
const variant = mustValidate(applyPatch(base, base.variants[0].patch));
const seeds = comparisonSeeds(base, 2);
const runs = (s: Scenario) => seeds.map((seed) => summarizeRun(runScenario(s, { seed, customers: 5_000, months: 6 })));
const study: Study = {
  scenario: input,
  baseline: { key: 'edited', scenario: base },
  variants: [{ key: variantKey(base.variants[0].id), title: base.variants[0].title, scenario: variant }],
  replications: 2,
  seeds,
  results: [{ variant: variantKey(base.variants[0].id), changes: sideChanges(base, variant), comparison: compareRuns(runs(base), runs(variant)) }],
};
const text = studyText(study);

/** The study file with one change made to its parsed JSON. */
function damaged(change: (json: any) => void): string {
  const json = JSON.parse(text);
  change(json);
  return JSON.stringify(json);
}

describe('study file', () => {
  it('reads back what was written: scenario, sides, seeds and every figure of the comparison', () => {
    const read = readStudyText(text);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.study.scenario).toEqual(study.scenario);
    expect(read.study.baseline).toEqual(study.baseline);
    expect(read.study.variants).toEqual(study.variants);
    expect(read.study.seeds).toEqual(seeds);
    expect(read.study.results[0].changes).toEqual(study.results[0].changes);
    // NaN (Δ % of a zero baseline) is written as null and read back as NaN; toEqual treats NaN as equal.
    expect(read.study.results[0].comparison).toEqual(study.results[0].comparison);
    // Writing what was read gives the same file.
    expect(studyText(read.study)).toBe(text);
  });

  it('refuses what is not a study, naming why', () => {
    expect(readStudyText('{ not json')).toEqual({ ok: false, problem: { kind: 'notJson' } });
    expect(readStudyText(JSON.stringify(input))).toEqual({ ok: false, problem: { kind: 'notStudy' } });
  });

  it('refuses a damaged figure by its field', () => {
    const read = readStudyText(
      damaged((json) => {
        json.results[0].comparison.operators[1].outcomes.profit.horizon.delta = 'a lot';
      }),
    );
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem).toMatchObject({ kind: 'field', field: 'results.0.comparison.operators.1.outcomes.profit.horizon.delta' });
  });

  it('refuses a missing part, a bad replications count and a result for a variant the study does not have', () => {
    const missing = readStudyText(damaged((json) => delete json.results[0].comparison.operators[0].deltaSeries));
    expect(missing).toMatchObject({ ok: false, problem: { kind: 'field', field: 'results.0.comparison.operators.0.deltaSeries' } });
    const reps = readStudyText(damaged((json) => (json.replications = 500)));
    expect(reps).toMatchObject({ ok: false, problem: { kind: 'field', field: 'replications' } });
    const stray = readStudyText(damaged((json) => (json.results[0].variant = 'variant:nope')));
    expect(stray).toMatchObject({ ok: false, problem: { kind: 'field', field: 'results.0.variant' } });
  });

  it('refuses a study whose scenario is not valid, naming the scenario and its problem', () => {
    const read = readStudyText(damaged((json) => (json.variants[0].scenario.operators = [])));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem).toMatchObject({ kind: 'scenario', field: 'variants.0.scenario', problem: { kind: 'invalid' } });
  });
});
