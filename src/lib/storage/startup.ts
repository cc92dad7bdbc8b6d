/**
 * What the app opens with: a share link in the URL hash, else the autosaved draft of the last
 * visit, else the default preset. `message` says what happened when something could not be opened.
 */
import type { ScenarioInput } from '../../engine/schema.ts';
import type { ScenarioDraft } from '../editor/draft.svelte.ts';
import { defaultPreset } from '../scenario/default.ts';

export interface Startup {
  input: ScenarioInput;
  /** The preset (or shared scenario) edits are compared against. */
  origin: ScenarioInput;
  source: 'link' | 'autosave' | 'preset';
  message?: string;
}

// First version: always the default preset; links and autosave come with the saved-work work.
export async function initialScenario(): Promise<Startup> {
  return { input: defaultPreset.input, origin: defaultPreset.input, source: 'preset' };
}

/** Keeps the draft across reloads; returns a function that stops doing so. */
export function startAutosave(draft: ScenarioDraft): () => void {
  void draft;
  return () => {};
}
