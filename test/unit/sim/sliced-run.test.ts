/**
 * A big workbench run split over slice workers gives the same frames, to the byte, as one thread:
 * the code path of workers/sim.worker.ts (createSlicedSimulation) with slices answering as a
 * worker would (copies in, copies out, asynchronously).
 */
import { describe, expect, it } from 'vitest';
import type { RunOverrides } from '../../../src/engine/api.ts';
import { compilePlan } from '../../../src/engine/plan.ts';
import type { Scenario } from '../../../src/engine/schema.ts';
import { createSimulation } from '../../../src/engine/simulation.ts';
import { createSlice } from '../../../src/engine/slice.ts';
import { createSlicedSimulation, type RemoteSlice } from '../../../src/engine/slicedSimulation.ts';
import { sliceCount, SPLIT_MIN_CUSTOMERS } from '../../../src/lib/sim/slicing.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

/** Slice `index` of `count` as a slice worker behaves: structured-clone copies both ways, answers later. */
function workerLikeSlice(scenario: Scenario, overrides: RunOverrides, index: number, count: number): RemoteSlice {
  const slice = createSlice(compilePlan(structuredClone(scenario), overrides), index, count);
  const later = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 0));
  return {
    init: () => later(slice.init().slice()),
    step: (t, previous) => {
      const copy = previous.slice();
      return later(slice.step(t, copy).slice());
    },
  };
}

async function slicedFrames(scenario: Scenario, overrides: RunOverrides, slices: number): Promise<Float64Array[]> {
  const remotes = Array.from({ length: slices - 1 }, (_, i) => workerLikeSlice(scenario, overrides, i + 1, slices));
  const sim = createSlicedSimulation(scenario, overrides, remotes);
  const frames: Float64Array[] = [];
  while (!sim.done) frames.push((await sim.step()).frame);
  return frames;
}

function oneThreadFrames(scenario: Scenario, overrides: RunOverrides): Float64Array[] {
  const sim = createSimulation(scenario, overrides);
  const frames: Float64Array[] = [];
  while (!sim.done) frames.push(sim.step().frame);
  return frames;
}

const bytes = (frames: Float64Array[]) => Buffer.concat(frames.map((f) => Buffer.from(f.buffer, f.byteOffset, f.byteLength)));

describe('a run split over slice workers', () => {
  for (const preset of ['default', 'churn-early-warning']) {
    it(`gives byte-identical frames with 1, 2 and 3 slices (${preset})`, async () => {
      const scenario = mustValidate(readScenarioInput(preset));
      // Over one block of customers per slice, so every slice has customers of its own.
      const overrides = { customers: 40_000, months: 8, seed: 11 };
      const one = bytes(oneThreadFrames(scenario, overrides));
      expect(bytes(await slicedFrames(scenario, overrides, 1)).equals(one)).toBe(true);
      expect(bytes(await slicedFrames(scenario, overrides, 2)).equals(one)).toBe(true);
      expect(bytes(await slicedFrames(scenario, overrides, 3)).equals(one)).toBe(true);
    });
  }

  it('is used for big runs only, with one slice per thread of the pool', () => {
    expect(sliceCount(SPLIT_MIN_CUSTOMERS - 1, 4)).toBe(1);
    expect(sliceCount(SPLIT_MIN_CUSTOMERS, 4)).toBe(4);
    expect(sliceCount(1_000_000, 1)).toBe(1);
    expect(sliceCount(1_000_000, 0)).toBe(1);
  });
});
