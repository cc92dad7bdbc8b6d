/**
 * What the Replications view shows of N runs of one scenario on seeds N, N+1, …: per operator the
 * key figures at the horizon as a 95 % interval of the mean over runs, and the monthly series as
 * bands (mean, lo, hi per month). Runs are independent draws, so Student's t applies (interval.ts).
 */
import type { Band } from './compare.ts';
import { meanInterval, type Interval } from './interval.ts';
import type { OutcomeField } from './outcomes.ts';
import { SERIES_FIELDS, type RunSummary, type SeriesField } from './summary.ts';

/** The key figures of the view, at the horizon, in this order. */
export const KEY_FIELDS = ['subscriberShare', 'churnRate', 'grossAdds', 'revenue', 'profit', 'top20RevenueShare'] as const satisfies readonly OutcomeField[];
export type KeyField = (typeof KEY_FIELDS)[number];

export interface OperatorReplications {
  id: string;
  key: Record<KeyField, Interval>;
  bands: Record<SeriesField, Band>;
}

export interface ReplicationStats {
  replications: number;
  seeds: number[];
  months: number;
  operators: OperatorReplications[];
}

export class ReplicationError extends Error {}

function band(runs: readonly RunSummary[], o: number, field: SeriesField, months: number): Band {
  const mean = new Float64Array(months + 1);
  const lo = new Float64Array(months + 1);
  const hi = new Float64Array(months + 1);
  const values = new Array<number>(runs.length);
  for (let t = 0; t <= months; t++) {
    for (let r = 0; r < runs.length; r++) values[r] = runs[r].series[o][field][t];
    const i = meanInterval(values);
    mean[t] = i.mean;
    lo[t] = i.lo;
    hi[t] = i.hi;
  }
  return { mean, lo, hi };
}

export function replicationStats(runs: readonly RunSummary[]): ReplicationStats {
  if (runs.length === 0) throw new ReplicationError('no replications to summarise');
  const { months, operatorIds } = runs[0];
  for (const run of runs) {
    if (run.months !== months || run.operatorIds.join() !== operatorIds.join())
      throw new ReplicationError(`seed ${run.seed} ran another market (${run.months} months, operators ${run.operatorIds.join(', ')})`);
  }
  return {
    replications: runs.length,
    seeds: runs.map((r) => r.seed),
    months,
    operators: operatorIds.map((id, o) => {
      const key = {} as Record<KeyField, Interval>;
      for (const field of KEY_FIELDS) key[field] = meanInterval(runs.map((r) => r.outcomes[o][field].horizon));
      const bands = {} as Record<SeriesField, Band>;
      for (const field of SERIES_FIELDS) bands[field] = band(runs, o, field, months);
      return { id, key, bands };
    }),
  };
}

/** The key-figure table in long form (one row per operator and figure), for CSV export. */
export const REPLICATION_COLUMNS = ['operator', 'figure', 'replications', 'mean', 'halfWidth95', 'lo95', 'hi95', 'sd'] as const;

export function replicationRows(stats: ReplicationStats): (string | number | null)[][] {
  const finite = (x: number) => (Number.isFinite(x) ? x : null);
  return stats.operators.flatMap((op) =>
    KEY_FIELDS.map((field) => {
      const i = op.key[field];
      return [op.id, field, i.n, finite(i.mean), finite(i.half), finite(i.lo), finite(i.hi), finite(i.sd)];
    }),
  );
}
