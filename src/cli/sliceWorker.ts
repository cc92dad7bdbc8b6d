/**
 * A worker_threads slice for the headless runner: owns customers of blocks b with b mod W = w,
 * and answers each month with its accumulator (a copy, transferred).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { RunOverrides } from '../engine/api.ts';
import { compilePlan } from '../engine/plan.ts';
import type { Scenario } from '../engine/schema.ts';
import { createSlice } from '../engine/slice.ts';

interface SliceWorkerData {
  scenario: Scenario;
  overrides: RunOverrides;
  index: number;
  count: number;
}

export type SliceRequest = { type: 'init' } | { type: 'step'; month: number; previous: Float64Array };

const { scenario, overrides, index, count } = workerData as SliceWorkerData;
const slice = createSlice(compilePlan(scenario, overrides), index, count);
const port = parentPort!;

port.on('message', (msg: SliceRequest) => {
  const acc = msg.type === 'init' ? slice.init() : slice.step(msg.month, msg.previous);
  const copy = acc.slice();
  port.postMessage(copy, [copy.buffer]);
});
