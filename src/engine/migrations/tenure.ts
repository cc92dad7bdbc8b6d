/**
 * Schema version 2 → 3, tenure's part: segments gained an optional `tenure` object (churn and
 * economics over tenure, issue 16). A version-2 document is valid without it, so nothing changes;
 * this step only exists so that the ladder composes with the other parts of the version-3 change.
 */
export function migrateTenureV2(doc: Record<string, unknown>): Record<string, unknown> {
  return doc;
}
