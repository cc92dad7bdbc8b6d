/**
 * The state of the current run, as the UI sees it. Holds no text (the view words it) and no model
 * maths (frames are read with frame.ts). Big arrays live in `$state.raw`: they are replaced, never
 * mutated, so Svelte does not wrap a proxy around every month.
 *
 * Months arrive faster than the screen can use them (a small run sends hundreds a second). They are
 * collected in plain arrays and published at most once per animation frame, so the charts redraw
 * once per frame whatever the worker's pace, and a run costs O(months) copies per frame instead of
 * a new array per month.
 *
 * A new run does not blank the screen: the previous results stay until the new run's first month
 * arrives, then meta, frames and request change together (a lever edit re-runs often; charts that
 * went empty for a moment on every edit would flicker).
 */
import type { RunMeta, RunOverrides } from '../../engine/api.ts';
import type { ResponseRecord } from '../../engine/reactor.ts';
import type { Scenario } from '../../engine/schema.ts';
import { sharedPoolSize } from '../analysis/poolSize.ts';
import { SimClient } from './client.ts';
import { sliceCount } from './slicing.ts';
import type { RunEvent } from './protocol.ts';
import type { RunSnapshot } from './snapshot.ts';

/** What made a run: the validated scenario and the run bar's overrides. */
export interface RunRequestInfo {
  scenario: Scenario;
  overrides: RunOverrides;
}

export type Phase = 'idle' | 'starting' | 'running' | 'done' | 'cancelled' | 'error';

export class RunController {
  phase = $state<Phase>('idle');
  /** Meta of the run on screen (null before any run has shown a month). */
  meta = $state.raw<RunMeta | null>(null);
  /** One frame per computed month of the run on screen, month 0 first. */
  frames = $state.raw<Float64Array[]>([]);
  /** Cohort rows per computed month (see MonthUpdate.cohort). */
  cohorts = $state.raw<Float64Array[]>([]);
  /** Response rules fired in the run on screen so far, in decision order (reactor.ts). */
  responses = $state.raw<readonly ResponseRecord[]>([]);
  /** Months the run on screen computes after month 0. */
  totalMonths = $state(0);
  /** Progress of the newest run: months received (month 0 counts) and months it will have in all. */
  progress = $state({ received: 0, total: 0 });
  /** Time from pressing Run to the last month, measured in the UI. */
  elapsedMs = $state(0);
  error = $state<string | null>(null);
  /** The scenario and overrides of the run on screen (set with its first month, or when shown from storage). */
  request = $state.raw<RunRequestInfo | null>(null);
  /** The scenario and overrides of the newest run started (equals `request` once its first month is on screen). */
  requested = $state.raw<RunRequestInfo | null>(null);
  /** Set when the worker crashed and was replaced; cleared by the next run. */
  workerRestarted = $state(false);
  /** What the crashed worker said (its error event's message), for the restart notice. */
  crashMessage = $state<string | null>(null);

  /** The last month on screen, or -1 before month 0. */
  readonly lastMonth = $derived(this.frames.length - 1);
  readonly busy = $derived(this.phase === 'starting' || this.phase === 'running');
  /**
   * A run is under way and its first chart has no line yet (fewer than two months on screen): what
   * is not needed for that chart waits (lever panels, the presets' marks).
   */
  readonly awaitingFirstLine = $derived(this.busy && this.frames.length < 2);

  #client: SimClient;
  #nextId = 1;
  /** Id of the run whose messages are accepted; null when none is (after a cancel, for instance). */
  #current: number | null = null;
  /** Months of the newest run received but not yet published (see the class comment). */
  #frames: Float64Array[] = [];
  #cohorts: Float64Array[] = [];
  #responses: ResponseRecord[] = [];
  /** The newest run's meta and request until its first month replaces what is on screen. */
  #pending: { meta: RunMeta | null; request: RunRequestInfo } | null = null;
  #flushHandle: number | null = null;

