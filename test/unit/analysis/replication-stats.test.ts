/** Replications of one scenario: intervals over runs, the bands, and the CSV rows. */
import { describe, expect, it } from 'vitest';
import { meanInterval } from '../../../src/engine/analysis/interval.ts';
import { replicationSeeds } from '../../../src/engine/analysis/replications.ts';
import { KEY_FIELDS, REPLICATION_COLUMNS, ReplicationError, replicationRows, replicationStats } from '../../../src/engine/analysis/replicationStats.ts';
import { summarizeRun } from '../../../src/engine/analysis/summary.ts';
import { runScenario } from '../../../src/engine/simulation.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

const base = mustValidate(readScenarioInput('default'));
const seeds = replicationSeeds(7, 5);
const runs = seeds.map((seed) => summarizeRun(runScenario(base, { seed, customers: 5_000, months: 6 })));
const stats = replicationStats(runs);

describe('replication statistics', () => {
  it('are the t interval over runs of each key figure at the horizon', () => {
    expect(stats.replications).toBe(5);
    expect(stats.seeds).toEqual(seeds);
    for (const [o, op] of stats.operators.entries()) {
      for (const field of KEY_FIELDS) {
        const expected = meanInterval(runs.map((r) => r.outcomes[o][field].horizon));
        expect(op.key[field]).toEqual(expected);
      }
    }
    // Different seeds do differ: the intervals have width.
    expect(stats.operators[0].key.subscriberShare.half).toBeGreaterThan(0);
  });

  it('band each monthly series: the mean inside [lo, hi], equal to the runs’ mean', () => {
    const band = stats.operators[1].bands.churnRate;
    expect(band.mean.length).toBe(7);
    for (let t = 1; t <= 6; t++) {
      expect(band.lo[t]).toBeLessThanOrEqual(band.mean[t]);
      expect(band.hi[t]).toBeGreaterThanOrEqual(band.mean[t]);
      expect(band.mean[t]).toBeCloseTo(runs.reduce((s, r) => s + r.series[1].churnRate[t], 0) / runs.length, 12);
    }
  });

  it('give one CSV row per operator and figure, in the column order', () => {
    const rows = replicationRows(stats);
    expect(rows.length).toBe(base.operators.length * KEY_FIELDS.length);
    for (const row of rows) expect(row.length).toBe(REPLICATION_COLUMNS.length);
    expect(rows[0].slice(0, 3)).toEqual([base.operators[0].id, KEY_FIELDS[0], 5]);
  });

  it('have no interval with one run, and refuse runs of different markets', () => {
    const one = replicationStats(runs.slice(0, 1));
    expect(Number.isNaN(one.operators[0].key.profit.half)).toBe(true);
    expect(replicationRows(one)[0][4]).toBeNull();
    const other = summarizeRun(runScenario(base, { seed: 1, customers: 5_000, months: 4 }));
    expect(() => replicationStats([runs[0], other])).toThrow(ReplicationError);
    expect(() => replicationStats([])).toThrow(ReplicationError);
  });
});
