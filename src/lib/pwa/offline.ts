/**
 * The service worker's life as the user sees it. A new version never replaces the page by itself:
 * it waits (registerType 'prompt') until the user presses "Reload to update" in a notice; only then
 * is it activated and this page reloaded (the autosaved draft is written on pagehide and comes back).
 * A tab that did not ask (another tab updated) gets a notice instead of a reload.
 */
import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import type { NoticeKind } from '../notices/notices.svelte.ts';

export type RegisterSW = (options: RegisterSWOptions) => (reloadPage?: boolean) => Promise<void>;

export interface OfflineWords {
  pwaUpdateReady: string;
  pwaReload: string;
  pwaUpdatedElsewhere: string;
  pwaReloadNow: string;
}

export interface OfflineDeps {
  registerSW: RegisterSW;
  notify: (kind: NoticeKind, text: string, action?: { label: string; run: () => void }, timeoutMs?: number) => number;
  /** Read when a notice is shown, so it is in the language of that moment. */
  words: () => OfflineWords;
  reload: () => void;
  /** How often an open page asks whether a new version is out (a page left open for a whole course). */
  checkEveryMs?: number;
  setInterval?: (run: () => void, ms: number) => unknown;
  /** False while the browser knows it has no network (no point asking then). */
  online?: () => boolean;
  /** Calls `run` once when a new service worker takes control of this page. */
  onControllerChange?: (run: () => void) => void;
}

export const CHECK_EVERY_MS = 60 * 60 * 1000;

export function startOfflineSupport(deps: OfflineDeps): void {
  let prompted = false;
  let userChose = false;
  let reloading = false;
  let registration: ServiceWorkerRegistration | undefined;
  const words = deps.words;
  const every = deps.setInterval ?? ((run, ms) => setInterval(run, ms));
  const online = deps.online ?? (() => navigator.onLine !== false);
  const onControllerChange = deps.onControllerChange ?? ((run) => navigator.serviceWorker.addEventListener('controllerchange', run, { once: true }));
  const reloadOnce = () => {
    if (reloading) return;
    reloading = true;
    deps.reload();
  };
  const update = () => {
    userChose = true;
    // Already activated (by another tab): nothing waits, so nothing would take control; just reload.
    if (registration && !registration.waiting) return reloadOnce();
    // workbox-window reports the take-over only to a page that was controlled when it registered,
    // so a first visit's page would wait forever: this page listens for itself.
    onControllerChange(reloadOnce);
    void updateSW();
  };

  const updateSW = deps.registerSW({
    onNeedRefresh() {
      if (prompted) return;
      prompted = true;
      // No timeout: the choice stays on screen until the user takes it or dismisses it.
      deps.notify('info', words().pwaUpdateReady, { label: words().pwaReload, run: update }, 0);
    },
    onNeedReload() {
      if (userChose) reloadOnce();
      else deps.notify('info', words().pwaUpdatedElsewhere, { label: words().pwaReloadNow, run: deps.reload }, 0);
    },
    onRegisteredSW(_url, registered) {
      registration = registered;
      if (!registered) return;
      every(() => {
        if (online()) void registered.update().catch(() => {});
      }, deps.checkEveryMs ?? CHECK_EVERY_MS);
    },
    onRegisterError() {
      // Without a service worker the app still works online, as before; nothing to tell the user.
    },
  });
}
