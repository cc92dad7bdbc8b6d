/**
 * Paired comparisons on common random numbers: what an analyst relies on to tell a lever's effect
 * from noise.
 */
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../src/engine/analysis/compare.ts';
import { paybackMonth } from '../../../src/engine/analysis/economics.ts';
import { OUTCOME_FIELDS } from '../../../src/engine/analysis/outcomes.ts';
import { applyPatch, changedPaths, PatchError } from '../../../src/engine/analysis/patch.ts';
import { summarizeRun, type RunSummary } from '../../../src/engine/analysis/summary.ts';
import type { Scenario } from '../../../src/engine/schema.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

const base = mustValidate(readScenarioInput('default'));
const small = (seed: number) => ({ seed, customers: 20_000, months: 12 });
const runs = (scenario: Scenario, seeds: number[]): RunSummary[] => seeds.map((seed) => summarizeRun(runScenario(scenario, small(seed))));
const seeds = [1, 2, 3, 4, 5, 6];
const baseRuns = runs(base, seeds);

describe('paired comparison', () => {
  it('gives Δ = 0 exactly, with a zero-width interval, for a variant identical to the baseline', () => {
    const same = mustValidate(applyPatch(base, {}));
    const c = compareRuns(baseRuns, runs(same, seeds));
    for (const op of c.operators)
      for (const field of OUTCOME_FIELDS) {
        expect(op.outcomes[field].overRun.delta).toBe(0);
        expect(op.outcomes[field].horizon.ci95).toEqual([0, 0]);
      }
    expect(changedPaths(base, same)).toEqual([]);
  });

  it('finds a deeper price cut gains share, with an interval that excludes zero and is narrower than unpaired', () => {
    const cut = mustValidate(applyPatch(base, { 'operators[1].pricing.tariffIndex': 0.85 }));
    const c = compareRuns(baseRuns, runs(cut, seeds));
    const unicom = c.operators[1].outcomes.subscriberShare.horizon;
    expect(unicom.delta).toBeGreaterThan(0);
    expect(unicom.ci95![0]).toBeGreaterThan(0);
    // Common random numbers: the paired interval is much narrower than independent seeds'.
    const pairedHalf = (unicom.ci95![1] - unicom.ci95![0]) / 2;
    expect(pairedHalf).toBeLessThan(unicom.unpairedHalf!);
    expect(c.pairedOverUnpaired).toBeLessThan(1);
    expect(c.replications).toBe(6);
    expect(c.seeds).toEqual(seeds);
  });

  it('says what changed, by path, with both values', () => {
    const cut = mustValidate(applyPatch(base, { 'operators[1].pricing.tariffIndex': 0.85 }));
    expect(changedPaths(base, cut)).toEqual([{ path: 'operators[1].pricing.tariffIndex', baseline: base.operators[1].pricing.tariffIndex, variant: 0.85 }]);
  });

  it('refuses runs that are not pairs', () => {
    const other = runs(base, [7]);
    expect(() => compareRuns(baseRuns.slice(0, 1), other)).toThrow(/seed/);
    expect(() => compareRuns(baseRuns, baseRuns.slice(1))).toThrow(/same number/);
  });

  it('computes the policy economics from the paired differences', () => {
    const retain = mustValidate(readScenarioInput('acquire-vs-retain'));
    const noRetention = mustValidate(applyPatch(retain, { 'operators[0].crm.budgetShare': 0 }));
    const c = compareRuns(runs(retain, seeds.slice(0, 3)), runs(noRetention, seeds.slice(0, 3)));
    const e = c.operators[0].economics;
    const d = c.operators[0].outcomes;
    expect(e.incrementalRevenue.mean).toBeCloseTo(d.revenue.overRun.delta, 6);
    expect(e.customersSaved.mean).toBeCloseTo(-d.churned.overRun.delta, 6);
    expect(e.costPerSavedCustomer).not.toBeNull();
    expect(e.costPerSavedCustomer!).toBeCloseTo(d.retentionSpend.overRun.delta / e.customersSaved.mean, 6);
  });
});

describe('payback month', () => {
  it('is the first month from which the cumulative Δ profit stays at or above zero', () => {
    expect(paybackMonth([0, -10, -5, 8, 9, 1])).toBe(4);
    expect(paybackMonth([0, 5, -6, 2])).toBe(3);
    expect(paybackMonth([0, 1, 1])).toBe(1);
    expect(paybackMonth([0, -10, 5])).toBeNull();
  });
});

describe('scenario patches', () => {
  it('sets a field by path and leaves the original alone', () => {
    const patched = applyPatch(base, { 'market.months': 24 });
    expect(patched.market.months).toBe(24);
    expect(base.market.months).not.toBe(24);
  });
  it('refuses a path that does not lead into the scenario, naming it', () => {
    expect(() => applyPatch(base, { 'operators[9].pricing.tariffIndex': 1 })).toThrow(PatchError);
    expect(() => applyPatch(base, { 'operators..x': 1 })).toThrow(/not a field path/);
  });
});

describe('what changed', () => {
  it('reports a list that grew or shrank as one change, not every item after the removed one', () => {
    const a = { events: [{ type: 'priceCut' }, { type: 'outage' }], x: 1 };
    const b = { events: [{ type: 'outage' }], x: 1 };
    expect(changedPaths(a, b)).toEqual([{ path: 'events', baseline: a.events, variant: b.events }]);
    expect(changedPaths({ l: [1, 2] }, { l: [1, 3] })).toEqual([{ path: 'l[1]', baseline: 2, variant: 3 }]);
  });
});
