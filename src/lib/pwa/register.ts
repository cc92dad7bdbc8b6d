/** Registers the service worker built by vite-plugin-pwa (loaded by main.ts once the app is up). */
import { registerSW } from 'virtual:pwa-register';
import { t } from '../i18n/index.svelte.ts';
import { notify } from '../notices/notices.svelte.ts';
import { startOfflineSupport } from './offline.ts';

export function registerServiceWorker(): void {
  startOfflineSupport({ registerSW, notify, words: t, reload: () => location.reload() });
}
