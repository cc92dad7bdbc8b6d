/**
 * Running a scenario in Node: in this thread (1 worker) or split over worker_threads. Each
 * worker owns a slice of the customers; the coordinator adds their integer accumulators, so
 * the result is the same, bit for bit, for any number of workers.
 */
import type { Worker } from 'node:worker_threads';
import type { MonthUpdate, RunOutput, RunOverrides } from '../engine/api.ts';
import { Coordinator } from '../engine/coordinator.ts';
import { compilePlan } from '../engine/plan.ts';
import type { Scenario } from '../engine/schema.ts';
import { runScenario } from '../engine/simulation.ts';
import type { SliceRequest, SliceWorkerData } from './sliceWorker.ts';
import { startCliWorker } from './threads.ts';

export async function runScenarioNode(scenario: Scenario, overrides: RunOverrides, workers: number, onMonth?: (u: MonthUpdate) => void): Promise<RunOutput> {
  if (workers <= 1) return runScenario(scenario, overrides, onMonth);
  const plan = compilePlan(scenario, overrides);
  const coordinator = new Coordinator(plan);
  // Shared memory for the accumulators: no copies of them cross between threads.
  const bytes = coordinator.accLayout.size * Float64Array.BYTES_PER_ELEMENT;
  const combinedBuffer = new SharedArrayBuffer(bytes);
  const combined = new Float64Array(combinedBuffer);
  const partBuffers = Array.from({ length: workers }, () => new SharedArrayBuffer(bytes));
  const parts = partBuffers.map((b) => new Float64Array(b));
  const pool = partBuffers.map((part, index) =>
    startCliWorker('sliceWorker', { scenario, overrides, index, count: workers, combined: combinedBuffer, part } satisfies SliceWorkerData),
  );
  const ask = (worker: Worker, request: SliceRequest) =>
    new Promise<void>((resolve, reject) => {
      const onError = (e: Error) => reject(e);
      worker.once('error', onError);
      worker.once('message', () => {
        worker.off('error', onError);
        resolve();
      });
      worker.postMessage(request);
    });
  try {
    for (let t = 0; t <= plan.months; t++) {
      await Promise.all(pool.map((w) => ask(w, { month: t })));
      const update = coordinator.finishMonth(t, parts);
      combined.set(coordinator.current);
      onMonth?.(update);
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return coordinator.output();
}
