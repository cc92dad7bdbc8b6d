/**
 * The comparison runner's printed summary: what changed, then per operator the main outcomes over
 * the run (Δ with its 95 % interval when replicated) and the policy economics.
 */
import type { Comparison, Difference } from '../engine/analysis/compare.ts';
import type { Change } from '../engine/analysis/patch.ts';
import { fixed, formatTable, integer, percent } from './summary.ts';

/** A changed value in one short line: lists by their size when long. */
function shown(value: unknown): string {
  if (value === undefined) return '(default)';
  const text = JSON.stringify(value);
  if (text.length <= 60) return text;
  return Array.isArray(value) ? `a list of ${value.length}` : `${text.slice(0, 57)}…`;
}

const signed = (text: string) => (text.startsWith('-') || text === '–' ? text : `+${text}`);

function cell(d: Difference, show: (x: number) => string): string {
  const interval = d.ci95 ? ` [${show(d.ci95[0])}, ${show(d.ci95[1])}]` : '';
  return `${signed(show(d.delta))}${interval}`;
}

const money = (x: number) => integer(x);
const points = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(2)} pt` : '–');

export function formatComparison(c: Comparison, changes: Change[], names: string[]): string {
  const lines: string[] = [];
  lines.push(
    `${c.replications} paired replication${c.replications === 1 ? '' : 's'} (seeds ${c.seeds[0]}–${c.seeds[c.seeds.length - 1]}) · ${c.months} months`,
  );
  lines.push('changed:');
  for (const ch of changes) lines.push(`  ${ch.path}: ${shown(ch.baseline)} → ${shown(ch.variant)}`);
  const rows = c.operators.map((op, o) => [
    names[o],
    cell(op.outcomes.subscriberShare.horizon, points),
    cell(op.outcomes.churnRate.overRun, points),
    cell(op.outcomes.grossAdds.overRun, money),
    cell(op.outcomes.revenue.overRun, money),
    cell(op.outcomes.profit.overRun, money),
  ]);
  lines.push('', 'Δ variant − baseline (share at the horizon; churn: mean per month; the rest summed over the run)');
  lines.push(formatTable(['operator', 'share', 'churn/month', 'gross adds', 'revenue RMB', 'profit RMB'], rows));
  const ratio = (x: number | null) => (x === null ? '–' : fixed(x, 2));
  const econ = c.operators.map((op, o) => {
    const e = op.economics;
    return [
      names[o],
      signed(money(e.incrementalCost.mean)),
      signed(money(e.customersSaved.mean)),
      e.costPerSavedCustomer === null ? '–' : money(e.costPerSavedCustomer),
      ratio(e.revenueKeptPerRetentionRMB),
      e.costPerExtraGrossAdd === null ? '–' : money(e.costPerExtraGrossAdd),
      e.paybackMonth === null ? '–' : String(e.paybackMonth),
    ];
  });
  lines.push('', 'policy economics (from the paired differences)');
  lines.push(formatTable(['operator', 'Δ spend RMB', 'saved', 'RMB/saved', 'revenue/RMB retention', 'RMB/extra add', 'payback month'], econ));
  if (Number.isFinite(c.pairedOverUnpaired))
    lines.push('', `paired intervals are ${percent(c.pairedOverUnpaired, 0)} of the width independent seeds would give`);
  return lines.join('\n');
}
