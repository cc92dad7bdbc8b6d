/**
 * Checks the run bar's overrides with the scenario schema itself (by applying them to the market
 * block), so limits and messages stay in one place.
 */
import type { RunOverrides } from '../../engine/api.ts';
import type { Scenario } from '../../engine/schema.ts';
import { validateScenario, type ValidationIssue } from '../../engine/validate.ts';

export function overrideIssues(scenario: Scenario, overrides: RunOverrides): ValidationIssue[] {
  const result = validateScenario({ ...scenario, market: { ...scenario.market, ...overrides } });
  return result.ok ? [] : result.issues;
}
