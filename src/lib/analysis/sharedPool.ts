/**
 * The one analysis pool of the page, made when first needed: every analysis view shares its
 * workers, and a batch started by one view cancels the batch of another (see BatchRun). Its size
 * is sharedPoolSize() (poolSize.ts): the device's, or `?pool=N`.
 */
import { RunPool } from './pool.ts';
import { sharedPoolSize } from './poolSize.ts';

export { poolSizeFromSearch, sharedPoolSize } from './poolSize.ts';

let pool: RunPool | null = null;

export function sharedPool(): RunPool {
  pool ??= new RunPool(sharedPoolSize());
  return pool;
}
