/** Loading and varying scenarios in tests. */
import { readFileSync } from 'node:fs';
import type { ScenarioInput, Scenario } from '../../src/engine/schema.ts';
import { validated } from './builders.ts';

export function readScenarioInput(name = 'default'): ScenarioInput {
  return JSON.parse(readFileSync(new URL(`../../scenarios/${name}.json`, import.meta.url), 'utf8')) as ScenarioInput;
}

/** Validate or fail the test with the schema's own message. */
export const mustValidate: (input: unknown) => Scenario = validated;

/** A deep copy of the default scenario's input, changed by `edit`, validated. */
export function variant(edit: (s: ScenarioInput) => void, name = 'default'): Scenario {
  const input = structuredClone(readScenarioInput(name));
  edit(input);
  return mustValidate(input);
}
