/**
 * What one run contributes to a comparison or a sweep: its outcomes and the few monthly series the
 * Δ charts draw. Small enough to send from a pool worker for each of hundreds of replications,
 * where whole runs would not be.
 */
import type { RunOutput } from '../api.ts';
import { runOutcomes, operatorSeries, type RunOutcomes } from './outcomes.ts';

/** The monthly series kept per operator (Δ charts over time, payback month). */
export const SERIES_FIELDS = ['subscriberShare', 'churnRate', 'top20RevenueShare', 'profit'] as const;
export type SeriesField = (typeof SERIES_FIELDS)[number];

export interface RunSummary {
  seed: number;
  months: number;
  operatorIds: string[];
  outcomes: RunOutcomes;
  /** series[o][field]: months 0..T. */
  series: Record<SeriesField, Float64Array>[];
}

export function summarizeRun(run: RunOutput): RunSummary {
  return {
    seed: run.meta.seed,
    months: run.meta.months,
    operatorIds: run.meta.operators.map((op) => op.id),
    outcomes: runOutcomes(run),
    series: run.meta.operators.map((_, o) => {
      const entry = {} as Record<SeriesField, Float64Array>;
      for (const field of SERIES_FIELDS) entry[field] = operatorSeries(run, o, field);
      return entry;
    }),
  };
}
