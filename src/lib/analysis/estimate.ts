/**
 * Before a batch or a big run starts: how much memory it needs and how long it will take, so the
 * app can refuse what would not fit and ask before what takes more than a minute.
 *
 * Memory counts what the engine allocates (slice.ts createState, coordinator.ts, frame.ts):
 * per customer slot six 4-byte typed-array entries (packed info, spend in fen, satisfaction,
 * points, history, id hash), sized for the peak market (arrivals grow it); per month one frame of
 * frameLayout(O, S).size doubles kept by the run; the accumulators (accLayout) a few times over;
 * and a fixed allowance for a worker's own heap and code. Time is customer-months ÷ a throughput
 * measured on this device (the last finished batch or run), a calibrated constant until then.
 */
import { accLayout } from '../../engine/accumulator.ts';
import { frameLayout } from '../../engine/frame.ts';
import { peakMarketSize } from '../../engine/validate.ts';

/** Bytes per customer slot: Uint32 info, Int32 spendFen, Float32 sat, Float32 points, Uint32 history, Int32 idHash. */
export const BYTES_PER_CUSTOMER = 6 * 4;
/** A worker's own heap, the engine's code and its tables, measured loosely (Chromium ~10–15 MB). */
export const WORKER_BASE_BYTES = 16 * 2 ** 20;
/** Accumulators held at once per run: the slice's, the coordinator's current and previous, one in flight. */
const ACCUMULATORS = 4;
/** Without navigator.deviceMemory: a budget most desktop tabs can hold. */
export const FALLBACK_BUDGET_BYTES = 2 * 2 ** 30;
/** Never plan on more than this in one tab, whatever the device reports (browsers cap a tab's memory). */
export const MAX_BUDGET_BYTES = 4 * 2 ** 30;
/** Share of the device's memory a batch may take: the OS, the browser and other tabs need the rest. */
export const DEVICE_SHARE = 0.5;
/** Above this a batch asks before it starts. */
export const CONFIRM_SECONDS = 60;
/**
 * Customer-months per second of one worker before anything was measured here. Chromium ran
 * 1 M × 120 (about 147 M customer-months) in 7.8 s on one worker on the development machine when
 * quiet (19 M/s); half that as a first guess, since guessing too long is kinder than too short.
 */
export const DEFAULT_THROUGHPUT = 8e6;

/** The size of one run: what memory and time depend on. */
export interface RunSize {
  customers: number;
  months: number;
  arrivalRate: number;
  operators: number;
  segments: number;
}

/** Memory of one run on one worker (or of one slice of it): customers, frames, accumulators. */
export function runBytes(size: RunSize, slices = 1): { customers: number; frames: number; accumulators: number } {
  const capacity = peakMarketSize(size.customers, size.months, size.arrivalRate);
  return {
    customers: Math.ceil(capacity / slices) * BYTES_PER_CUSTOMER,
    frames: (size.months + 1) * frameLayout(size.operators, size.segments).size * 8,
    accumulators: ACCUMULATORS * accLayout(size.operators, size.segments, size.months).size * 8,
  };
}

/** Customer-months of a run: months × the mean market size (it grows with arrivals). */
export function customerMonths(size: RunSize): number {
  const peak = peakMarketSize(size.customers, size.months, size.arrivalRate);
  return (size.months * (size.customers + peak)) / 2;
}

/** What this device lets a batch use: a share of navigator.deviceMemory (GB), within a hard cap. */
export function memoryBudget(deviceMemoryGb?: number): number {
  if (!deviceMemoryGb || !Number.isFinite(deviceMemoryGb) || deviceMemoryGb <= 0) return FALLBACK_BUDGET_BYTES;
  return Math.min(MAX_BUDGET_BYTES, deviceMemoryGb * 2 ** 30 * DEVICE_SHARE);
}

export function deviceBudget(): number {
  const nav = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { deviceMemory?: number });
  return memoryBudget(nav?.deviceMemory);
}

export type Verdict = 'ok' | 'confirm' | 'refuse';

