/**
 * Hand-built scenarios for tests. Everything goes through validateScenario, so a helper can
 * never produce a scenario the app would reject (and defaults come from the schema).
 */
import { SCHEMA_VERSION, type Scenario } from '../../src/engine/schema.ts';
import { validateScenario } from '../../src/engine/validate.ts';

export const text = (en: string) => ({ en, 'zh-CN': en });

type Json = Record<string, unknown>;

/** A segment with neutral, explicit values; `over` replaces fields. */
export function segment(id: string, over: Json = {}): Json {
  return {
    id,
    name: text(id),
    share: 1,
    spend: { median: 50, sigma: 1 },
    tierThresholds: [100, 300, 800],
    baseChurn: 0.02,
    sensitivity: { price: 1, network: 1, service: 1, brand: 1, switchingCost: 1 },
    wordOfMouth: 1,
    exitShare: 0.15,
    numberAttachment: 0.4,
    ...over,
  };
}

/** An operator with average brand and network and schema-default levers; `over` replaces fields. */
export function operator(id: string, initialShare: number | Record<string, number>, over: Json = {}): Json {
  return { id, name: text(id), initialShare, brand: 0.5, network: 0.7, ...over };
}

export interface ScenarioParts {
  segments?: Json[];
  operators: Json[];
  market?: Json;
  events?: Json[];
  id?: string;
}

/** The raw scenario document (not yet validated). */
export function scenarioInput(parts: ScenarioParts): Json {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: parts.id ?? 'test',
    title: text('test'),
    market: { customers: 2000, months: 12, seed: 1, segments: parts.segments ?? [segment('all')], ...parts.market },
    operators: parts.operators,
    events: parts.events ?? [],
  };
}

/** Validate and return the parsed scenario, or throw with the validation messages. */
export function buildScenario(parts: ScenarioParts): Scenario {
  return validated(scenarioInput(parts));
}

export function validated(input: unknown): Scenario {
  const r = validateScenario(input);
  if (!r.ok) throw new Error(`invalid test scenario: ${r.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return r.scenario;
}
