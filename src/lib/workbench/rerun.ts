/**
 * When an edit re-runs the simulation by itself: small runs follow every lever change (after a short
 * pause, so a burst of edits makes one run); big runs would keep the machine busy and wait for Run.
 */
import type { Scenario } from '../../engine/schema.ts';

export const AUTO_RUN_MAX_CUSTOMERS = 200_000;
export const AUTO_RUN_DEBOUNCE_MS = 300;

/** Customers the scenario-bar control accepts (the schema allows more; the workbench keeps runs interactive). */
export const CUSTOMERS_MIN = 10_000;
export const CUSTOMERS_MAX = 1_000_000;

export function autoRuns(scenario: Scenario): boolean {
  return scenario.market.customers <= AUTO_RUN_MAX_CUSTOMERS;
}

/** Identity of a scenario's content, to tell whether the run on screen was made from it. */
export function scenarioKey(scenario: Scenario | null | undefined): string {
  return scenario ? JSON.stringify(scenario) : '';
}