export interface Estimate {
  /** Runs (jobs) in the batch; 1 for a single run. */
  runs: number;
  /** Workers it will use: the pool size, fewer when the runs are fewer or memory is short. */
  workers: number;
  /** Peak bytes of the busiest worker. */
  bytesPerWorker: number;
  /** Peak bytes of the whole batch (every worker, plus what the page keeps). */
  totalBytes: number;
  budgetBytes: number;
  seconds: number;
  verdict: Verdict;
  /** The workers were cut below the pool size to fit the memory budget. */
  fewerWorkers: boolean;
}

export interface EstimateOptions {
  poolSize: number;
  /** Customer-months per second of one worker. */
  throughput: number;
  budgetBytes: number;
}

function verdictOf(totalBytes: number, budget: number, seconds: number): Verdict {
  if (totalBytes > budget) return 'refuse';
  return seconds > CONFIRM_SECONDS ? 'confirm' : 'ok';
}

/**
 * A batch of whole runs, one per worker at a time (RunPool): each worker holds one run's customers
 * and frames; the page keeps only summaries (a few monthly series per operator).
 */
export function estimateBatch(sizes: readonly RunSize[], { poolSize, throughput, budgetBytes }: EstimateOptions): Estimate {
  const runs = sizes.length;
  let perWorker = WORKER_BASE_BYTES;
  let page = 0;
  let work = 0;
  for (const size of sizes) {
    const b = runBytes(size);
    perWorker = Math.max(perWorker, WORKER_BASE_BYTES + b.customers + b.frames + b.accumulators);
    page += (size.months + 1) * size.operators * 4 * 8;
    work += customerMonths(size);
  }
  const wanted = Math.max(1, Math.min(poolSize, runs));
  // Fewer workers when the pool would not fit but fewer would: slower, but it runs.
  const fit = Math.floor((budgetBytes - page) / perWorker);
  const workers = Math.max(1, Math.min(wanted, fit));
  const totalBytes = workers * perWorker + page;
  // Whole runs are not split: the batch takes at least as long as its longest run on one worker.
  const longest = Math.max(0, ...sizes.map(customerMonths));
  const seconds = Math.max(work / (throughput * workers), longest / throughput);
  return {
    runs,
    workers,
    bytesPerWorker: perWorker,
    totalBytes,
    budgetBytes,
    seconds,
    verdict: verdictOf(totalBytes, budgetBytes, seconds),
    fewerWorkers: workers < wanted,
  };
}

/**
 * One run split by customer slices over `slices` workers: each holds its share of the customers
 * and its accumulators; the coordinator (and the page) keep every frame.
 */
export function estimateSplitRun(size: RunSize, slices: number, { throughput, budgetBytes }: Omit<EstimateOptions, 'poolSize'>): Estimate {
  const b = runBytes(size, slices);
  const perWorker = WORKER_BASE_BYTES + b.customers + b.accumulators;
  // The coordinating worker and the page each keep the frames.
  const totalBytes = slices * perWorker + (slices > 1 ? WORKER_BASE_BYTES : 0) + 2 * b.frames;
  const seconds = customerMonths(size) / (throughput * slices);
  return {
    runs: 1,
    workers: slices,
    bytesPerWorker: perWorker,
    totalBytes,
    budgetBytes,
    seconds,
    verdict: verdictOf(totalBytes, budgetBytes, seconds),
    fewerWorkers: false,
  };
}

/**
 * The throughput the estimates use: the constant until a run or batch finished here, then what it
 * measured (per worker), so the second estimate is this device's.
 */
export class Throughput {
  perWorker = DEFAULT_THROUGHPUT;
  measured = false;

  /** Records a finished batch or run; ignores ones too short to time well. */
  record(work: number, elapsedMs: number, workers: number): void {
    if (!(elapsedMs >= 200) || !(work > 0) || !(workers >= 1)) return;
    this.perWorker = work / (elapsedMs / 1000) / workers;
    this.measured = true;
  }
}

/** The page's one throughput record, shared by every view and the workbench's big runs. */
export const deviceThroughput = new Throughput();
