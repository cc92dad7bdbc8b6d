/**
 * A parameter sweep: every combination of the swept fields' values (a grid, the first field
 * varying slowest), each point run on the same seeds (common random numbers across points, so
 * neighbouring points differ by the lever, not by luck). Long-format rows, one per point ×
 * replication × operator, are what the CLI writes and the app charts.
 */
import type { RunSummary } from './summary.ts';

export interface SweepParam {
  /** Schema path, e.g. operators[0].crm.budgetShare. */
  path: string;
  values: number[];
}

export interface SweepPoint {
  /** 0-based position in the grid. */
  index: number;
  /** The value of each swept path at this point. */
  values: Record<string, number>;
}

/** The outcome columns of a sweep row, at the horizon. */
export const SWEEP_COLUMNS = ['subscriberShare', 'churnRate', 'grossAdds', 'revenue', 'profit', 'top20RevenueShare', 'gini'] as const;

/** k evenly spaced values from lo to hi, both included (k = 1: lo). */
export function rangeValues(lo: number, hi: number, k: number): number[] {
  if (k === 1) return [lo];
  // Computed from the ends, not by adding a step, so the last value is hi exactly.
  return Array.from({ length: k }, (_, i) => (i === k - 1 ? hi : lo + ((hi - lo) * i) / (k - 1)));
}

export function sweepPoints(params: readonly SweepParam[]): SweepPoint[] {
  let points: Record<string, number>[] = [{}];
  for (const { path, values } of params) points = points.flatMap((p) => values.map((value) => ({ ...p, [path]: value })));
  return points.map((values, index) => ({ index, values }));
}

/** Points of shard i of n (1-based i): contiguous, disjoint, together all points. */
export function shardRange(total: number, i: number, n: number): [from: number, to: number] {
  return [Math.floor((total * (i - 1)) / n), Math.floor((total * i) / n)];
}

export function sweepHeader(params: readonly SweepParam[]): string[] {
  return ['point', ...params.map((p) => p.path), 'replication', 'seed', 'operator', ...SWEEP_COLUMNS];
}

/** One row per operator of a point's replication. */
export function sweepRows(params: readonly SweepParam[], point: SweepPoint, replication: number, run: RunSummary): (string | number)[][] {
  return run.operatorIds.map((id, o) => [
    point.index,
    ...params.map((p) => point.values[p.path]),
    replication,
    run.seed,
    id,
    ...SWEEP_COLUMNS.map((field) => run.outcomes[o][field].horizon),
  ]);
}
