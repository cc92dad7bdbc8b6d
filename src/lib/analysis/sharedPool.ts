/**
 * The one analysis pool of the page, made when first needed: every analysis view shares its
 * workers, and a batch started by one view cancels the batch of another (see BatchRun). Its size
 * is the device's (defaultPoolSize), or `?pool=N` in the address (1–MAX_POOL_SIZE): for comparing
 * pool sizes, which must give identical results.
 */
import { defaultPoolSize, MAX_POOL_SIZE, RunPool } from './pool.ts';

let pool: RunPool | null = null;

/** The pool size asked for by `?pool=N`, or null when absent or not a whole number in range. */
export function poolSizeFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('pool');
  if (raw === null || !/^\d+$/.test(raw.trim())) return null;
  const n = Number(raw);
  return n >= 1 && n <= MAX_POOL_SIZE ? n : null;
}

export function sharedPoolSize(): number {
  return (typeof location === 'undefined' ? null : poolSizeFromSearch(location.search)) ?? defaultPoolSize();
}

export function sharedPool(): RunPool {
  pool ??= new RunPool(sharedPoolSize());
  return pool;
}
