/**
 * One run split by customer slices over several threads, as the CLI's --workers does
 * (src/cli/runNode.ts): the sim worker keeps slice 0 and the coordinator, other slices run in
 * slice workers (workers/slice.worker.ts) and answer each month with their accumulator. The
 * coordinator only sees accumulators and sums them exactly, so the frames are the same bytes for
 * any slice count. Which runs the workbench splits: src/lib/sim/slicing.ts.
 */
import type { MonthUpdate, RunMeta, RunOverrides } from './api.ts';
import { Coordinator } from './coordinator.ts';
import { compilePlan } from './plan.ts';
import type { Scenario } from './schema.ts';
import { createSlice } from './slice.ts';

/**
 * A slice in another thread. `step` is given the coordinator's combined accumulator of month
 * t − 1, which the coordinator reuses afterwards: a remote must copy it before it returns (posting
 * it to a worker does).
 */
export interface RemoteSlice {
  init(): Promise<Float64Array>;
  step(t: number, previous: Float64Array): Promise<Float64Array>;
}

export interface SlicedSimulation {
  readonly meta: RunMeta;
  readonly done: boolean;
  step(): Promise<MonthUpdate>;
}

/** `remotes[i]` is slice i + 1 of remotes.length + 1; slice 0 runs here. */
export function createSlicedSimulation(scenario: Scenario, overrides: RunOverrides, remotes: readonly RemoteSlice[]): SlicedSimulation {
  const plan = compilePlan(scenario, overrides);
  const coordinator = new Coordinator(plan);
  const local = createSlice(plan, 0, remotes.length + 1);
  let month = 0;
  return {
    meta: coordinator.meta,
    get done() {
      return month > plan.months;
    },
    async step() {
      if (month > plan.months) throw new Error('the run is finished');
      const t = month;
      // Remote slices start first and compute while this thread does slice 0.
      const pending = remotes.map((r) => (t === 0 ? r.init() : r.step(t, coordinator.current)));
      const mine = t === 0 ? local.init() : local.step(t, coordinator.current);
      const parts = [mine, ...(await Promise.all(pending))];
      month++;
      return coordinator.finishMonth(t, parts);
    },
  };
}
