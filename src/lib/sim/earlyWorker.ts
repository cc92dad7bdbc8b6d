/**
 * The start hint the worker started at load gets (prewarm.ts): what decides the first scenario, as
 * the page sees it, so the worker can begin its head start (workers/warm.ts) before the app asks.
 */
import { AUTOSAVE_KEY } from '../storage/autosave.ts';

/**
 * What decides the first scenario, as the page sees it: the worker works out the scenario itself
 * (warm.ts likelyFirstScenario, with storage/openAtOnce.ts as the app does).
 */
export interface StartHint {
  /** The address has a hash: perhaps a share link, decoded later by the app; no head start. */
  shareLink: boolean;
  /** The autosaved draft's stored text, or null. */
  autosave: string | null;
}

/**
 * The hint travels as the worker's name (new Worker(url, { name })), which the worker reads as it
 * starts: a message would wait until the page's main thread, busy loading the app, forwards it.
 */
export function hintAsName(hint: StartHint): string {
  return JSON.stringify(hint);
}

/** The hint in a worker's name, or null (a worker restarted later has none). */
export function hintFromName(name: string): StartHint | null {
  try {
    const hint = JSON.parse(name) as Partial<StartHint> | null;
    if (typeof hint?.shareLink !== 'boolean' || (hint.autosave !== null && typeof hint.autosave !== 'string')) return null;
    return { shareLink: hint.shareLink, autosave: hint.autosave };
  } catch {
    return null;
  }
}

export function startHint(): StartHint {
  let autosave: string | null = null;
  try {
    autosave = localStorage.getItem(AUTOSAVE_KEY);
  } catch {
    // storage denied: the app will open the default preset
  }
  return { shareLink: location.hash.length > 1, autosave };
}
