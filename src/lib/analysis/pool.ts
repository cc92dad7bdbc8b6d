/**
 * A pool of batch workers for replications, comparisons and sweeps. Jobs are whole runs handed out
 * one at a time to whichever worker is free; results come back in job order, so they are the same
 * for any pool size. Cancelling (or a crashed worker) terminates the workers: a whole run cannot be
 * interrupted otherwise, and the next batch starts fresh ones.
 */
import * as Comlink from 'comlink';
import type { RunSummary } from '../../engine/analysis/summary.ts';
import type { BatchJob, BatchWorkerApi } from './batchProtocol.ts';

/** More workers than this rarely help: memory grows with each, and the UI thread needs a core. */
export const MAX_POOL_SIZE = 8;

export function defaultPoolSize(cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency): number {
  return Math.max(1, Math.min(MAX_POOL_SIZE, Math.floor(cores || 1)));
}

export interface BatchProgress {
  done: number;
  total: number;
  elapsedMs: number;
  /** Estimated time left from the mean time per finished job; null before the first finishes. */
  etaMs: number | null;
}

export interface BatchOptions {
  signal?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
}

/** Thrown when a batch is cancelled through its signal. */
export class BatchCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'BatchCancelled';
  }
}

/** Thrown when a worker died (out of memory, a bug in the engine); the message says what it reported. */
export class BatchWorkerCrashed extends Error {}

interface PoolWorker {
  worker: Worker;
  api: Comlink.Remote<BatchWorkerApi>;
}

function spawnBatchWorker(): Worker {
  // Written inline: Vite bundles a worker only from this exact `new Worker(new URL(…))` form.
  return new Worker(new URL('../../../workers/batch.worker.ts', import.meta.url), { type: 'module' });
}

export class RunPool {
  readonly size: number;
  #workers: PoolWorker[] = [];

  constructor(size = defaultPoolSize()) {
    this.size = Math.max(1, Math.floor(size));
  }

  #ensureWorkers(count: number): PoolWorker[] {
    while (this.#workers.length < count) {
      const worker = spawnBatchWorker();
      this.#workers.push({ worker, api: Comlink.wrap<BatchWorkerApi>(worker) });
    }
    return this.#workers.slice(0, count);
  }

  /** Runs every job and resolves with their summaries in job order. */
  async run(jobs: readonly BatchJob[], { signal, onProgress }: BatchOptions = {}): Promise<RunSummary[]> {
    if (signal?.aborted) throw new BatchCancelled();
    const results: RunSummary[] = new Array(jobs.length);
    const t0 = performance.now();
    let next = 0;
    let done = 0;
    const report = () => {
      const elapsedMs = performance.now() - t0;
      const etaMs = done === 0 ? null : (elapsedMs / done) * (jobs.length - done);
      onProgress?.({ done, total: jobs.length, elapsedMs, etaMs });
    };
    report();
    const workers = this.#ensureWorkers(Math.min(this.size, jobs.length));
    let stop: ((reason: Error) => void) | null = null;
    const stopped = new Promise<never>((_, reject) => (stop = reject));
    stopped.catch(() => {}); // observed through Promise.race below
    const onAbort = () => stop?.(new BatchCancelled());
    signal?.addEventListener('abort', onAbort);
    const onCrash = (event: ErrorEvent) => {
      event.preventDefault();
      stop?.(new BatchWorkerCrashed(event.message || 'a worker stopped'));
    };
    for (const { worker } of workers) worker.addEventListener('error', onCrash);
    const drain = async ({ api }: PoolWorker) => {
      while (next < jobs.length) {
        const id = next++;
        results[id] = await api.summarize(jobs[id]);
        done++;
        report();
      }
    };
    try {
      await Promise.race([Promise.all(workers.map(drain)), stopped]);
      return results;
    } catch (err) {
      // A worker may still be inside a run: only terminating stops it.
      this.dispose();
      throw err;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      for (const { worker } of workers) worker.removeEventListener('error', onCrash);
    }
  }

  dispose(): void {
    for (const { worker, api } of this.#workers) {
      api[Comlink.releaseProxy]();
      worker.terminate();
    }
    this.#workers = [];
  }
}
