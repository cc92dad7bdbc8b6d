/**
 * The simulation worker is the first thing the page starts: the build puts a small inline script
 * at the top of index.html's head (vite.config.ts) that spawns it with a hint of what the app will
 * open with, before the browser has even fetched the app's scripts. Loading and compiling
 * the worker and the first months of its head start (workers/warm.ts) then overlap with all of
 * the app's loading. prewarm.ts takes that worker over, or does the same itself where there is
 * no such script (the dev server).
 *
 * This module is imported by vite.config.ts too, so it must stay free of DOM and app imports.
 */
import { AUTOSAVE_KEY } from '../storage/autosave.ts';

/** Where the inline script leaves the worker for prewarm.ts. */
export const EARLY_WORKER_KEY = '__telecomSimWorker';
/** Marked when the worker is spawned (used by the start-up measurements). */
export const SPAWN_MARK = 'app:worker-spawn';

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
 * starts. A message would wait: Chromium holds messages to a worker that is still starting until
 * the page's main thread forwards them, and at load that thread is busy with the app (30–80 ms).
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

/** The worker bundle as the build emits it: its file (relative to the page) and its code. */
export interface WorkerBundle {
  url: string;
  /**
   * The code, if it can run from a blob: one self-contained module (no imports, no import.meta,
   * which would resolve against the blob's address). Null to spawn from the file.
   */
  code: string | null;
}

/** The bundle's code as a JavaScript string literal that is safe inside an HTML script element. */
function scriptLiteral(code: string): string {
  return JSON.stringify(code).replace(/</g, '\\u003c');
}

/**
 * The inline script: spawns the worker with the same hint as startHint() (a unit test runs both
 * against the same page state). Plain ES5-style JavaScript, as it runs before anything is loaded;
 * any failure just leaves the spawning to prewarm.ts.
 *
 * The worker runs from a blob of its code, carried in the page, where it can: from its file it
 * waited 100–150 ms at load for the server, behind the ten scripts and styles the page preloads
 * (six connections at a time), and its month 0 started that much later. Its source map is still
 * found, at the file's address. The blob is not revoked: the worker loads it after this script.
 */
export function earlyWorkerScript(bundle: WorkerBundle): string {
  const code = bundle.code === null ? 'null' : scriptLiteral(bundle.code.replace(/\n\/\/# sourceMappingURL=\S*\s*$/, ''));
  return `(function () {
  try {
    if (typeof Worker === 'undefined') return;
    performance.mark(${JSON.stringify(SPAWN_MARK)});
    var autosave = null;
    try { autosave = localStorage.getItem(${JSON.stringify(AUTOSAVE_KEY)}); } catch (e) {}
    var hint = JSON.stringify({ shareLink: location.hash.length > 1, autosave: autosave });
    var url = ${JSON.stringify(bundle.url)};
    var code = ${code};
    if (code !== null) {
      try {
        var map = '\\n//# sourceMappingURL=' + new URL(url + '.map', location.href).href;
        url = URL.createObjectURL(new Blob([code + map], { type: 'text/javascript' }));
      } catch (e) {}
    }
    window[${JSON.stringify(EARLY_WORKER_KEY)}] = new Worker(url, { type: 'module', name: hint });
  } catch (e) {}
})();`;
}
