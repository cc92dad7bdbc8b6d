// First: the simulation worker (prewarm.ts). The app is a chunk of its own, fetched meanwhile (see
// the preload links in vite.config.ts): a worker only gets going while the main thread is free for
// a moment, which evaluating the whole app in this same script would not give it.
import './lib/sim/prewarm.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const { mountApp } = await import('./mount.ts');
export default mountApp(target);
