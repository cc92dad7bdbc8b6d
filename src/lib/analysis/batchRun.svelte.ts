/**
 * The state of one analysis batch as a view shows it: phase, progress, the finished result or the
 * error. Holds no words (the view words it). Starting again cancels the batch under way, so a view
 * never shows the result of an older request.
 */
import type { RunSummary } from '../../engine/analysis/summary.ts';
import type { BatchJob } from './batchProtocol.ts';
import { BatchCancelled, type BatchProgress, type RunPool } from './pool.ts';
import { sharedPool } from './sharedPool.ts';

export type BatchPhase = 'idle' | 'running' | 'done' | 'cancelled' | 'error';

export class BatchRun<T> {
  phase = $state<BatchPhase>('idle');
  progress = $state.raw<BatchProgress | null>(null);
  result = $state.raw<T | null>(null);
  error = $state<string | null>(null);
  readonly busy = $derived(this.phase === 'running');
  #controller: AbortController | null = null;
  #pool: () => RunPool;

  constructor(pool: () => RunPool = sharedPool) {
    this.#pool = pool;
  }

  /** Runs `jobs` and keeps `finish(summaries)` as the result; resolves when the batch has ended. */
  async start(jobs: readonly BatchJob[], finish: (summaries: RunSummary[]) => T): Promise<void> {
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.phase = 'running';
    this.error = null;
    this.progress = null;
    try {
      const summaries = await this.#pool().run(jobs, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (this.#controller === controller) this.progress = progress;
        },
      });
      if (this.#controller !== controller) return;
      this.result = finish(summaries);
      this.phase = 'done';
    } catch (err) {
      if (this.#controller !== controller) return;
      if (err instanceof BatchCancelled) this.phase = 'cancelled';
      else {
        this.phase = 'error';
        this.error = err instanceof Error ? err.message : String(err);
      }
    } finally {
      if (this.#controller === controller) this.#controller = null;
    }
  }

  cancel(): void {
    this.#controller?.abort();
  }
}
