/**
 * Running a scenario in Node: in this thread (1 worker) or split over worker_threads. Each
 * worker owns a slice of the customers; the coordinator adds their integer accumulators, so
 * the result is the same, bit for bit, for any number of workers.
 */
import { Worker } from 'node:worker_threads';
import type { MonthUpdate, RunOutput, RunOverrides } from '../engine/api.ts';
import { Coordinator } from '../engine/coordinator.ts';
import { compilePlan } from '../engine/plan.ts';
import type { Scenario } from '../engine/schema.ts';
import { runScenario } from '../engine/simulation.ts';
import type { SliceRequest } from './sliceWorker.ts';

/**
 * Start a slice worker. Run from TypeScript sources (tsx), a worker thread does not inherit the
 * TypeScript loader, so it first registers tsx and then imports the worker module.
 */
function startSliceWorker(workerData: unknown): Worker {
  const url = new URL(import.meta.url.endsWith('.ts') ? './sliceWorker.ts' : './sliceWorker.js', import.meta.url);
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

export async function runScenarioNode(
  scenario: Scenario,
  overrides: RunOverrides,
  workers: number,
  onMonth?: (u: MonthUpdate) => void,
): Promise<RunOutput> {
  if (workers <= 1) return runScenario(scenario, overrides, onMonth);
  const plan = compilePlan(scenario, overrides);
  const coordinator = new Coordinator(plan);
  const pool = Array.from({ length: workers }, (_, index) => startSliceWorker({ scenario, overrides, index, count: workers }));
  const ask = (worker: Worker, request: SliceRequest) =>
    new Promise<Float64Array>((resolve, reject) => {
      const onError = (e: Error) => reject(e);
      worker.once('error', onError);
      worker.once('message', (acc: Float64Array) => {
        worker.off('error', onError);
        resolve(acc);
      });
      worker.postMessage(request);
    });
  try {
    for (let t = 0; t <= plan.months; t++) {
      const previous = coordinator.current;
      const accs = await Promise.all(pool.map((w) => ask(w, t === 0 ? { type: 'init' } : { type: 'step', month: t, previous })));
      const update = coordinator.finishMonth(t, accs);
      onMonth?.(update);
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return coordinator.output();
}
