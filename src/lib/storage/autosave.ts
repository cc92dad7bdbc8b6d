/**
 * The autosaved draft: the scenario on screen and the preset it is compared against, kept in
 * localStorage (small, synchronous, so it can still be written while the page is being hidden).
 * Only drafts that validate are written, so a half-typed value can never make the next start fail;
 * the last valid state of the draft is what comes back after a reload.
 */
import type { ScenarioInput } from '../../engine/schema.ts';

export const AUTOSAVE_KEY = 'telecom-workbench:draft';
const FORMAT = 1;

export interface AutosavedDraft {
  input: ScenarioInput;
  origin: ScenarioInput;
}

/** The page's localStorage, or null where it is denied (some private modes throw on access). */
export function pageStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export type AutosaveRead = { kind: 'none' } | { kind: 'found'; draft: { input: unknown; origin: unknown } } | { kind: 'corrupt' };

export function readAutosave(storage: Storage | null): AutosaveRead {
  let text: string | null;
  try {
    text = storage?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  if (text === null) return { kind: 'none' };
  try {
    const data = JSON.parse(text) as { format?: unknown; input?: unknown; origin?: unknown };
    if (data?.format !== FORMAT || typeof data.input !== 'object' || typeof data.origin !== 'object') return { kind: 'corrupt' };
    return { kind: 'found', draft: { input: data.input, origin: data.origin } };
  } catch {
    return { kind: 'corrupt' };
  }
}

/** False when the browser refused the write (full or denied); the draft stays on screen regardless. */
export function writeAutosave(storage: Storage | null, draft: AutosavedDraft): boolean {
  if (!storage) return false;
  try {
    storage.setItem(AUTOSAVE_KEY, JSON.stringify({ format: FORMAT, savedAt: Date.now(), input: draft.input, origin: draft.origin }));
    return true;
  } catch {
    return false;
  }
}

export function clearAutosave(storage: Storage | null): void {
  try {
    storage?.removeItem(AUTOSAVE_KEY);
  } catch {
    /* nothing to clear */
  }
}

/** Debounces writes: many edits in a burst cost one write; `flush` writes a pending one now. */
export function createAutosaver(storage: Storage | null, delayMs = 600) {
  let pending: AutosavedDraft | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pending) writeAutosave(storage, pending);
    pending = null;
  };
  return {
    schedule(draft: AutosavedDraft) {
      pending = draft;
      clearTimeout(timer);
      timer = setTimeout(flush, delayMs);
    },
    flush,
    stop() {
      flush();
    },
  };
}