  constructor() {
    this.#client = new SimClient((message) => {
      this.workerRestarted = true;
      this.crashMessage = message;
      if (this.busy) {
        this.#current = null;
        this.#flush();
        this.phase = 'error';
      }
    });
  }

  /** Publishes the newest run's months received so far (one array copy, once per animation frame at most). */
  #flush = (): void => {
    this.#cancelFlush();
    if (this.#frames.length === 0) return;
    const pending = this.#pending;
    const replaced = Boolean(pending?.meta);
    if (pending?.meta) {
      // The new run's first month: its results replace the previous run's all at once.
      this.meta = pending.meta;
      this.request = pending.request;
      this.totalMonths = pending.meta.months;
      this.#pending = null;
    } else if (pending) {
      return; // months without a meta cannot be read; the worker always sends the meta first
    }
    if (this.#frames.length === this.frames.length && this.frames.at(-1) === this.#frames.at(-1)) return;
    this.frames = this.#frames.slice();
    this.cohorts = this.#cohorts.slice();
    // Responses only grow within a run; a new run's first month (above) always replaces the old list.
    if (replaced || this.#responses.length !== this.responses.length) this.responses = this.#responses.slice();
    this.progress = { received: this.#frames.length, total: this.progress.total };
  };

  #scheduleFlush(): void {
    if (this.#flushHandle !== null) return;
    this.#flushHandle = requestAnimationFrame(this.#flush);
  }

  #cancelFlush(): void {
    if (this.#flushHandle === null) return;
    cancelAnimationFrame(this.#flushHandle);
    this.#flushHandle = null;
  }

  async run(scenario: Scenario, overrides: RunOverrides): Promise<void> {
    if (this.busy) await this.cancel();
    const runId = this.#nextId++;
    const request = { scenario, overrides };
    this.#current = runId;
    this.phase = 'starting';
    this.requested = request;
    this.#pending = { meta: null, request };
    this.#cancelFlush();
    this.#frames = [];
    this.#cohorts = [];
    this.#responses = [];
    this.progress = { received: 0, total: (overrides.months ?? scenario.market.months) + 1 };
    this.error = null;
    this.workerRestarted = false;
    this.crashMessage = null;
    const t0 = performance.now();
    performance.mark('sim:start');

    const onEvent = (event: RunEvent) => {
      if (event.runId !== this.#current) return; // a late message of an older run
      if (event.type === 'meta') {
        if (this.#pending) this.#pending.meta = event.meta;
        this.progress = { received: 0, total: event.meta.months + 1 };
        this.phase = 'running';
        return;
      }
      this.#frames.push(event.month.frame);
      this.#cohorts.push(event.month.cohort);
      if (event.month.responses) this.#responses.push(...event.month.responses);
      if (this.#frames.length === 1) performance.mark('sim:first-month');
      // The second month goes on screen at once: with it the first chart has a line, which is what
      // a user waits for at load. Other months wait for the next animation frame. (Drawing here
      // would hold up this event's answer, and the worker sends the next month only after it.)
      if (this.#frames.length === 2) {
        performance.mark('sim:second-month');
        this.#flush();
      } else this.#scheduleFlush();
    };

    try {
      // A big run is split over the page's worker threads (identical frames for any split).
      const slices = sliceCount(overrides.customers ?? scenario.market.customers, sharedPoolSize());
      const end = await this.#client.start({ runId, scenario, overrides, slices }, onEvent);
      if (end.runId !== this.#current) return;
      this.#current = null;
      this.#flush();
      this.elapsedMs = performance.now() - t0;
      this.phase = end.status;
      performance.mark('sim:end');
    } catch (err) {
      if (runId !== this.#current) return;
      this.#current = null;
      this.#flush();
      this.error = err instanceof Error ? err.message : String(err);
      this.phase = 'error';
    }
  }

  /** Stops the current run at once as far as the UI is concerned; the worker catches up or is replaced. */
  async cancel(): Promise<void> {
    const runId = this.#current;
    if (runId === null || !this.busy) return;
    this.#current = null;
    this.#flush();
    this.phase = 'cancelled';
    await this.#client.cancel(runId);
  }

  /** The run on screen as one value (null before any run has shown a month), e.g. to pin it or save it. */
  snapshot(): RunSnapshot | null {
    if (!this.meta) return null;
    return { meta: this.meta, frames: this.frames, cohorts: this.cohorts, ...(this.responses.length ? { responses: this.responses } : {}) };
  }

  /** Shows a stored run instead of computing one (cancels any run in progress). */
  async show(snapshot: RunSnapshot, request: RunRequestInfo): Promise<void> {
    await this.cancel();
    this.#cancelFlush();
    this.#pending = null;
    this.request = request;
    this.requested = request;
    this.meta = snapshot.meta;
    this.#frames = snapshot.frames.slice();
    this.#cohorts = snapshot.cohorts.slice();
    this.#responses = [...(snapshot.responses ?? [])];
    this.responses = snapshot.responses ?? [];
    this.frames = snapshot.frames;
    this.cohorts = snapshot.cohorts;
    this.totalMonths = snapshot.meta.months;
    this.progress = { received: snapshot.frames.length, total: snapshot.meta.months + 1 };
    this.error = null;
    this.phase = 'done';
  }

  dispose(): void {
    this.#current = null;
    this.#cancelFlush();
    this.#client.dispose();
  }
}
