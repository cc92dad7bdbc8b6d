/** What the sweep views draw: means and intervals per point, and the CLI's long-format rows. */
import { describe, expect, it } from 'vitest';
import { meanInterval } from '../../../src/engine/analysis/interval.ts';
import { applyPatch } from '../../../src/engine/analysis/patch.ts';
import { summarizeRun } from '../../../src/engine/analysis/summary.ts';
import { SWEEP_COLUMNS, sweepHeader, sweepPoints, sweepRows } from '../../../src/engine/analysis/sweep.ts';
import { sweepStats, sweepTable } from '../../../src/engine/analysis/sweepStats.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

const base = mustValidate(readScenarioInput('default'));
const params = [
  { path: 'operators[1].pricing.tariffIndex', values: [0.8, 1.1] },
  { path: 'operators[1].service.level', values: [0.5, 0.6, 0.7] },
];
const points = sweepPoints(params);
const seeds = [3, 4, 5];
const runs = points.flatMap((point) => {
  const scenario = mustValidate(applyPatch(base, point.values));
  return seeds.map((seed) => summarizeRun(runScenario(scenario, { seed, customers: 5_000, months: 6 })));
});

describe('sweep statistics', () => {
  it('gives each point of a 2-D grid the mean and interval of its own replications', () => {
    const cells = sweepStats(points, seeds.length, runs);
    expect(cells.map((c) => c.point.values)).toEqual(points.map((p) => p.values));
    for (const [p, cell] of cells.entries())
      for (let o = 0; o < 3; o++) {
        const values = runs.slice(p * 3, p * 3 + 3).map((run) => run.outcomes[o].churnRate.horizon);
        expect(cell.stats[o].churnRate).toEqual(meanInterval(values));
      }
    // A cheaper Unicom holds more share than a dearer one at the same service level.
    expect(cells[1].stats[1].subscriberShare.mean).toBeGreaterThan(cells[4].stats[1].subscriberShare.mean);
  });

  it('writes the rows `npm run sweep` writes, in point × replication × operator order', () => {
    const table = sweepTable(params, points, seeds.length, runs);
    expect(table.columns).toEqual(sweepHeader(params));
    expect(table.columns.slice(-SWEEP_COLUMNS.length)).toEqual([...SWEEP_COLUMNS]);
    expect(table.rows).toEqual(points.flatMap((point, p) => seeds.flatMap((_, r) => sweepRows(params, point, r, runs[p * 3 + r]))));
    expect(table.rows).toHaveLength(points.length * seeds.length * 3);
  });

  it('refuses a run count that is not points × replications', () => {
    expect(() => sweepStats(points, 2, runs)).toThrow(/needs 12 runs, got 18/);
  });
});
