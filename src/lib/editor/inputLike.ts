/**
 * A validated scenario (what a saved run keeps) written back as an input that looks like the
 * preset it came from: wherever the two agree, the preset's own writing is kept (a default the
 * preset leaves out stays left out), and only real differences are written out. Opening a saved
 * run then marks just the levers that differ from the preset, not every default that validation
 * filled in. Validating the result gives the scenario back.
 */
import type { Scenario, ScenarioInput } from '../../engine/schema.ts';
import { validateScenario } from '../../engine/validate.ts';

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `value` (validated), keeping `raw`'s writing wherever `checked` (raw validated) equals it. */
function like(value: unknown, raw: unknown, checked: unknown): unknown {
  if (same(value, checked)) return raw === undefined ? undefined : structuredClone(raw);
  if (Array.isArray(value) && Array.isArray(checked) && value.length === checked.length) {
    const rawList = Array.isArray(raw) ? raw : [];
    return value.map((item, i) => like(item, rawList[i], checked[i]) ?? structuredClone(item));
  }
  if (isObject(value) && isObject(checked)) {
    const rawObject = isObject(raw) ? raw : {};
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const written = like(item, rawObject[key], checked[key]);
      if (written !== undefined) out[key] = written;
    }
    return out;
  }
  return structuredClone(value);
}

export function inputLike(scenario: Scenario, origin: ScenarioInput): ScenarioInput {
  const checked = validateScenario(origin);
  if (!checked.ok) return structuredClone(scenario) as ScenarioInput;
  return like(scenario, origin, checked.scenario) as ScenarioInput;
}
