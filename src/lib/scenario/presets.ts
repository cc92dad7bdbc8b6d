/**
 * The bundled presets (scenarios/*.json), validated like any user file. The default scenario comes
 * first; the others follow in file-name order. A preset that fails validation is still listed, with
 * its issues, so the app can say what is wrong instead of hiding it. Each is validated when its
 * result is first asked for, not at load: validating all of them would hold up the main thread while
 * the first run is starting, and opening a preset validates it anyway (as a draft).
 *
 * Only the default's file and every preset's id and title (for the picker) are in the start-up
 * bundle; the other files are chunks of their own, fetched when first opened (or, for the picker's
 * marks, in idle moments after the first chart): the twelve files are about 20 kB gzipped.
 */
import type { LocalizedString, ScenarioInput } from '../../engine/schema.ts';
import { validateScenario, type ValidationResult } from '../../engine/validate.ts';
import defaultInput from '../../../scenarios/default.json';

export interface Preset {
  /** File name without `.json`; equals the scenario id in a well-formed preset. */
  file: string;
  /** The file as written (defaults not filled in): what the editor starts from. */
  input: ScenarioInput;
  /** Validated on first use, then kept. */
  readonly result: ValidationResult;
}

/** What the picker shows before a preset's file is loaded. */
export interface PresetEntry {
  file: string;
  /** The scenario id written in the file. */
  id: string;
  title: LocalizedString;
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

const fileName = (path: string) => path.replace(/^.*\/([^/]+)\.json$/, '$1');
const byFile = <T>(record: Record<string, T>) => new Map(Object.entries(record).map(([path, value]) => [fileName(path), value]));
// Named imports of a JSON file's top-level keys: the bundle keeps these and drops the rest.
const ids = byFile(import.meta.glob<string>('../../../scenarios/*.json', { eager: true, import: 'id' }));
const titles = byFile(import.meta.glob<LocalizedString>('../../../scenarios/*.json', { eager: true, import: 'title' }));
// The files as text: modules apart from the JSON modules above, so each is a chunk of its own.
const texts = byFile(import.meta.glob<string>('../../../scenarios/*.json', { query: '?raw', import: 'default' }));

export const presetList: PresetEntry[] = [...ids.keys()]
  .sort((a, b) => (a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b)))
  .map((file) => ({ file, id: ids.get(file)!, title: titles.get(file)! }));

export const defaultPreset: Preset = preset('default', defaultInput as unknown as ScenarioInput);

const loaded = new Map<string, Promise<Preset>>([['default', Promise.resolve(defaultPreset)]]);
const ready = new Map<string, Preset>([['default', defaultPreset]]);

/** A preset's file, fetched once; undefined for a file that is not bundled. A failed fetch may be retried. */
export function loadPreset(file: string): Promise<Preset | undefined> {
  const text = texts.get(file);
  if (!text) return Promise.resolve(undefined);
  let promise = loaded.get(file);
  if (!promise) {
    promise = text().then((json) => {
      const loadedPreset = preset(file, JSON.parse(json) as ScenarioInput);
      ready.set(file, loadedPreset);
      return loadedPreset;
    });
    loaded.set(file, promise);
    promise.catch(() => loaded.delete(file));
  }
  return promise;
}

/** A preset whose file is already loaded, else undefined. */
export function loadedPreset(file: string): Preset | undefined {
  return ready.get(file);
}

/** Every preset, in the picker's order. */
export function loadPresets(): Promise<Preset[]> {
  return Promise.all(presetList.map((entry) => loadPreset(entry.file) as Promise<Preset>));
}

/**
 * Validates the presets not validated yet a few at a time in idle moments, then calls `done`;
 * returns a function that stops it. All of them in one task would be a long task, which on a slow
 * machine can fall inside a later run and stall its charts.
 */
export function validatePresetsWhenIdle(presets: readonly Preset[], done: () => void): () => void {
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
