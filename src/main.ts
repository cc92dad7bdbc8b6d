// First: the simulation worker (prewarm.ts). The app is a chunk of its own, fetched meanwhile (see
// the preload links in vite.config.ts): a worker only gets going while the main thread is free for
// a moment, which evaluating the whole app in this same script would not give it.
import './lib/sim/prewarm.ts';
import './app.css';
import { warmNumberFormat } from './lib/i18n/warmNumberFormat.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const app = import('./mount.ts');
// While the app's chunks load (the main thread waits for them): see warmNumberFormat.ts.
warmNumberFormat();
const { mountApp } = await app;
export default mountApp(target);
