/**
 * A head start for the run the page is about to ask for. Before the app is even loaded, the page
 * starts the worker with a hint of what it will open with (earlyWorker.ts); the worker works out
 * that scenario (the autosaved draft or the default preset, as storage/startup.ts decides),
 * validates it and starts computing months at once, while the main thread is still loading and
 * mounting the app. When the app's first `start` asks for exactly that scenario (same validated
 * content, no overrides) the run goes on from the months already computed, so the first chart
 * waits neither for the app's start-up nor for the first months. Any other start drops it. The
 * simulation is deterministic, so a run continued from a head start has the same months as a fresh
 * one.
 */
import type { MonthUpdate, RunOverrides } from '../src/engine/api.ts';
import type { Scenario, ScenarioInput } from '../src/engine/schema.ts';
import { createSimulation, type Simulation } from '../src/engine/simulation.ts';
import { validateScenario } from '../src/engine/validate.ts';
import type { StartHint } from '../src/lib/sim/earlyWorker.ts';
import { parseAutosave } from '../src/lib/storage/autosave.ts';
import { firstInputAtOnce } from '../src/lib/storage/openAtOnce.ts';
import { autoRuns, scenarioKey } from '../src/lib/workbench/rerun.ts';
import defaultInput from '../scenarios/default.json';

/**
 * What the app will open with (storage/openAtOnce.ts, as the app decides it), or null when that
 * is not known yet: a share link (any address with a hash, to be safe) is decoded by the app
 * later, and a corrupt draft makes it say so first.
 */
export function likelyFirstScenario(hint: StartHint): ScenarioInput | null {
  if (hint.shareLink) return null;
  return firstInputAtOnce(parseAutosave(hint.autosave), defaultInput as unknown as ScenarioInput);
}

export class HeadStart {
  /** Months computed and not yet sent, month 0 first. */
  readonly months: MonthUpdate[] = [];
  #stopped = false;

  constructor(
    readonly key: string,
    readonly sim: Simulation,
  ) {}

  /**
   * Computes months until the run is finished, taken or dropped; month 0 at once, then one month
   * per turn of the event loop, so that a start (or anything else) gets in between months.
   */
  async computeAhead(yieldToEventLoop: () => Promise<void>): Promise<void> {
    while (!this.#stopped && !this.sim.done) {
      this.months.push(this.sim.step());
      // Marks for the start-up measurements (the first chart needs months 0 and 1).
      if (this.months.length <= 2) performance.mark(`worker:month-${this.months.length - 1}`);
      await yieldToEventLoop();
    }
  }

  /** True if this is the run asked for: the same validated scenario and no overrides. */
  matches(scenario: Scenario, overrides: RunOverrides): boolean {
    return Object.values(overrides).every((value) => value === undefined) && this.key === scenarioKey(scenario);
  }

  /** Stops computing ahead (the run was taken over, or is not wanted). */
  stop(): void {
    this.#stopped = true;
  }
}

/**
 * A head start on `input` if it is a valid scenario the workbench runs by itself (big runs wait for
 * the Run button, so computing them ahead could only hold up a different first run); else null.
 */
export function headStart(input: unknown): HeadStart | null {
  const result = validateScenario(input);
  if (!result.ok || !autoRuns(result.scenario)) return null;
  return new HeadStart(scenarioKey(result.scenario), createSimulation(result.scenario));
}
