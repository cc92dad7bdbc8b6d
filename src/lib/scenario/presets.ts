/**
 * The bundled presets (scenarios/*.json), validated like any user file. The default scenario comes
 * first; the others follow in file-name order. A preset that fails validation is still listed, with
 * its issues, so the app can say what is wrong instead of hiding it. Each is validated when its
 * result is first asked for, not at load: validating all of them would hold up the main thread while
 * the first run is starting, and opening a preset validates it anyway (as a draft).
 */
import type { ScenarioInput } from '../../engine/schema.ts';
import { validateScenario, type ValidationResult } from '../../engine/validate.ts';

export interface Preset {
  /** File name without `.json`; equals the scenario id in a well-formed preset. */
  file: string;
  /** The file as written (defaults not filled in): what the editor starts from. */
  input: ScenarioInput;
  /** Validated on first use, then kept. */
  readonly result: ValidationResult;
}

function preset(file: string, input: ScenarioInput): Preset {
  let result: ValidationResult | undefined;
  return {
    file,
    input,
    get result() {
      return (result ??= validateScenario(input));
    },
  };
}

const files = import.meta.glob<ScenarioInput>('../../../scenarios/*.json', { eager: true, import: 'default' });

export const presets: Preset[] = Object.entries(files)
  .map(([path, input]) => preset(path.replace(/^.*\/([^/]+)\.json$/, '$1'), input))
  .sort((a, b) => (a.file === 'default' ? -1 : b.file === 'default' ? 1 : a.file.localeCompare(b.file)));

export function presetById(file: string): Preset | undefined {
  return presets.find((p) => p.file === file);
}

/**
 * Validates the presets not validated yet a few at a time in idle moments, then calls `done`;
 * returns a function that stops it. All of them in one task would be a long task, which on a slow
 * machine can fall inside a later run and stall its charts.
 */
export function validatePresetsWhenIdle(done: () => void): () => void {
  const idle: (callback: (deadline: IdleDeadline) => void) => number =
    typeof requestIdleCallback === 'function'
      ? (callback) => requestIdleCallback(callback, { timeout: 1000 })
      : (callback) => setTimeout(() => callback({ didTimeout: true, timeRemaining: () => 0 }), 50) as unknown as number;
  const cancel = typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout;
  let next = 0;
  let handle = 0;
  const work = (deadline: IdleDeadline) => {
    do void presets[next++]?.result;
    while (next < presets.length && deadline.timeRemaining() > 2);
    if (next < presets.length) handle = idle(work);
    else done();
  };
  handle = idle(work);
  return () => cancel(handle);
}
