/**
 * Thin Comlink wrapper around the engine: runs one simulation at a time, streams each month to the
 * UI with its arrays transferred, and yields to the event loop between months so that a cancel
 * message can get in. All model logic lives in src/engine. The first run may go on from months
 * computed ahead of its start (warm.ts).
 */
import * as Comlink from 'comlink';
import { createSimulation } from '../src/engine/simulation.ts';
import type { RunEnd, RunEvent, SimWorkerApi } from '../src/lib/sim/protocol.ts';
import { hintFromName } from '../src/lib/sim/earlyWorker.ts';
import { headStart, likelyFirstScenario, type HeadStart } from './warm.ts';

/** The active run; a newer start or a cancel flips its flag and its loop stops at the next month. */
let active: { runId: number; cancelled: boolean } | null = null;

// A MessageChannel round trip is a macrotask without setTimeout's clamping, so other tasks (such
// as a cancel) get in between months. Not always at the first gap: measured in Chromium at load,
// a message from the page waited one or two months behind it. A cancel not acknowledged in time
// ends the worker (client.ts CANCEL_ACK_MS), so it never waits for a whole run.
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
const yieldToEventLoop = () =>
  new Promise<void>((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });

/** Months of the likely first run computed ahead of its start (see warm.ts); taken or dropped by the next start. */
let warm: HeadStart | null = null;
/** Set by the first start: a head start begun after it would compute a run nobody takes. */
let started = false;

/** Starts the head start the page's hint (the worker's name) asks for, if any. */
function startHeadStart(): void {
  const hint = hintFromName(self.name);
  performance.mark('worker:hint');
  if (!hint || started) return;
  try {
    const input = likelyFirstScenario(hint);
    warm = input === null ? null : headStart(input);
  } catch {
    warm = null; // only a head start: the real start reports any problem
  }
  const head = warm;
  head?.computeAhead(yieldToEventLoop).catch(() => {
    if (warm === head) warm = null;
  });
}

const api: SimWorkerApi = {
  async start({ runId, scenario, overrides }, onEvent: (event: RunEvent) => void): Promise<RunEnd> {
    if (active) active.cancelled = true;
    const run = { runId, cancelled: false };
    performance.mark('worker:start');
    active = run;
    started = true;
    const t0 = performance.now();
    let monthsComputed = 0;
    // The callback is a Comlink proxy: each call resolves once the UI has taken the event. Its port
    // is not the one `start` answers on, so the last event must be awaited before returning, or the
    // UI could see the end of the run before its last months. One event in flight at a time also
    // keeps a busy UI from building a queue of months.
    const send = onEvent as unknown as Comlink.Remote<(event: RunEvent) => void>;
    let inFlight: Promise<void> = Promise.resolve();
    try {
      const head = warm?.matches(scenario, overrides) ? warm : null;
      warm?.stop();
      warm = null;
      const sim = head?.sim ?? createSimulation(scenario, overrides);
      const ahead = head?.months ?? [];
      // The meta is not waited for: month 0 follows at once (the port keeps them in order), so the
      // first chart waits one trip through the UI's event loop less.
      const metaTaken = send({ type: 'meta', runId, meta: sim.meta });
      while (ahead.length > 0 || !sim.done) {
        await yieldToEventLoop();
        if (run.cancelled) break;
        const months = ahead.length > 0 ? ahead.splice(0) : [sim.step()];
        monthsComputed += months.length;
        await inFlight;
        const buffers = months.flatMap((update) => [update.frame.buffer, update.cohort.buffer]);
        inFlight = send(Comlink.transfer({ type: 'months', runId, months } satisfies RunEvent, buffers));
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
// In a task of its own, after this module's evaluation: Chromium holds the page's messages to a
// worker until its script has run and the page's main thread (busy loading the app) has heard so.
// Month 0 computed inside the evaluation held the app's start back by 100–150 ms at load, and the
// worker then computed months 1 to 3 before it saw the start.
setTimeout(startHeadStart, 0);
