/**
 * A run in one thread, month by month: what the Web Worker, the tests and the benchmark use.
 * `slices` > 1 splits customers exactly as parallel workers would (for tests that check the
 * split changes nothing).
 */
import type { MonthUpdate, RunMeta, RunOutput, RunOverrides } from './api.ts';
import { Coordinator } from './coordinator.ts';
import { compilePlan } from './plan.ts';
import type { Scenario } from './schema.ts';
import { createSlice } from './slice.ts';

export interface Simulation {
  readonly meta: RunMeta;
  /** Next month to compute; 0 before the first step. */
  readonly month: number;
  readonly done: boolean;
  step(): MonthUpdate;
  output(): RunOutput;
}

export function createSimulation(scenario: Scenario, overrides: RunOverrides = {}, slices = 1): Simulation {
  const plan = compilePlan(scenario, overrides);
  const coordinator = new Coordinator(plan);
  const parts = Array.from({ length: slices }, (_, w) => createSlice(plan, w, slices));
  let month = 0;
  return {
    meta: coordinator.meta,
    get month() {
      return month;
    },
    get done() {
      return month > plan.months;
    },
    step() {
      if (month > plan.months) throw new Error('the run is finished');
      const t = month;
      const accs = parts.map((p) => (t === 0 ? p.init() : p.step(t, coordinator.current)));
      month++;
      return coordinator.finishMonth(t, accs);
    },
    output: () => coordinator.output(),
  };
}

/** Run a whole scenario synchronously; `onMonth` may return false to stop early. */
export function runScenario(scenario: Scenario, overrides: RunOverrides = {}, onMonth?: (u: MonthUpdate) => boolean | void, slices = 1): RunOutput {
  const sim = createSimulation(scenario, overrides, slices);
  while (!sim.done) {
    const update = sim.step();
    if (onMonth && onMonth(update) === false) break;
  }
  return sim.output();
}
