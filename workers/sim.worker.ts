/**
 * Thin Comlink wrapper around the engine: runs one simulation at a time, streams each month to the
 * UI with its arrays transferred, and yields to the event loop between months so that a cancel
 * message can get in. All model logic lives in src/engine.
 */
import * as Comlink from 'comlink';
import type { MonthUpdate, RunMeta, RunOverrides } from '../src/engine/api.ts';
import type { Scenario } from '../src/engine/schema.ts';
import { createSimulation } from '../src/engine/simulation.ts';
import type { RunEnd, RunEvent, SimWorkerApi } from '../src/lib/sim/protocol.ts';
import { createSlicedSimulation, type RemoteSlice } from '../src/engine/slicedSimulation.ts';
import type { SliceWorkerApi } from './slice.worker.ts';

/** The active run; a newer start or a cancel flips its flag and its loop stops at the next month. */
let active: { runId: number; cancelled: boolean } | null = null;

// A MessageChannel round trip is a macrotask without setTimeout's clamping, so other tasks (such
// as a cancel) get in between months, though not always at the first gap. A cancel not
// acknowledged in time ends the worker (client.ts CANCEL_ACK_MS): it never waits for a whole run.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldToEventLoop = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

/** A run as this loop drives it: in this thread, or split with slice workers. */
interface Stepper {
  meta: RunMeta;
  readonly done: boolean;
  step(): MonthUpdate | Promise<MonthUpdate>;
}

/**
 * Slice workers 1..count−1 of a split run (this thread runs slice 0). A slice worker that dies
 * rejects every pending month, so the run ends with an error instead of waiting forever.
 */
async function spawnSlices(scenario: Scenario, overrides: RunOverrides, count: number): Promise<{ remotes: RemoteSlice[]; dispose: () => void }> {
  const workers: Worker[] = [];
  const apis: Comlink.Remote<SliceWorkerApi>[] = [];
  let fail: (reason: Error) => void = () => {};
  const crashed = new Promise<never>((_, reject) => (fail = reject));
  crashed.catch(() => {}); // observed through the races below
  for (let i = 1; i < count; i++) {
    // Written inline: Vite bundles a worker only from this exact `new Worker(new URL(…))` form.
    const worker = new Worker(new URL('./slice.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      fail(new Error(event.message || 'a slice worker stopped'));
    });
    workers.push(worker);
    apis.push(Comlink.wrap<SliceWorkerApi>(worker));
  }
  const dispose = () => {
    for (const api of apis) api[Comlink.releaseProxy]();
    for (const worker of workers) worker.terminate();
  };
  try {
    await Promise.race([Promise.all(apis.map((api, i) => api.create(scenario, overrides, i + 1, count))), crashed]);
  } catch (err) {
    dispose();
    throw err;
  }
  const remotes = apis.map<RemoteSlice>((api) => ({
    init: () => Promise.race([api.init(), crashed]),
    step: (t, previous) => Promise.race([api.step(t, previous), crashed]),
  }));
  return { remotes, dispose };
}

const api: SimWorkerApi = {
  async start({ runId, scenario, overrides, slices = 1 }, onEvent: (event: RunEvent) => void): Promise<RunEnd> {
    if (active) active.cancelled = true;
    const run = { runId, cancelled: false };
    active = run;
    const t0 = performance.now();
    let monthsComputed = 0;
    // The callback is a Comlink proxy: each call resolves once the UI has taken the event. Its port
    // is not the one `start` answers on, so the last event must be awaited before returning, or the
    // UI could see the end of the run before its last months. One event in flight at a time also
    // keeps a busy UI from building a queue of months.
    const send = onEvent as unknown as Comlink.Remote<(event: RunEvent) => void>;
    let inFlight: Promise<void> = Promise.resolve();
    let disposeSlices = () => {};
    try {
      let sim: Stepper;
      if (slices > 1) {
        const split = await spawnSlices(scenario, overrides, slices);
        disposeSlices = split.dispose;
        sim = createSlicedSimulation(scenario, overrides, split.remotes);
      } else sim = createSimulation(scenario, overrides);
      // The meta is not waited for: month 0 follows at once (the port keeps them in order), so the
      // first chart waits one trip through the UI's event loop less.
      const metaTaken = send({ type: 'meta', runId, meta: sim.meta });
      while (!sim.done) {
        await yieldToEventLoop();
        if (run.cancelled) break;
        const month = await sim.step();
        monthsComputed++;
        await inFlight;
        const buffers = [month.frame.buffer, month.cohort.buffer];
        inFlight = send(Comlink.transfer({ type: 'month', runId, month } satisfies RunEvent, buffers));
      }
      await Promise.all([metaTaken, inFlight]);
    } finally {
      disposeSlices();
      if (active === run) active = null;
      // The callback proxy holds a MessagePort; release it so it can be collected.
      send[Comlink.releaseProxy]();
    }
    const status = run.cancelled ? 'cancelled' : 'done';
    return { runId, status, monthsComputed, elapsedMs: performance.now() - t0 };
  },
  cancel(runId) {
    if (active?.runId !== runId) return false;
    active.cancelled = true;
    return true;
  },
};

Comlink.expose(api);
