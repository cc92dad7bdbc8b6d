/**
 * The tornado: levers of one operator at ±X %, each side paired with the base on the same seeds.
 * What an analyst relies on: a lever the model does not use shows no effect, a wider swing of a
 * monotone lever shows no smaller effect, and rows come largest first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeRun, type RunSummary } from '../../../src/engine/analysis/summary.ts';
import { applyPatch } from '../../../src/engine/analysis/patch.ts';
import { replicationSeeds } from '../../../src/engine/analysis/replications.ts';
import {
  scaleLever,
  splitTornadoRuns,
  tornadoLevers,
  tornadoPatches,
  tornadoRows,
  type LeverRange,
  type TornadoLever,
} from '../../../src/engine/analysis/tornado.ts';
import type { Scenario } from '../../../src/engine/schema.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { OPERATOR_FIELDS } from '../../../src/lib/editor/fields.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

const base = mustValidate(readScenarioInput('default'));
const UNICOM = 1;
const seeds = replicationSeeds(11, 4);
const range = (key: string): LeverRange => {
  const spec = OPERATOR_FIELDS.find((f) => f.key === key);
  if (!spec) throw new Error(`no lever ${key}`);
  return { path: spec.path, min: spec.min, max: spec.max, integer: spec.integer };
};

/** Runs a tornado as the view does: base, then each lever's low and high, all on `seeds`. */
function runTornado(scenario: Scenario, levers: TornadoLever[]) {
  const scenarios = [scenario, ...tornadoPatches(levers).map((patch) => mustValidate(applyPatch(scenario, patch)))];
  const runs: RunSummary[] = scenarios.flatMap((s) => seeds.map((seed) => summarizeRun(runScenario(s, { seed, customers: 20_000, months: 12 }))));
  return splitTornadoRuns(levers.length, seeds.length, runs);
}

describe('tornado levers', () => {
  it('sets each lever X % below and above the scenario, clamped to its range, per segment too', () => {
    const s = mustValidate(applyPatch(base, { 'operators[1].service.level': 0.9, 'operators[1].pricing.tariffIndex': { default: 1, youth: 0.9 } }));
    const { levers } = tornadoLevers(s, UNICOM, [range('service.level'), range('pricing.tariffIndex'), range('contracts.renewalRate')], 0.2);
    const level = levers.find((l) => l.key === 'service.level')!;
    expect(level.path).toBe('operators[1].service.level');
    expect([level.low, level.base, level.high]).toEqual([0.72, 0.9, 1]);
    const tariff = levers.find((l) => l.key === 'pricing.tariffIndex')!;
    expect(tariff.low).toEqual({ default: 0.8, youth: 0.72 });
    expect(tariff.high).toEqual({ default: 1.2, youth: 1.08 });
  });

  it('leaves out levers that ±X % cannot move (a value of 0) and names them', () => {
    const { levers, unchanged } = tornadoLevers(base, UNICOM, [range('crm.budgetShare'), range('entryMonth'), range('brand')], 0.2);
    expect(levers.map((l) => l.key)).toEqual(['brand']);
    expect(unchanged).toEqual(['crm.budgetShare', 'entryMonth']);
  });

  it('keeps every side within the range, below and above the base, wider for a larger X', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.double({ min: 0.5, max: 1, noNaN: true }),
        fc.boolean(),
        (value, small, large, integer) => {
          const r: LeverRange = { path: ['x'], min: 0, max: integer ? 40 : 1, integer };
          const v = integer ? Math.round(value * 40) : value;
          const [lo1, hi1, lo2, hi2] = [
            scaleLever(v, 1 - small, r),
            scaleLever(v, 1 + small, r),
            scaleLever(v, 1 - large, r),
            scaleLever(v, 1 + large, r),
          ] as number[];
          for (const x of [lo1, hi1, lo2, hi2]) expect(x >= r.min && x <= r.max).toBe(true);
          expect(lo2 <= lo1 && lo1 <= v && v <= hi1 && hi1 <= hi2).toBe(true);
        },
      ),
    );
  });

  it('refuses a fraction outside (0, 1] and an operator the scenario lacks', () => {
    expect(() => tornadoLevers(base, UNICOM, [], 0)).toThrow(/fraction/);
    expect(() => tornadoLevers(base, 7, [], 0.2)).toThrow(/operator 7/);
  });
});

describe('tornado effects', () => {
  it('shows no effect of a lever the model does not use (retention save rate with no retention budget)', () => {
    expect(base.operators[UNICOM].crm.budgetShare).toBe(0);
    const { levers } = tornadoLevers(base, UNICOM, [range('crm.saveRate')], 0.2);
    const rows = tornadoRows(levers, runTornado(base, levers), UNICOM, 'subscriberShare');
    expect(rows[0].low.mean).toBe(0);
    expect(rows[0].high.mean).toBe(0);
    expect(rows[0].size).toBe(0);
  });

  it('finds a wider price swing moves the share no less, lower prices gaining share', () => {
    const effect = (fraction: number) => {
      const { levers } = tornadoLevers(base, UNICOM, [range('pricing.tariffIndex')], fraction);
      return tornadoRows(levers, runTornado(base, levers), UNICOM, 'subscriberShare')[0];
    };
    const narrow = effect(0.05);
    const wide = effect(0.2);
    expect(wide.size).toBeGreaterThanOrEqual(narrow.size);
    expect(wide.low.mean).toBeGreaterThan(0);
    expect(wide.high.mean).toBeLessThan(0);
    // Paired on common seeds, the interval of a 20 % price change excludes zero.
    expect(wide.low.lo).toBeGreaterThan(0);
  });

  it('ranks rows by the larger |Δ| of their two sides', () => {
    const { levers } = tornadoLevers(base, UNICOM, [range('crm.saveRate'), range('brand'), range('pricing.tariffIndex'), range('loyalty.pointValue')], 0.2);
    const rows = tornadoRows(levers, runTornado(base, levers), UNICOM, 'profit');
    for (const row of rows) expect(row.size).toBe(Math.max(Math.abs(row.low.mean), Math.abs(row.high.mean)));
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].size).toBeGreaterThanOrEqual(rows[i].size);
    expect(rows.at(-1)!.lever.key).toBe('crm.saveRate');
  });

  it('refuses sides that did not run on the base seeds', () => {
    const { levers } = tornadoLevers(base, UNICOM, [range('brand')], 0.2);
    const runs = runTornado(base, levers);
    const shifted = { ...runs, high: [runs.high[0].map((run) => ({ ...run, seed: run.seed + 1 }))] };
    expect(() => tornadoRows(levers, shifted, UNICOM, 'profit')).toThrow(/not a pair/);
    expect(() => splitTornadoRuns(2, 4, runs.base)).toThrow(/needs 20 runs/);
  });
});
