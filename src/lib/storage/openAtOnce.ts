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

/**
 * The scenario to run first, where that is known at once: the preset when nothing is saved, the
 * autosaved draft's input if it opens (migrated and validated), else null. All the worker's head
 * start needs; the app also wants the origin (openAtOnce).
 */
export function firstInputAtOnce(saved: AutosaveRead, preset: ScenarioInput): ScenarioInput | null {
  if (saved.kind === 'none') return preset;
  if (saved.kind === 'corrupt') return null;
  const input = readScenarioValue(saved.draft.input);
  return input.ok ? input.input : null;
}

/** What the edits of a draft opened from storage are compared against: its origin if that opens, else the draft itself. */
export function savedOrigin(draft: { origin: unknown }, input: ScenarioInput): ScenarioInput {
  const origin = readScenarioValue(draft.origin);
  return origin.ok ? origin.input : input;
}

/** Null when the draft is corrupt or does not open: the app then says so (startup.ts initialScenario). */
export function openAtOnce(saved: AutosaveRead, preset: ScenarioInput): OpenedAtOnce | null {
  const input = firstInputAtOnce(saved, preset);
  if (input === null) return null;
  if (saved.kind !== 'found') return { input, origin: input, source: 'preset' };
  return { input, origin: savedOrigin(saved.draft, input), source: 'autosave' };
}
