/**
 * The one-line reading of a variant's policy economics ("Each customer saved cost ¥491; each extra
 * gross add cost ¥1,201."): the ratios the course compares, in words, or why there is none.
 */
import type { PolicyEconomics } from '../../engine/analysis/economics.ts';
import type { Messages } from '../i18n/index.svelte.ts';
import { money, ratio } from './compareFormat.ts';

export function economicsReading(e: PolicyEconomics, m: Messages): string {
  const saved = e.costPerSavedCustomer;
  const add = e.costPerExtraGrossAdd;
  const parts: string[] = [];
  if (saved !== null && add !== null) parts.push(m.compareReadingSavedAndAdds(money(saved), money(add)));
  else if (saved !== null) parts.push(m.compareReadingSaved(money(saved)));
  else if (add !== null) parts.push(m.compareReadingAdds(money(add)));
  if (e.revenueKeptPerRetentionRMB !== null) parts.push(m.compareReadingRevenue(ratio(e.revenueKeptPerRetentionRMB)));
  return parts.length > 0 ? parts.reduce((text, next) => m.compareSentences(text, next)) : m.compareReadingNone;
}
