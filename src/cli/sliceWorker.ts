/**
 * A worker_threads slice for the headless runner: owns customers of blocks b with b mod W = w.
 * The accumulators live in shared memory: each month the worker reads last month's combined
 * accumulator from `combined` and writes its own into `part`, so only a month number and an
 * acknowledgement cross between threads.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RunOverrides } from '../engine/api.ts';
import { compilePlan } from '../engine/plan.ts';
import type { Scenario } from '../engine/schema.ts';
import { createSlice } from '../engine/slice.ts';

export interface SliceWorkerData {
  scenario: Scenario;
  overrides: RunOverrides;
  index: number;
  count: number;
  /** SharedArrayBuffers holding Float64Array accumulators. */
  combined: SharedArrayBuffer;
  part: SharedArrayBuffer;
}

/** The month to compute (0 = create the starting population). */
export type SliceRequest = { month: number };

const { scenario, overrides, index, count, combined, part } = workerData as SliceWorkerData;
const slice = createSlice(compilePlan(scenario, overrides), index, count);
const previous = new Float64Array(combined);
const out = new Float64Array(part);
const port = parentPort!;

port.on('message', ({ month }: SliceRequest) => {
  out.set(month === 0 ? slice.init() : slice.step(month, previous));
  port.postMessage(month);
});
