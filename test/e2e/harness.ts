/**
 * Shared set-up of the end-to-end tests: `vite preview` of dist/ on a free port, and a headless
 * Debian Chromium driven by playwright-core (no bundled browser download).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = `${root}dist`;

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Serves the built app; port 0 lets the OS pick a free port. */
export async function startPreview(): Promise<{ server: PreviewServer; url: string }> {
  if (!existsSync(`${dist}/index.html`)) throw new Error(`No build in ${dist}: run \`npx vite build\` (or npm run test:e2e) first.`);
  // configFile: false: serving static files needs none of the build plugins.
  const server = await preview({
    root,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return { server, url };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** The served app and the browser of one test file; both are there once its beforeAll has run. */
export interface AppUnderTest {
  readonly url: string;
  readonly browser: Browser;
}

/** Starts the preview server and a browser before the calling file's tests and closes both after them. */
export function serveApp(): AppUnderTest {
  const app = {} as { url: string; browser: Browser; server: PreviewServer };
  beforeAll(async () => {
    Object.assign(app, await startPreview());
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** The app in a page of its own (a fresh context, so storage starts empty), its errors collected. */
export async function openApp(browser: Browser, url: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors = watchErrors(page);
  await page.goto(url);
  return { page, errors };
}

/** Collects console errors and uncaught page errors, so a test can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('crash', () => errors.push('page crashed'));
  return errors;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Loads axe-core into the page through DevTools evaluation, which the page's Content-Security-Policy
 * does not govern: a script tag of it would be refused, as any injected script should be.
 */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate((source) => (0, eval)(source), axeSource);
}
