/**
 * Periods over which flows (switching, money) are summed, ending at the scrubbed month. Month 0 is
 * the starting state and has no flows, so sums start at month 1 at the earliest.
 */
export type Period = 'month' | 'last12' | 'toDate';
export const PERIODS: readonly Period[] = ['month', 'last12', 'toDate'];

/**
 * First and last month (inclusive) of a period ending at `month`, starting no earlier than
 * `earliest` (1 for switching, which month 0 does not have; 0 for money). Empty (first > last)
 * when the period ends before `earliest`.
 */
export function periodRange(period: Period, month: number, earliest = 1): [number, number] {
  const last = Math.max(0, Math.floor(month));
  const first = period === 'month' ? last : period === 'last12' ? last - 11 : earliest;
  return [Math.max(earliest, first), last];
}
