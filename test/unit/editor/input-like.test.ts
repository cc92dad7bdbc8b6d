import { describe, expect, it } from 'vitest';
import { inputLike } from '../../../src/lib/editor/inputLike.ts';
import { validateScenario } from '../../../src/engine/validate.ts';
import type { Scenario, ScenarioInput } from '../../../src/engine/schema.ts';
import { loadPresets } from '../../../src/lib/scenario/presets.ts';

// Every preset's file (the app fetches all but the default when first opened).
const presets = await loadPresets();

const checked = (input: unknown): Scenario => {
  const result = validateScenario(input);
  if (!result.ok) throw new Error('invalid');
  return result.scenario;
};

describe('a validated scenario written back like its preset (opening a saved run)', () => {
  it.each(presets.map((p) => [p.input.id, p.input] as const))('%s: unchanged, it is the preset itself', (_, input) => {
    expect(inputLike(checked(input), input)).toEqual(input);
  });

  it('writes out only what differs, and validates back to the same scenario', () => {
    const preset = presets[0].input;
    const changed = checked(preset);
    changed.market.seed = 99;
    changed.operators[1].pricing.tariffIndex = 0.5;
    changed.market.segments[0].spend.median = 333;
    const written = inputLike(changed, preset);
    expect(checked(written)).toEqual(changed);
    expect(written.market.seed).toBe(99);
    expect(written.market.segments[0].spend.median).toBe(333);
    // Defaults the preset leaves out stay left out where nothing changed.
    const rawFirst = JSON.stringify(preset.operators[0]);
    expect(JSON.stringify(written.operators[0])).toBe(rawFirst);
  });

  it('falls back to the whole scenario when the preset does not validate', () => {
    const preset = presets[0].input;
    const scenario = checked(preset);
    expect(inputLike(scenario, { ...preset, schemaVersion: 9 } as unknown as ScenarioInput)).toEqual(scenario);
  });
});
