/**
 * The state of the current run, as the UI sees it. Holds no text (the view words it) and no model
 * maths (frames are read with frame.ts). Big arrays live in `$state.raw`: they are replaced, never
 * mutated, so Svelte does not wrap a proxy around every month.
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

  /** The last month received, or -1 before month 0. */
  readonly lastMonth = $derived(this.frames.length - 1);
  readonly busy = $derived(this.phase === 'starting' || this.phase === 'running');

  #client: SimClient;
  #nextId = 1;
  /** Id of the run whose messages are accepted; null when none is (after a cancel, for instance). */
  #current: number | null = null;

  constructor() {
    this.#client = new SimClient(() => {
      this.workerRestarted = true;
      if (this.busy) {
        this.#current = null;
        this.phase = 'error';
      }
    });
  }

  async run(scenario: Scenario, overrides: RunOverrides): Promise<void> {
    if (this.busy) await this.cancel();
    const runId = this.#nextId++;
    this.#current = runId;
    this.phase = 'starting';
    this.request = { scenario, overrides };
    this.meta = null;
    this.frames = [];
    this.cohorts = [];
    this.totalMonths = overrides.months ?? scenario.market.months;
    this.error = null;
    this.workerRestarted = false;
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
      if (this.frames.length === 0) performance.mark('sim:first-month');
      this.frames = [...this.frames, event.frame];
      this.cohorts = [...this.cohorts, event.cohort];
    };

    try {
      const end = await this.#client.start({ runId, scenario, overrides }, onEvent);
      if (end.runId !== this.#current) return;
      this.#current = null;
      this.elapsedMs = performance.now() - t0;
      this.phase = end.status;
      performance.mark('sim:end');
    } catch (err) {
      if (runId !== this.#current) return;
      this.#current = null;
      this.error = err instanceof Error ? err.message : String(err);
      this.phase = 'error';
    }
  }

  /** Stops the current run at once as far as the UI is concerned; the worker catches up or is replaced. */
  async cancel(): Promise<void> {
    const runId = this.#current;
    if (runId === null || !this.busy) return;
    this.#current = null;
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
    this.frames = snapshot.frames;
    this.cohorts = snapshot.cohorts;
    this.totalMonths = snapshot.meta.months;
    this.error = null;
    this.phase = 'done';
  }

  dispose(): void {
    this.#current = null;
    this.#client.dispose();
  }
}
