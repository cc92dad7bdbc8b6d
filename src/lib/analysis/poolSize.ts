/**
 * How many worker threads the page uses for analysis batches and for splitting a big run: the
 * device's cores (capped), or `?pool=N` in the address for comparing sizes, which must give
 * identical results. Kept apart from pool.ts so the workbench can ask without loading the pool.
 */

/** More workers than this rarely help: memory grows with each, and the UI thread needs a core. */
export const MAX_POOL_SIZE = 8;

export function defaultPoolSize(cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency): number {
  return Math.max(1, Math.min(MAX_POOL_SIZE, Math.floor(cores || 1)));
}

/** The pool size asked for by `?pool=N`, or null when absent or not a whole number in range. */
export function poolSizeFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('pool');
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  const n = Number(raw);
  return n >= 1 && n <= MAX_POOL_SIZE ? n : null;
}

/** The page's pool size: `?pool=N`, else the device's. */
export function sharedPoolSize(): number {
  return (typeof location === 'undefined' ? null : poolSizeFromSearch(location.search)) ?? defaultPoolSize();
}
