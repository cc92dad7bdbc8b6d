/**
 * The short summary table the headless runner prints: each operator at the last month, then the
 * whole market. Reads the month frames with the layout helpers of engine/frame.ts.
 */
import type { RunOutput } from '../engine/api.ts';
import { at } from '../engine/frame.ts';

const COLUMNS = ['operator', 'subscribers', 'share', 'churn/month', 'revenue RMB', 'profit RMB', 'top-20% revenue', 'Gini'] as const;

export const integer = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–');
export const percent = (x: number, digits: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(digits)} %` : '–');
export const fixed = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

export interface SummaryExtras {
  /** Wall-clock time of the run, shown in the header line when given. */
  elapsedMs?: number;
  workers?: number;
}

export function formatSummary(out: RunOutput, extras: SummaryExtras = {}): string {
  const { meta, frames } = out;
  const l = meta.layout;
  const last = frames[frames.length - 1];
  const prev = frames.length > 1 ? frames[frames.length - 2] : undefined;
  const month = last[at.month()];

  const rows: string[][] = [];
  let profit = 0;
  let churned = 0;
  meta.operators.forEach((op, o) => {
    const get = (f: Parameters<typeof at.op>[2]) => last[at.op(l, o, f)];
    profit += get('profit');
    churned += get('churned');
    rows.push([
      op.name.en || op.id,
      integer(get('subscribers')),
      percent(get('subscriberShare'), 1),
      percent(get('churnRate'), 2),
      integer(get('revenue')),
      integer(get('profit')),
      percent(get('top20RevenueShare'), 1),
      fixed(get('gini'), 3),
    ]);
  });
  // Market churn on the same basis as an operator's: churners this month / subscribers at its start.
  const marketStart = prev ? prev[at.market(l, 'subscribers')] : NaN;
  const marketSubscribers = last[at.market(l, 'subscribers')];
  rows.push([
    'market',
    integer(marketSubscribers),
    percent(marketSubscribers > 0 ? 1 : NaN, 1),
    percent(marketStart > 0 ? churned / marketStart : NaN, 2),
    integer(last[at.market(l, 'revenue')]),
    integer(profit),
    percent(last[at.market(l, 'top20RevenueShare')], 1),
    fixed(last[at.market(l, 'gini')], 3),
  ]);

  const facts = [`month ${month} of ${meta.months}`, `seed ${meta.seed}`, `${integer(meta.customers)} customers`];
  if (extras.workers !== undefined) facts.push(`${extras.workers} worker${extras.workers === 1 ? '' : 's'}`);
  if (extras.elapsedMs !== undefined) facts.push(`${(extras.elapsedMs / 1000).toFixed(2)} s`);
  const title = meta.title.en || meta.scenarioId;

  const table = `${title} (${meta.scenarioId}) · ${facts.join(' · ')}\n${formatTable(COLUMNS, rows.slice(0, -1), rows[rows.length - 1])}`;
  return out.responses?.length ? `${table}\n\n${formatResponses(out)}` : table;
}

/** Response rules that fired (reactor.ts): when, who, which rule, what it set. */
export function formatResponses(out: RunOutput): string {
  const name = (id: string) => out.meta.operators.find((op) => op.id === id)?.name.en || id;
  const value = (lever: string, v: number) =>
    lever === 'price' ? `tariff ${fixed(v, 3)}` : lever === 'retention' ? `budget ${percent(v, 1)}` : `${integer(v)} RMB/month`;
  const rows = (out.responses ?? []).map((r) => [
    String(r.month),
    String(r.decided),
    name(r.operator),
    `#${r.rule + 1} ${r.lever}`,
    r.segment ?? 'all',
    `${fixed(r.shareLoss * 100, 1)} pts`,
    value(r.lever, r.value),
  ]);
  return `responses fired (${rows.length})\n${formatTable(['from month', 'seen', 'operator', 'rule', 'segment', 'share lost', 'new value'], rows)}`;
}

/** A text table: first column left-aligned, the others right-aligned, an optional total row under a rule. */
export function formatTable(columns: readonly string[], rows: readonly (readonly string[])[], total?: readonly string[]): string {
  const all = total ? [...rows, total] : rows;
  const widths = columns.map((c, i) => Math.max(c.length, ...all.map((r) => r[i].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(columns), rule, ...rows.map(line), ...(total ? [rule, line(total)] : [])].join('\n');
}
