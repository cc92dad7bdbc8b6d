/**
 * What the app opens with: a share link in the URL hash, else the autosaved draft of the last
 * visit, else the default preset. `message` says what happened when something could not be opened.
 */
import type { ScenarioInput } from '../../engine/schema.ts';
import type { ScenarioDraft } from '../editor/draft.svelte.ts';
import { describeImportProblem, type ProblemWords } from '../files/describe.ts';
import type { Locale } from '../i18n/index.svelte.ts';
import { readScenarioValue } from '../files/scenarioFile.ts';
import { readShareHash, sharePayload } from '../files/shareLink.ts';
import { defaultPreset } from '../scenario/default.ts';
import { createAutosaver, pageStorage, readAutosave } from './autosave.ts';
import { watchDraft } from './watchDraft.svelte.ts';

export interface Startup {
  input: ScenarioInput;
  /** The preset (or shared scenario) edits are compared against. */
  origin: ScenarioInput;
  source: 'link' | 'autosave' | 'preset';
  message?: string;
}

export interface StartupOptions {
  /** The URL hash to read a share link from (default: the page's). */
  hash?: string;
  /** Where the autosaved draft lives (default: the page's localStorage; null: none). */
  storage?: Storage | null;
  /** Words for messages (default: the current UI language). */
  words?: ProblemWords;
  /** Locale of the numbers in messages (default: the current UI language's). */
  locale?: Locale;
  /** Called after a link was opened, to take it out of the address bar (default: history.replaceState). */
  forgetLink?: () => void;
}

async function currentLanguage(): Promise<{ words: ProblemWords; locale: Locale }> {
  // Loaded lazily so that this module stays importable where runes are not compiled (unit tests pass `words`).
  const { t, i18n, messagesReady } = await import('../i18n/index.svelte.ts');
  await messagesReady;
  return { words: t(), locale: i18n.locale };
}

function forgetPageLink(): void {
  // A reload should bring back the edits made since, not the link again.
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/** What the edits of a draft opened from storage are compared against: its origin if that opens, else the draft itself. */
function savedOrigin(draft: { origin: unknown }, input: ScenarioInput): ScenarioInput {
  const origin = readScenarioValue(draft.origin);
  return origin.ok ? origin.input : input;
}

/**
 * The same choice made without waiting, where it needs neither decoding nor messages: no share
 * link, and an autosaved draft that opens, or none. Else null, and initialScenario() makes it (and
 * says what went wrong). The app starts its first run from this at once: awaiting anything would
 * let the browser first lay out and paint the shell before the run is asked for.
 */
export function initialScenarioAtOnce(options: Pick<StartupOptions, 'hash' | 'storage'> = {}): Startup | null {
  const hash = options.hash ?? (typeof location === 'undefined' ? '' : location.hash);
  if (sharePayload(hash) !== null) return null;
  const saved = readAutosave(options.storage === undefined ? pageStorage() : options.storage);
  if (saved.kind === 'none') return { input: defaultPreset.input, origin: defaultPreset.input, source: 'preset' };
  if (saved.kind === 'corrupt') return null;
  const input = readScenarioValue(saved.draft.input);
  return input.ok ? { input: input.input, origin: savedOrigin(saved.draft, input.input), source: 'autosave' } : null;
}

export async function initialScenario(options: StartupOptions = {}): Promise<Startup> {
  const hash = options.hash ?? (typeof location === 'undefined' ? '' : location.hash);
  const storage = options.storage === undefined ? pageStorage() : options.storage;
  const { words, locale } = options.words ? { words: options.words, locale: options.locale ?? 'en' } : await currentLanguage();
  const messages: string[] = [];

  const link = await readShareHash(hash).catch(() => ({ ok: false as const, problem: { kind: 'linkCorrupt' as const } }));
  if (link?.ok) {
    (options.forgetLink ?? (options.hash === undefined ? forgetPageLink : () => {}))();
    return { input: link.input, origin: link.input, source: 'link' };
  }
  if (link) messages.push(words.storageLinkFailed(describeImportProblem(link.problem, words, locale)));

  const saved = readAutosave(storage);
  if (saved.kind === 'found') {
    const input = readScenarioValue(saved.draft.input);
    if (input.ok) {
      return {
        input: input.input,
        origin: savedOrigin(saved.draft, input.input),
        source: 'autosave',
        ...(messages.length ? { message: messages.join(' ') } : {}),
      };
    }
    messages.push(words.storageAutosaveFailed(describeImportProblem(input.problem, words, locale)));
  } else if (saved.kind === 'corrupt') messages.push(words.storageAutosaveFailed(words.storageAutosaveCorrupt));

  return {
    input: defaultPreset.input,
    origin: defaultPreset.input,
    source: 'preset',
    ...(messages.length ? { message: messages.join(' ') } : {}),
  };
}

/** Keeps the draft across reloads; returns a function that stops doing so. */
export function startAutosave(draft: ScenarioDraft, storage: Storage | null = pageStorage()): () => void {
  const saver = createAutosaver(storage);
  const stopWatching = watchDraft(draft, (state) => saver.schedule(state));
  // Write a pending change before the page goes away (localStorage writes are synchronous).
  const onHide = () => saver.flush();
  const onVisibility = () => document.visibilityState === 'hidden' && saver.flush();
  addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    stopWatching();
    saver.stop();
    removeEventListener('pagehide', onHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
