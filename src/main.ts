// First: start the simulation worker, with a head start on month 0 of the scenario the app will
// most likely open with. The app is a chunk of its own, loaded and evaluated meanwhile; a worker
// only gets going once the main thread is free for a moment, which evaluating the app at once in
// this same script would not give it.
import './lib/sim/prewarm.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const { mountApp } = await import('./mount.ts');
export default mountApp(target);
