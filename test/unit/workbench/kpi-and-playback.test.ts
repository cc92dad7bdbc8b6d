/**
 * The workbench's own rules: what the KPI strip reads from frames (value, change since the start,
 * difference to a baseline), when a baseline may be compared, and how playback moves the month.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/engine/simulation.ts';
import { opValue } from '../../../src/engine/frame.ts';
import type { RunMeta } from '../../../src/engine/api.ts';
import { KPI_FIELDS, baselineMatches, kpiRows } from '../../../src/lib/workbench/kpi.ts';
import { clampMonth, playbackStart, playbackTick } from '../../../src/lib/workbench/playback.ts';
import { defaultPreset } from '../../../src/lib/scenario/default.ts';
import type { RunSnapshot } from '../../../src/lib/sim/snapshot.ts';

function runDefault(seed: number, months = 4): RunSnapshot {
  const defaultScenario = defaultPreset.result;
  if (!defaultScenario.ok) throw new Error('default scenario invalid');
  const sim = createSimulation(defaultScenario.scenario, { customers: 5000, months, seed });
  const frames: Float64Array[] = [];
  const cohorts: Float64Array[] = [];
  while (!sim.done) {
    const update = sim.step();
    frames.push(update.frame);
    cohorts.push(update.cohort);
  }
  return { meta: sim.meta, frames, cohorts };
}

describe('KPI strip values', () => {
  const run = runDefault(1);
  const other = runDefault(2);

  it('reads each figure of each operator at the shown month, with its change since the start', () => {
    const rows = kpiRows(run.meta, run.frames, 3, null);
    expect(rows).toHaveLength(run.meta.operators.length);
    for (const row of rows) {
      expect(row.cells.map((c) => c.field)).toEqual([...KPI_FIELDS]);
      for (const cell of row.cells) {
        const now = opValue(run.frames[3], run.meta.layout, row.operator, cell.field);
        const from = opValue(run.frames[cell.fromMonth], run.meta.layout, row.operator, cell.field);
        expect(cell.value).toBe(now);
        expect(cell.change).toBeCloseTo(now - from, 12);
        expect(cell.vsBaseline).toBeNull();
      }
    }
  });

  it('churn changes are measured from month 1 (month 0 has no churners), the others from month 0', () => {
    const churn = kpiRows(run.meta, run.frames, 3, null)[0].cells.find((c) => c.field === 'churnRate');
    expect(churn?.fromMonth).toBe(1);
    // At month 0 nothing has changed yet: no change is shown rather than a zero.
    for (const cell of kpiRows(run.meta, run.frames, 0, null)[0].cells) expect(cell.change).toBeNull();
  });

  it('clamps the month to the months received (a scrub past a streaming run shows the newest)', () => {
    const partial = run.frames.slice(0, 2);
    const rows = kpiRows(run.meta, partial, 10, null);
    expect(rows[0].cells[0].value).toBe(opValue(partial[1], run.meta.layout, 0, 'subscriberShare'));
    expect(kpiRows(run.meta, [], 0, null)).toEqual([]);
  });

  it('differences to a matching baseline are current minus baseline at the same month', () => {
    const rows = kpiRows(run.meta, run.frames, 2, other);
    for (const row of rows)
      for (const cell of row.cells) expect(cell.vsBaseline).toBeCloseTo(cell.value - opValue(other.frames[2], other.meta.layout, row.operator, cell.field), 12);
    // Different seeds give different markets: some difference is not zero.
    expect(rows.some((r) => r.cells.some((c) => c.vsBaseline !== 0))).toBe(true);
  });

  it('a baseline with other operators or segments is not compared', () => {
    const fewer: RunMeta = { ...other.meta, operators: other.meta.operators.slice(0, 2) };
    expect(baselineMatches(run.meta, other.meta)).toBe(true);
    expect(baselineMatches(run.meta, fewer)).toBe(false);
    const renamed: RunMeta = { ...other.meta, segments: other.meta.segments.map((s, i) => (i === 0 ? { ...s, id: 'other' } : s)) };
    expect(baselineMatches(run.meta, renamed)).toBe(false);
    const rows = kpiRows(run.meta, run.frames, 2, { ...other, meta: fewer });
    expect(rows.every((r) => r.cells.every((c) => c.vsBaseline === null))).toBe(true);
  });

  it('a shorter baseline gives no difference past its end', () => {
    const short = runDefault(2, 1);
    const rows = kpiRows(run.meta, run.frames, 3, short);
    expect(rows.every((r) => r.cells.every((c) => c.vsBaseline === null))).toBe(true);
  });
});

describe('playback', () => {
  it('moves one month per tick while months are computed, waits for a streaming run, stops at the end', () => {
    expect(playbackTick(3, 10, false)).toEqual({ month: 4, playing: true });
    expect(playbackTick(10, 10, true)).toEqual({ month: 10, playing: true });
    expect(playbackTick(10, 10, false)).toEqual({ month: 10, playing: false });
  });

  it('starts over from month 0 when Play is pressed at the end of a finished run', () => {
    expect(playbackStart(10, 10, false)).toBe(0);
    expect(playbackStart(4, 10, false)).toBe(4);
    expect(playbackStart(10, 10, true)).toBe(10);
  });

  it('clamps months to what has been computed', () => {
    expect(clampMonth(-3, 10)).toBe(0);
    expect(clampMonth(12, 10)).toBe(10);
    expect(clampMonth(4.6, 10)).toBe(5);
    expect(clampMonth(Number.NaN, 10)).toBe(0);
    expect(clampMonth(3, -1)).toBe(0);
  });
});
