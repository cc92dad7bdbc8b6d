/** The app itself, loaded by main.ts as a chunk of its own once the worker has been started. */
import { mount } from 'svelte';
import App from './App.svelte';

export function mountApp(target: HTMLElement) {
  const app = mount(App, { target });
  performance.mark('app:mounted');
  return app;
}
