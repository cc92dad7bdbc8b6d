/**
 * What the sweep views draw: for each point of a sweep, each operator and each outcome, the mean
 * over replications and its 95 % interval, and the CLI's long-format rows of the same runs (so the
 * app's CSV is the file `npm run sweep` writes).
 */
import { meanInterval, type Interval } from './interval.ts';
import { OUTCOME_FIELDS, type OutcomeField } from './outcomes.ts';
import type { RunSummary } from './summary.ts';
import { sweepHeader, sweepRows, type SweepParam, type SweepPoint } from './sweep.ts';

export interface SweepCell {
  point: SweepPoint;
  /** stats[o][field]: the horizon value over replications. */
  stats: Record<OutcomeField, Interval>[];
}

/** Runs are in job order: point p's replication r is runs[p × replications + r]. */
function runsOfPoint(runs: readonly RunSummary[], replications: number, p: number): readonly RunSummary[] {
  return runs.slice(p * replications, (p + 1) * replications);
}

function checkCount(points: readonly SweepPoint[], replications: number, runs: readonly RunSummary[]): void {
  if (!(replications >= 1) || runs.length !== points.length * replications)
    throw new Error(`a sweep of ${points.length} points × ${replications} replications needs ${points.length * replications} runs, got ${runs.length}`);
}

export function sweepStats(points: readonly SweepPoint[], replications: number, runs: readonly RunSummary[]): SweepCell[] {
  checkCount(points, replications, runs);
  return points.map((point, p) => {
    const mine = runsOfPoint(runs, replications, p);
    const operators = mine[0].operatorIds.length;
    const stats = Array.from({ length: operators }, (_, o) => {
      const entry = {} as Record<OutcomeField, Interval>;
      for (const field of OUTCOME_FIELDS) entry[field] = meanInterval(mine.map((run) => run.outcomes[o][field].horizon));
      return entry;
    });
    return { point, stats };
  });
}

/** The long-format table `npm run sweep` writes: one row per point × replication × operator. */
export function sweepTable(
  params: readonly SweepParam[],
  points: readonly SweepPoint[],
  replications: number,
  runs: readonly RunSummary[],
): { columns: string[]; rows: (string | number)[][] } {
  checkCount(points, replications, runs);
  const rows = points.flatMap((point, p) => runsOfPoint(runs, replications, p).flatMap((run, r) => sweepRows(params, point, r, run)));
  return { columns: sweepHeader(params), rows };
}
