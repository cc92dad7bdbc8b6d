/**
 * Starts the simulation worker while the rest of the app is still being evaluated and mounted, so
 * that loading and compiling the worker overlaps with the UI's start-up and the first chart appears
 * sooner. main.ts imports this module first; SimClient takes the worker over.
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
