/**
 * What the Compare view offers to compare and how it runs it: named variants applied to the
 * scenario as edited, the preset only when the edits changed a run, every side on the same seeds,
 * and the results split back to their sides; the tables as CSV.
 */
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/engine/analysis/compare.ts';
import { applyPatch } from '../../../src/engine/analysis/patch.ts';
import { summarizeRun } from '../../../src/engine/analysis/summary.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { economicsCsv, effectsCsv, ECONOMICS_COLUMNS, EFFECTS_COLUMNS } from '../../../src/lib/analysis/compareCsv.ts';
import { clampReplications, compareSides, comparisonJobs, comparisonSeeds, splitRuns } from '../../../src/lib/analysis/compareSides.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

const input = readScenarioInput('churn-early-warning');
const base = mustValidate(input);

describe('sides of a comparison', () => {
  it('offers each named variant, applied to the scenario as edited, and the preset only once the edits change a run', () => {
    const keys = compareSides({ edited: base, origin: input }).map((s) => s.key);
    expect(keys).toEqual(['edited', ...base.variants.map((v) => `variant:${v.id}`)]);
    const edited = mustValidate(applyPatch(base, { 'operators[0].crm.budgetShare': 0.05 }));
    const sides = compareSides({ edited, origin: input, pinned: base });
    expect(sides.map((s) => s.key).slice(0, 3)).toEqual(['edited', 'pinned', 'origin']);
    const random = sides.find((s) => s.key === 'variant:random')!;
    // The variant's patch lands on the edited scenario: the edit stays, the patch's field changes.
    expect(random.scenario?.operators[0].crm.budgetShare).toBe(0.05);
    expect(random.scenario?.operators[0].crm.targeting).toBe('random');
  });

  it('names the problem of a variant that does not make a valid scenario (validation checks variants, so this is a guard)', () => {
    const edited = {
      ...base,
      variants: [{ id: 'bad', title: { en: 'Bad', 'zh-CN': '坏' }, description: { en: '', 'zh-CN': '' }, patch: { 'operators[0].crm.budgetShare': 7 } }],
    };
    const bad = compareSides({ edited }).find((s) => s.key === 'variant:bad')!;
    expect(bad.scenario).toBeNull();
    expect(bad.problem).toContain('operators[0].crm.budgetShare');
  });

  it('runs every side on the same seeds and splits the runs back to their sides', () => {
    const variants = base.variants.slice(0, 2).map((v) => mustValidate(applyPatch(base, v.patch)));
    const seeds = comparisonSeeds(base, 3);
    expect(seeds).toEqual([base.market.seed, base.market.seed + 1, base.market.seed + 2]);
    const jobs = comparisonJobs(base, variants, seeds);
    expect(jobs).toHaveLength(9);
    const split = splitRuns(jobs, 3);
    expect(split.baseline.map((j) => j.scenario)).toEqual([base, base, base]);
    split.variants.forEach((runs, k) => {
      expect(runs.map((j) => j.scenario)).toEqual([variants[k], variants[k], variants[k]]);
      expect(runs.map((j) => j.overrides.seed)).toEqual(seeds);
    });
    expect(split.baseline.map((j) => j.overrides.seed)).toEqual(seeds);
  });

  it('keeps the replications count within 1–200', () => {
    expect([0, 1, 10.4, 200, 999, NaN].map(clampReplications)).toEqual([1, 1, 10, 200, 200, 10]);
  });
});

describe('comparison tables as CSV', () => {
  it('writes one row per operator, outcome and measure, and one per economics figure, in machine names', () => {
    const variant = mustValidate(applyPatch(base, base.variants[0].patch));
    const runs = (s: typeof base) => [1, 2].map((seed) => summarizeRun(runScenario(s, { seed, customers: 3_000, months: 4 })));
    const comparison = compareRuns(runs(base), runs(variant));
    const effects = effectsCsv([{ variant: 'variant:random', comparison }])
      .trim()
      .split('\r\n');
    expect(effects[0]).toBe(EFFECTS_COLUMNS.join(','));
    expect(effects).toHaveLength(1 + base.operators.length * 15 * 2);
    const profit = effects.find((row) => row.startsWith(`variant:random,${base.operators[0].id},profit,overRun,2,`))!.split(',');
    expect(Number(profit[7])).toBe(comparison.operators[0].outcomes.profit.overRun.delta);
    const economics = economicsCsv([{ variant: 'variant:random', comparison }])
      .trim()
      .split('\r\n');
    expect(economics[0]).toBe(ECONOMICS_COLUMNS.join(','));
    expect(economics).toHaveLength(1 + base.operators.length * 8);
  });
});
