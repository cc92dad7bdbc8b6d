/**
 * Cohort retention as a grid of join-month groups × age. cohorts[m][o*(months+1)+j] counts the
 * customers who joined o in month j and are still with o at month m (api.ts MonthUpdate.cohort);
 * a cohort's size is its count in its own month. Long runs are grouped into bins of `bin` months
 * (both join month and age), so the grid stays small enough to draw as SVG at 240 months.
 */
export interface CohortGrid {
  bin: number;
  /** First join month of each row group. */
  rowStarts: number[];
  /** Age (months since joining) of each column. */
  ages: number[];
  /** retention[r][c]: share (0..1) still with the operator, NaN where no cohort of the group is that old yet. */
  retention: number[][];
  /** Customers who joined in each row group. */
  sizes: number[];
}

/** Bin width so that a run of `months` has at most `maxCells` rows and columns. */
export function cohortBin(months: number, maxCells = 37): number {
  return Math.max(1, Math.ceil((months + 1) / maxCells));
}

/**
 * Retention of operator o's cohorts as known at month `upTo` (the scrubbed month). A row group's
 * value at age k pools the cohorts j of the group with j + k ≤ upTo: Σ alive(j, j+k) / Σ size(j).
 */
export function cohortGrid(cohorts: Float64Array[], months: number, operator: number, upTo: number, bin: number): CohortGrid {
  const last = Math.min(upTo, cohorts.length - 1);
  const stride = months + 1;
  const base = operator * stride;
  const rowStarts: number[] = [];
  const sizes: number[] = [];
  const retention: number[][] = [];
  const columns = last >= 0 ? Math.floor(last / bin) + 1 : 0;
  const ages = Array.from({ length: columns }, (_, c) => c * bin);
  for (let start = 0; start <= last; start += bin) {
    const end = Math.min(start + bin - 1, last);
    let groupSize = 0;
    for (let j = start; j <= end; j++) groupSize += cohorts[j][base + j];
    const row: number[] = [];
    for (const age of ages) {
      let alive = 0;
      let size = 0;
      for (let j = start; j <= end && j + age <= last; j++) {
        alive += cohorts[j + age][base + j];
        size += cohorts[j][base + j];
      }
      row.push(size > 0 ? alive / size : NaN);
    }
    rowStarts.push(start);
    sizes.push(groupSize);
    retention.push(row);
  }
  return { bin, rowStarts, ages, retention, sizes };
}
