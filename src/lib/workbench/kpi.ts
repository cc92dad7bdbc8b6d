/**
 * The KPI strip's numbers: for each operator, five frame values at the scrubbed month, their change
 * since the start of the run, and their difference to a pinned baseline. No model maths here: every
 * value is read from the frames with frame.ts accessors; this module only picks and subtracts.
 */
import type { RunMeta } from '../../engine/api.ts';
import { opValue, type OperatorField } from '../../engine/frame.ts';
import type { RunSnapshot } from '../sim/snapshot.ts';

export const KPI_FIELDS = ['subscriberShare', 'churnRate', 'top20RevenueShare', 'gini', 'profit'] as const satisfies readonly OperatorField[];
export type KpiField = (typeof KPI_FIELDS)[number];

/** How a KPI is shown: a share (percent, changes in percentage points), an index, or RMB. */
export type KpiKind = 'share' | 'index' | 'money';
export const KPI_KIND: Record<KpiField, KpiKind> = {
  subscriberShare: 'share',
  churnRate: 'share',
  top20RevenueShare: 'share',
  gini: 'index',
  profit: 'money',
};

/**
 * The month a KPI's change is measured from. Month 0 is the starting state: nobody has churned yet,
 * so churn is 0 there and "change since month 0" would just repeat the value; churn counts from month 1.
 */
export const KPI_FROM_MONTH: Record<KpiField, number> = {
  subscriberShare: 0,
  churnRate: 1,
  top20RevenueShare: 0,
  gini: 0,
  profit: 0,
};

export interface KpiCell {
  field: KpiField;
  value: number;
  /** Change since KPI_FROM_MONTH[field]; null when that month is the shown one or not there yet. */
  change: number | null;
  fromMonth: number;
  /** Value minus the baseline's value at the same month; null without a usable baseline month. */
  vsBaseline: number | null;
}

export interface KpiRow {
  operator: number;
  cells: KpiCell[];
}

/** True when a baseline run can be compared with the current one month by month, value by value. */
export function baselineMatches(current: RunMeta, baseline: RunMeta): boolean {
  const ids = (list: { id: string }[]) => list.map((x) => x.id).join('|');
  return ids(current.operators) === ids(baseline.operators) && ids(current.segments) === ids(baseline.segments) && current.layout.size === baseline.layout.size;
}

/** The KPI rows at `month` (clamped to the months received); empty before the first month. */
export function kpiRows(meta: RunMeta, frames: Float64Array[], month: number, baseline: RunSnapshot | null): KpiRow[] {
  if (frames.length === 0) return [];
  const m = Math.min(Math.max(0, Math.round(month)), frames.length - 1);
  const l = meta.layout;
  const frame = frames[m];
  const base = baseline && baselineMatches(meta, baseline.meta) ? baseline.frames[m] : undefined;
  return meta.operators.map((_, o) => ({
    operator: o,
    cells: KPI_FIELDS.map((field) => {
      const value = opValue(frame, l, o, field);
      const fromMonth = KPI_FROM_MONTH[field];
      const from = m > fromMonth ? frames[fromMonth] : undefined;
      return {
        field,
        value,
        change: from ? value - opValue(from, l, o, field) : null,
        fromMonth,
        vsBaseline: base ? value - opValue(base, l, o, field) : null,
      };
    }),
  }));
}
