/** Loading and varying scenarios in tests. */
import { readFileSync } from 'node:fs';
import type { RunOutput } from '../../src/engine/api.ts';
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

export type OperatorInput = ScenarioInput['operators'][number];

/** An operator of a scenario document, by id. */
export function operatorOf(s: ScenarioInput, id: string): OperatorInput {
  const op = s.operators.find((o) => o.id === id);
  if (!op) throw new Error(`no operator ${id}`);
  return op;
}

/** Index of an operator or segment in a run's results, by id. */
export const opIndex = (out: RunOutput, id: string) => out.meta.operators.findIndex((o) => o.id === id);
export const segIndex = (out: RunOutput, id: string) => out.meta.segments.findIndex((s) => s.id === id);
