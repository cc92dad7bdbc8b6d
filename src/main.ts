// First: the simulation worker (prewarm.ts), so that its script loads and compiles while the app
// does. The app is imported as a chunk of its own: a static import would make the browser fetch the
// whole app before running this module, and so before spawning the worker.
import './lib/sim/prewarm.ts';
import './lib/i18n/early.ts';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const { mountApp } = await import('./mount.ts');
const app = mountApp(target);
// Offline support: registered once the window has loaded, so its downloads do not compete with the first run.
void import('./lib/pwa/register.ts').then((pwa) => pwa.registerServiceWorker());
export default app;
