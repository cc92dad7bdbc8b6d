/**
 * The scenario the app opens with when that needs neither decoding nor a message: the autosaved
 * draft if it opens, the default preset if there is none. One function for both places that make
 * this choice, so that they agree: the app (storage/startup.ts initialScenarioAtOnce) and the
 * worker's head start at load (workers/warm.ts), which computes the first months of that
 * scenario before the app has loaded.
 */
import type { ScenarioInput } from '../../engine/schema.ts';
import { readScenarioValue } from '../files/scenarioFile.ts';
import type { AutosaveRead } from './autosave.ts';

export interface OpenedAtOnce {
  input: ScenarioInput;
  /** The preset (or shared scenario) edits are compared against. */
  origin: ScenarioInput;
  source: 'autosave' | 'preset';
}

/** Null when the draft is corrupt or does not open: the app then says so (startup.ts initialScenario). */
export function openAtOnce(saved: AutosaveRead, preset: ScenarioInput): OpenedAtOnce | null {
  if (saved.kind === 'none') return { input: preset, origin: preset, source: 'preset' };
  if (saved.kind === 'corrupt') return null;
  const input = readScenarioValue(saved.draft.input);
  if (!input.ok) return null;
  const origin = readScenarioValue(saved.draft.origin);
  return { input: input.input, origin: origin.ok ? origin.input : input.input, source: 'autosave' };
}
