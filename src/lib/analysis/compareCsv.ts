/**
 * The Compare view's tables as CSV for a spreadsheet: long format, one row per variant × operator ×
 * metric (effects) or figure (economics), with machine names (metric and figure keys as in the
 * comparison JSON) so a file reads the same whatever the UI language.
 */
import type { Comparison } from '../../engine/analysis/compare.ts';
import { OUTCOME_FIELDS } from '../../engine/analysis/outcomes.ts';
import { toCsv, type Cell } from '../../engine/csv.ts';

export interface NamedComparison {
  /** The variant's key (`variant:all-acquisition`, `origin`, …). */
  variant: string;
  comparison: Comparison;
}

const ci = (interval: readonly [number, number] | undefined): Cell[] => (interval ? [interval[0], interval[1]] : [null, null]);

export const EFFECTS_COLUMNS = [
  'variant',
  'operator',
  'metric',
  'when',
  'replications',
  'baseline',
  'variant_value',
  'delta',
  'delta_pct',
  'ci95_lo',
  'ci95_hi',
];

export function effectsCsv(results: readonly NamedComparison[]): string {
  const rows: Cell[][] = [];
  for (const { variant, comparison: c } of results)
    for (const op of c.operators)
      for (const field of OUTCOME_FIELDS)
        for (const when of ['horizon', 'overRun'] as const) {
          const d = op.outcomes[field][when];
          rows.push([variant, op.id, field, when, c.replications, d.baseline, d.variant, d.delta, d.deltaPct, ...ci(d.ci95)]);
        }
  return toCsv(EFFECTS_COLUMNS, rows);
}

export const ECONOMICS_COLUMNS = ['variant', 'operator', 'figure', 'replications', 'value', 'ci95_lo', 'ci95_hi'];

export function economicsCsv(results: readonly NamedComparison[]): string {
  const rows: Cell[][] = [];
  for (const { variant, comparison: c } of results)
    for (const op of c.operators)
      for (const [figure, value] of Object.entries(op.economics))
        rows.push(
          value !== null && typeof value === 'object'
            ? [variant, op.id, figure, c.replications, value.mean, ...ci(value.ci95)]
            : [variant, op.id, figure, c.replications, value, null, null],
        );
  return toCsv(ECONOMICS_COLUMNS, rows);
}
