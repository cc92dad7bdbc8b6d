/**
 * Thin Comlink wrapper around one customer slice of a split run (src/engine/slicedSimulation.ts), started
 * by the sim worker. Each month it takes last month's combined accumulator and answers with its
 * own, as a transferred copy (the slice keeps reusing its buffer).
 */
import * as Comlink from 'comlink';
import type { RunOverrides } from '../src/engine/api.ts';
import { compilePlan } from '../src/engine/plan.ts';
import type { Scenario } from '../src/engine/schema.ts';
import { createSlice, type Slice } from '../src/engine/slice.ts';

let slice: Slice | null = null;

function answer(acc: Float64Array): Float64Array {
  const copy = acc.slice();
  return Comlink.transfer(copy, [copy.buffer]);
}

const api = {
  create(scenario: Scenario, overrides: RunOverrides, index: number, count: number): void {
    slice = createSlice(compilePlan(scenario, overrides), index, count);
  },
  init(): Float64Array {
    if (!slice) throw new Error('slice not created');
    return answer(slice.init());
  },
  step(t: number, previous: Float64Array): Float64Array {
    if (!slice) throw new Error('slice not created');
    return answer(slice.step(t, previous));
  },
};
export type SliceWorkerApi = typeof api;

Comlink.expose(api);
