/**
 * The simulation worker, started by main.ts before the app's chunks load, so that loading and
 * compiling its script overlaps with the app's loading. SimClient takes it over.
 */

export function spawnSimWorker(): Worker {
  // Written inline: Vite bundles a worker only from this exact `new Worker(new URL(…))` form.
  return new Worker(new URL('../../../workers/sim.worker.ts', import.meta.url), { type: 'module' });
}

let early: Worker | null = typeof Worker === 'undefined' ? null : spawnSimWorker();

/** The worker started at load, once; later calls (restarts) get null and spawn their own. */
export function takePrewarmedWorker(): Worker | null {
  const worker = early;
  early = null;
  return worker;
}
