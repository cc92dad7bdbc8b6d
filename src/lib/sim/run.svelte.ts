/**
 * The state of the current run, as the UI sees it. Holds no text (the view words it) and no model
 * maths (frames are read with frame.ts). Big arrays live in `$state.raw`: they are replaced, never
 * mutated, so Svelte does not wrap a proxy around every month.
 *
 * Months arrive faster than the screen can use them (a small run sends hundreds a second). They are
 * collected in plain arrays and published at most once per animation frame, so the charts redraw
 * once per frame whatever the worker's pace, and a run costs O(months) copies per frame instead of
 * a new array per month.
 */
import type { RunMeta, RunOverrides } from '../../engine/api.ts';
import type { Scenario } from '../../engine/schema.ts';
import { SimClient } from './client.ts';
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
  meta = $state.raw<RunMeta | null>(null);
  /** One frame per computed month, month 0 first. */
  frames = $state.raw<Float64Array[]>([]);
  /** Cohort rows per computed month (see MonthUpdate.cohort). */
  cohorts = $state.raw<Float64Array[]>([]);
  /** Months the run will compute after month 0 (known before the meta arrives). */
  totalMonths = $state(0);
  /** Time from pressing Run to the last month, measured in the UI. */
  elapsedMs = $state(0);
  error = $state<string | null>(null);
  /** The scenario and overrides of the run on screen (set when it starts or is shown from storage). */
  request = $state.raw<RunRequestInfo | null>(null);
  /** Set when the worker crashed and was replaced; cleared by the next run. */
  workerRestarted = $state(false);
  /** What the crashed worker said (its error event's message), for the restart notice. */
  crashMessage = $state<string | null>(null);

  /** The last month received, or -1 before month 0. */
  readonly lastMonth = $derived(this.frames.length - 1);
  readonly busy = $derived(this.phase === 'starting' || this.phase === 'running');

  #client: SimClient;
  #nextId = 1;
  /** Id of the run whose messages are accepted; null when none is (after a cancel, for instance). */
  #current: number | null = null;
  /** Months received but not yet published (see the class comment). */
  #frames: Float64Array[] = [];
  #cohorts: Float64Array[] = [];
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

  /** Publishes the months received so far (one array copy, once per animation frame at most). */
  #flush = (): void => {
    this.#cancelFlush();
    if (this.#frames.length === this.frames.length) return;
    this.frames = this.#frames.slice();
    this.cohorts = this.#cohorts.slice();
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

  #resetBuffers(frames: Float64Array[] = [], cohorts: Float64Array[] = []): void {
    this.#cancelFlush();
    this.#frames = frames.slice();
    this.#cohorts = cohorts.slice();
    this.frames = frames;
    this.cohorts = cohorts;
  }

  async run(scenario: Scenario, overrides: RunOverrides): Promise<void> {
    if (this.busy) await this.cancel();
    const runId = this.#nextId++;
    this.#current = runId;
    this.phase = 'starting';
    this.request = { scenario, overrides };
    this.meta = null;
    this.#resetBuffers();
    this.totalMonths = overrides.months ?? scenario.market.months;
    this.error = null;
    this.workerRestarted = false;
    this.crashMessage = null;
    const t0 = performance.now();
    performance.mark('sim:start');

    const onEvent = (event: RunEvent) => {
      if (event.runId !== this.#current) return; // a late message of an older run
      if (event.type === 'meta') {
        this.meta = event.meta;
        this.totalMonths = event.meta.months;
        this.phase = 'running';
        return;
      }
      if (this.#frames.length === 0) performance.mark('sim:first-month');
      this.#frames.push(event.frame);
      this.#cohorts.push(event.cohort);
      // The first month goes on screen at once (the first chart should not wait a frame).
      if (this.#frames.length === 1) this.#flush();
      else this.#scheduleFlush();
    };

    try {
      const end = await this.#client.start({ runId, scenario, overrides }, onEvent);
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

  /** The run on screen as one value (null before the meta arrives), e.g. to pin it or save it. */
  snapshot(): RunSnapshot | null {
    return this.meta ? { meta: this.meta, frames: this.frames, cohorts: this.cohorts } : null;
  }

  /** Shows a stored run instead of computing one (cancels any run in progress). */
  async show(snapshot: RunSnapshot, request: RunRequestInfo): Promise<void> {
    await this.cancel();
    this.request = request;
    this.meta = snapshot.meta;
    this.#resetBuffers(snapshot.frames, snapshot.cohorts);
    this.totalMonths = snapshot.meta.months;
    this.error = null;
    this.phase = 'done';
  }

  dispose(): void {
    this.#current = null;
    this.#cancelFlush();
    this.#client.dispose();
  }
}
