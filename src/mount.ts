/** The app itself, loaded by main.ts as a chunk of its own once the worker has been started. */
import { mount } from 'svelte';
import App from './App.svelte';
import { messagesReady } from './lib/i18n/index.svelte.ts';

// The page's language is a chunk of its own, fetched as soon as this module runs (index.svelte.ts).
export async function mountApp(target: HTMLElement) {
  await messagesReady;
  const app = mount(App, { target });
  performance.mark('app:mounted');
  return app;
}
