/**
 * Thin Comlink wrapper around the engine: runs one simulation at a time, streams each month to the
 * UI with its arrays transferred, and yields to the event loop between months so that a cancel
 * message can get in. All model logic lives in src/engine.
 */
import * as Comlink from 'comlink';
import { createSimulation } from '../src/engine/simulation.ts';
import type { RunEnd, RunEvent, SimWorkerApi } from '../src/lib/sim/protocol.ts';

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

const api: SimWorkerApi = {
  async start({ runId, scenario, overrides }, onEvent: (event: RunEvent) => void): Promise<RunEnd> {
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
    try {
      const sim = createSimulation(scenario, overrides);
      // The meta is not waited for: month 0 follows at once (the port keeps them in order), so the
      // first chart waits one trip through the UI's event loop less.
      const metaTaken = send({ type: 'meta', runId, meta: sim.meta });
      while (!sim.done) {
        await yieldToEventLoop();
        if (run.cancelled) break;
        const month = sim.step();
        monthsComputed++;
        await inFlight;
        const buffers = [month.frame.buffer, month.cohort.buffer];
        inFlight = send(Comlink.transfer({ type: 'month', runId, month } satisfies RunEvent, buffers));
      }
      await Promise.all([metaTaken, inFlight]);
    } finally {
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
