/**
 * How the Compare view writes outcomes: shares and rates (stored as fractions) in percent with Δs
 * in percentage points, counts whole, money in RMB, the Gini to three decimals; and each outcome's
 * name. One place, so the tables, the reading and the CSV agree.
 */
import type { OutcomeField } from '../../engine/analysis/outcomes.ts';
import { formatNumber, formatPercent, formatRMB, type Messages } from '../i18n/index.svelte.ts';

type Kind = 'share' | 'count' | 'money' | 'index';

const KIND: Record<OutcomeField, Kind> = {
  subscribers: 'count',
  subscriberShare: 'share',
  churnRate: 'share',
  grossAdds: 'count',
  churned: 'count',
  revenue: 'money',
  profit: 'money',
  top20RevenueShare: 'share',
  top20ProfitShare: 'share',
  gini: 'index',
  retentionSpend: 'money',
  acquisitionSpend: 'money',
  subsidySpend: 'money',
  loyaltySpend: 'money',
  winBackSpend: 'money',
};

const NAME = {
  subscribers: 'compareMetricSubscribers',
  subscriberShare: 'compareMetricShare',
  churnRate: 'compareMetricChurnRate',
  grossAdds: 'compareMetricGrossAdds',
  churned: 'compareMetricChurned',
  revenue: 'compareMetricRevenue',
  profit: 'compareMetricProfit',
  top20RevenueShare: 'compareMetricTop20Revenue',
  top20ProfitShare: 'compareMetricTop20Profit',
  gini: 'compareMetricGini',
  retentionSpend: 'compareMetricRetention',
  acquisitionSpend: 'compareMetricAcquisition',
  subsidySpend: 'compareMetricSubsidy',
  loyaltySpend: 'compareMetricLoyalty',
  winBackSpend: 'compareMetricWinBack',
} as const satisfies Record<OutcomeField, keyof Messages>;

export const metricName = (m: Messages, field: OutcomeField): string => m[NAME[field]];

const DASH = '–';

/** A level of `field` (a side's value). */
export function formatValue(field: OutcomeField, x: number): string {
  if (!Number.isFinite(x)) return DASH;
  switch (KIND[field]) {
    case 'share':
      return formatPercent(x, 2);
    case 'money':
      return formatRMB(x);
    case 'index':
      return formatNumber(x, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
    default:
      return formatNumber(Math.round(x));
  }
}

/** A sign in front of a change, none for one that rounds to 0 (no "-0.00 pt" or "+0.0%"). */
const signed = (text: string, x: number) => (!/[1-9]/.test(text) ? text.replace(/^[-\u2212]/, '') : x > 0 ? `+${text}` : text);

/** A difference of `field`: shares in percentage points, with a sign. */
export function formatDelta(m: Messages, field: OutcomeField, x: number): string {
  if (!Number.isFinite(x)) return DASH;
  if (KIND[field] === 'share') return signed(m.comparePoints(formatNumber(x * 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 })), x);
  if (KIND[field] === 'count') return signed(formatNumber(Math.round(x)), x);
  return signed(formatValue(field, x), x);
}

/** A relative change (0.031 → "+3.1%"). */
export const formatDeltaPct = (x: number): string => (Number.isFinite(x) ? signed(formatPercent(x, 1), x) : DASH);

/** Money of the economics table; counts of customers; plain ratios. */
export const money = (x: number | null): string => (x === null || !Number.isFinite(x) ? DASH : formatRMB(x));
export const signedMoney = (x: number): string => (Number.isFinite(x) ? signed(formatRMB(x), x) : DASH);
export const signedCount = (x: number): string => (Number.isFinite(x) ? signed(formatNumber(Math.round(x)), x) : DASH);
export const ratio = (x: number | null): string =>
  x === null || !Number.isFinite(x) ? DASH : formatNumber(x, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Whether an interval lies wholly on one side of 0. */
export const excludesZero = (ci: readonly [number, number] | undefined): boolean => Boolean(ci && (ci[0] > 0 || ci[1] < 0));
