/**
 * The cost estimate before a batch: memory from what the engine allocates, time from a measured
 * throughput; refusal of what would not fit and a question above a minute.
 */
import { describe, expect, it } from 'vitest';
import {
  BYTES_PER_CUSTOMER,
  CONFIRM_SECONDS,
  customerMonths,
  estimateBatch,
  estimateSplitRun,
  FALLBACK_BUDGET_BYTES,
  MAX_BUDGET_BYTES,
  memoryBudget,
  runBytes,
  Throughput,
  WORKER_BASE_BYTES,
  type RunSize,
} from '../../../src/lib/analysis/estimate.ts';
import { frameLayout } from '../../../src/engine/frame.ts';
import { peakMarketSize } from '../../../src/engine/validate.ts';

const size = (customers: number, months: number, arrivalRate = 0): RunSize => ({ customers, months, arrivalRate, operators: 3, segments: 6 });
const GiB = 2 ** 30;

describe('memory of a run', () => {
  it('counts six 4-byte customer arrays for the peak market, and one frame per month', () => {
    const b = runBytes(size(100_000, 36, 0.01));
    expect(b.customers).toBe(peakMarketSize(100_000, 36, 0.01) * BYTES_PER_CUSTOMER);
    expect(b.frames).toBe(37 * frameLayout(3, 6).size * 8);
    expect(b.accumulators).toBeGreaterThan(0);
  });

  it('splits the customers over slices, not the frames', () => {
    const one = runBytes(size(1_000_000, 120));
    const two = runBytes(size(1_000_000, 120), 2);
    expect(two.customers).toBe(one.customers / 2);
    expect(two.frames).toBe(one.frames);
  });

  it('takes a share of the device’s memory within a cap, or a fixed budget when the device does not say', () => {
    expect(memoryBudget(4)).toBe(2 * GiB);
    expect(memoryBudget(64)).toBe(MAX_BUDGET_BYTES);
    expect(memoryBudget(undefined)).toBe(FALLBACK_BUDGET_BYTES);
    expect(memoryBudget(0)).toBe(FALLBACK_BUDGET_BYTES);
  });
});

describe('batch estimate', () => {
  const options = { poolSize: 2, throughput: 1e6, budgetBytes: 2 * GiB };

  it('uses at most one worker per run and divides the work between workers', () => {
    const runs = Array.from({ length: 10 }, () => size(100_000, 36));
    const e = estimateBatch(runs, options);
    expect(e.workers).toBe(2);
    expect(e.seconds).toBeCloseTo((10 * 3.6e6) / 2e6);
    expect(e.totalBytes).toBeGreaterThan(2 * WORKER_BASE_BYTES + 2 * 100_000 * BYTES_PER_CUSTOMER);
    expect(e.verdict).toBe('ok');
    expect(estimateBatch([size(100_000, 36)], options).workers).toBe(1);
  });

  it('never estimates less than the longest single run (runs are not split)', () => {
    const e = estimateBatch([size(100_000, 36)], { ...options, poolSize: 8 });
    expect(e.seconds).toBeCloseTo(3.6);
  });

  it('asks above a minute', () => {
    const runs = Array.from({ length: 20 }, () => size(200_000, 36));
    const e = estimateBatch(runs, options);
    expect(e.seconds).toBeGreaterThan(CONFIRM_SECONDS);
    expect(e.verdict).toBe('confirm');
  });

  it('uses fewer workers when the pool would not fit but fewer do, and refuses when one does not', () => {
    const runs = Array.from({ length: 8 }, () => size(2_000_000, 240));
    const perWorker = estimateBatch(runs.slice(0, 1), { ...options, poolSize: 1 }).bytesPerWorker;
    const tight = estimateBatch(runs, { ...options, poolSize: 8, budgetBytes: perWorker * 3.5 });
    expect(tight.workers).toBe(3);
    expect(tight.fewerWorkers).toBe(true);
    expect(tight.verdict).not.toBe('refuse');
    const none = estimateBatch(runs, { ...options, poolSize: 8, budgetBytes: perWorker / 2 });
    expect(none.verdict).toBe('refuse');
    expect(none.totalBytes).toBeGreaterThan(none.budgetBytes);
  });

  it('counts a growing market’s mean size in customer-months', () => {
    expect(customerMonths(size(1000, 10))).toBe(10_000);
    const grown = customerMonths(size(1000, 10, 0.1));
    expect(grown).toBeGreaterThan(10_000);
    expect(grown).toBeLessThan(10 * peakMarketSize(1000, 10, 0.1));
  });
});

describe('split run estimate', () => {
  it('is faster and holds less per worker with more slices', () => {
    const options = { throughput: 1e7, budgetBytes: 2 * GiB };
    const one = estimateSplitRun(size(1_000_000, 120), 1, options);
    const two = estimateSplitRun(size(1_000_000, 120), 2, options);
    expect(two.seconds).toBeCloseTo(one.seconds / 2);
    expect(two.bytesPerWorker).toBeLessThan(one.bytesPerWorker);
    expect(one.seconds).toBeCloseTo(12);
  });
});

describe('throughput', () => {
  it('starts from the constant and takes the measured speed per worker of a finished run', () => {
    const tp = new Throughput();
    expect(tp.measured).toBe(false);
    tp.record(2e7, 5000, 2);
    expect(tp.perWorker).toBe(2e6);
    expect(tp.measured).toBe(true);
  });

  it('ignores runs too short to time', () => {
    const tp = new Throughput();
    const before = tp.perWorker;
    tp.record(1e5, 20, 1);
    expect(tp.perWorker).toBe(before);
    expect(tp.measured).toBe(false);
  });
});
