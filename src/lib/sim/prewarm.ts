/**
 * Starts the simulation worker before the app itself is loaded (main.ts imports this module first
 * and loads the app as a chunk of its own), so that loading and compiling the worker, and month 0
 * of the first run, overlap with the app's loading and start-up. SimClient takes the worker over.
 *
 * The head start: the scenario the app will most likely open with (the autosaved draft, else the
 * default preset; see storage/startup.ts) goes to the worker at once, which computes its month 0
 * ahead of the app's first start (workers/warm.ts). A share link is decoded later, asynchronously,
 * so with one in the address bar there is no head start.
 */
import defaultInput from '../../../scenarios/default.json';
import type { WarmMessage } from '../../../workers/warm.ts';
import { pageStorage, readAutosave } from '../storage/autosave.ts';

export function spawnSimWorker(): Worker {
  // Written inline: Vite bundles a worker only from this exact `new Worker(new URL(…))` form.
  return new Worker(new URL('../../../workers/sim.worker.ts', import.meta.url), { type: 'module' });
}

/** What initialScenario() will most likely open with, or null when that is not known yet. */
function likelyFirstScenario(): unknown {
  if (location.hash.length > 1) return null;
  const saved = readAutosave(pageStorage());
  if (saved.kind === 'found') return saved.draft.input;
  return saved.kind === 'none' ? defaultInput : null;
}

function spawnWithHeadStart(): Worker {
  performance.mark('app:worker-spawn');
  const worker = spawnSimWorker();
  const input = likelyFirstScenario();
  if (input !== null) worker.postMessage({ warm: input } satisfies WarmMessage);
  return worker;
}

let early: Worker | null = typeof Worker === 'undefined' ? null : spawnWithHeadStart();

/** The worker started at load, once; later calls (restarts) get null and spawn their own. */
export function takePrewarmedWorker(): Worker | null {
  const worker = early;
  early = null;
  return worker;
}
