/**
 * The bundled presets (scenarios/*.json), validated like any user file. The default scenario comes
 * first; the others follow in file-name order. A preset that fails validation is still listed, with
 * its issues, so the app can say what is wrong instead of hiding it.
 */
import type { ScenarioInput } from '../../engine/schema.ts';
import { validateScenario, type ValidationResult } from '../../engine/validate.ts';

export interface Preset {
  /** File name without `.json`; equals the scenario id in a well-formed preset. */
  file: string;
  /** The file as written (defaults not filled in): what the editor starts from. */
  input: ScenarioInput;
  result: ValidationResult;
}

const files = import.meta.glob<ScenarioInput>('../../../scenarios/*.json', { eager: true, import: 'default' });

export const presets: Preset[] = Object.entries(files)
  .map(([path, input]) => ({ file: path.replace(/^.*\/([^/]+)\.json$/, '$1'), input, result: validateScenario(input) }))
  .sort((a, b) => (a.file === 'default' ? -1 : b.file === 'default' ? 1 : a.file.localeCompare(b.file)));

export function presetById(file: string): Preset | undefined {
  return presets.find((p) => p.file === file);
}
