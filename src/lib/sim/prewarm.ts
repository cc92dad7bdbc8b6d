/**
 * The simulation worker started at load, with a head start on the first months of the scenario
 * the app will most likely open with (see earlyWorker.ts and workers/warm.ts). In the build, the
 * inline script at the top of index.html has already spawned it; on the dev server, where there is
 * no such script, this module (imported first by main.ts) spawns it. SimClient takes it over.
 */
import { EARLY_WORKER_KEY, hintAsName, SPAWN_MARK, startHint } from './earlyWorker.ts';

/** A simulation worker; `name` carries a start hint (earlyWorker.ts), for the one started at load. */
export function spawnSimWorker(name?: string): Worker {
  // Written inline: Vite bundles a worker only from this exact `new Worker(new URL(…))` form.
  return new Worker(new URL('../../../workers/sim.worker.ts', import.meta.url), { type: 'module', name });
}

function spawnedByPage(): Worker | null {
  const page = globalThis as unknown as Record<string, unknown>;
  const worker = page[EARLY_WORKER_KEY];
  delete page[EARLY_WORKER_KEY];
  return worker instanceof Worker ? worker : null;
}

function spawnWithHeadStart(): Worker {
  performance.mark(SPAWN_MARK);
  return spawnSimWorker(hintAsName(startHint()));
}

let early: Worker | null = typeof Worker === 'undefined' ? null : (spawnedByPage() ?? spawnWithHeadStart());

/** The worker started at load, once; later calls (restarts) get null and spawn their own. */
export function takePrewarmedWorker(): Worker | null {
  const worker = early;
  early = null;
  return worker;
}
