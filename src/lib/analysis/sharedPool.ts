/**
 * The one analysis pool of the page, made when first needed: every analysis view shares its
 * workers, and a batch started by one view cancels the batch of another (see BatchRun).
 */
import { RunPool } from './pool.ts';

let pool: RunPool | null = null;

export function sharedPool(): RunPool {
  pool ??= new RunPool();
  return pool;
}
