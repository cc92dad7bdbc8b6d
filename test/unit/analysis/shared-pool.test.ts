import { describe, expect, it } from 'vitest';
import { poolSizeFromSearch } from '../../../src/lib/analysis/sharedPool.ts';
import { MAX_POOL_SIZE } from '../../../src/lib/analysis/pool.ts';

describe('pool size from the address', () => {
  it('takes ?pool=N within 1..MAX_POOL_SIZE and ignores anything else', () => {
    expect(poolSizeFromSearch('?pool=1')).toBe(1);
    expect(poolSizeFromSearch('?lang=en&pool=2')).toBe(2);
    expect(poolSizeFromSearch(`?pool=${MAX_POOL_SIZE + 1}`)).toBeNull();
    expect(poolSizeFromSearch('?pool=0')).toBeNull();
    expect(poolSizeFromSearch('?pool=1.5')).toBeNull();
    expect(poolSizeFromSearch('?pool=abc')).toBeNull();
    expect(poolSizeFromSearch('')).toBeNull();
  });
});
