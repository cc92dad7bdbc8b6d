/**
 * Words for fired responses (reactor.ts records), shared by the chart markers, the list under the
 * charts, the editor's timeline and the glass box.
 */
import type { RunMeta } from '../../engine/api.ts';
import type { ResponseRecord } from '../../engine/reactor.ts';
import type { Messages } from '../i18n/dictionaries.ts';
import { formatNumber, formatPercent, localized } from '../i18n/index.svelte.ts';

export function operatorName(meta: RunMeta | null, id: string): string {
  const op = meta?.operators.find((o) => o.id === id);
  return (op && localized(op.name)) || id;
}

export function operatorColor(meta: RunMeta | null, id: string): string {
  return meta?.operators.find((o) => o.id === id)?.color ?? 'var(--chart-guide)';
}

/** What the response set: "tariff Mass to 0.95", "retention budget to 3.0 %", … */
export function responseWhat(m: Messages, meta: RunMeta | null, r: ResponseRecord): string {
  if (r.lever === 'price') {
    const seg = r.segment === null ? m.rivalsAllSegments : localized(meta?.segments.find((s) => s.id === r.segment)?.name) || r.segment;
    return m.rivalsPriceTo(formatNumber(r.value, { maximumFractionDigits: 3 }), seg);
  }
  if (r.lever === 'retention') return m.rivalsRetentionTo(formatPercent(r.value, 1));
  return m.rivalsAcquisitionTo(formatNumber(r.value, { maximumFractionDigits: 0 }));
}

/** One fired response in a sentence: who, what, from when, seen when. */
export function responseText(m: Messages, meta: RunMeta | null, r: ResponseRecord): string {
  return m.rivalsFiredItem(operatorName(meta, r.operator), responseWhat(m, meta, r), r.month, r.decided);
}
