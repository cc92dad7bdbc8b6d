/**
 * The UI side of the simulation worker: one long-lived Comlink proxy, replaced only when the worker
 * must be killed (a cancel that is not acknowledged in time) or has crashed.
 */
import * as Comlink from 'comlink';
import type { RunEnd, RunEvent, RunRequest, SimWorkerApi } from './protocol.ts';
import { spawnSimWorker, takePrewarmedWorker } from './prewarm.ts';

/** How long a cancel may wait for the worker's acknowledgement before the worker is terminated. */
export const CANCEL_ACK_MS = 300;

export type CancelOutcome = 'acknowledged' | 'terminated';

export class SimClient {
  #worker!: Worker;
  #api!: Comlink.Remote<SimWorkerApi>;
  #onCrash: (message: string) => void;

  /** `onCrash` is told when the worker died on its own (error event) and was restarted. */
  constructor(onCrash: (message: string) => void) {
    this.#onCrash = onCrash;
    this.#spawn();
  }

  #spawn(): void {
    const worker = takePrewarmedWorker() ?? spawnSimWorker();
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker !== this.#worker) return; // an old worker we already replaced
      this.#restart();
      this.#onCrash(event.message || 'worker error');
    });
    this.#worker = worker;
    this.#api = Comlink.wrap<SimWorkerApi>(worker);
  }

  #restart(): void {
    this.#api[Comlink.releaseProxy]();
    this.#worker.terminate();
    this.#spawn();
  }

  /** Starts a run; events of this run go to `onEvent`. A newer start supersedes it inside the worker. */
  start(request: RunRequest, onEvent: (event: RunEvent) => void): Promise<RunEnd> {
    return this.#api.start(request, Comlink.proxy(onEvent));
  }

  /** Asks the worker to stop `runId`; kills and replaces the worker if it does not answer in time. */
  async cancel(runId: number): Promise<CancelOutcome> {
    const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), CANCEL_ACK_MS));
    const answer = await Promise.race([this.#api.cancel(runId), timeout]);
    if (answer !== 'timeout') return 'acknowledged';
    this.#restart();
    return 'terminated';
  }

  dispose(): void {
    this.#api[Comlink.releaseProxy]();
    this.#worker.terminate();
  }
}
