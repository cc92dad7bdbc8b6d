// First: the simulation worker with its head start on the first months (the build's inline script
// in index.html has already started it; on the dev server prewarm.ts does). The app is a chunk of
// its own, fetched meanwhile (see the preload links in vite.config.ts): a worker only gets going
// while the main thread is free for a moment, which evaluating the whole app in this same script
// would not give it.
import './lib/sim/prewarm.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const { mountApp } = await import('./mount.ts');
export default mountApp(target);
