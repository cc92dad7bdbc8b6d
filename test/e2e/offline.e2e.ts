/**
 * The app offline: after one visit its service worker serves the whole app, so with the network cut
 * (the browser set offline and the server stopped for good) a reload opens it, runs a preset, saves
 * it in Saved work and reopens it. And a new version deployed while the page is open shows a
 * "Reload to update" notice without reloading; the reload comes only from the button, and the edit
 * made before it is still there after.
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchErrors } from './harness.ts';
import { startStaticServer } from './staticServer.ts';

const dist = fileURLToPath(new URL('../../dist', import.meta.url));
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const waitDone = (page: Page) => page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 60_000 });

/** Waits until the service worker is active and serves this page (it claims the page on its first visit). */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

describe('offline', () => {
  it('reloads with no network at all, runs a preset, saves it and reopens it', async () => {
    const server = await startStaticServer(dist);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(server.url);
      await waitDone(page);
      await waitForServiceWorker(page);
      const manifest = await page.getAttribute('link[rel=manifest]', 'href');
      expect(manifest).toBe('./manifest.webmanifest');

      // The network gone: the browser offline and the server stopped with every connection.
      await context.setOffline(true);
      await server.stop();
      const requestsBefore = server.requests;
      await page.reload();
      await waitDone(page);

      // A preset from the picker, run from the cached app and its cached worker.
      const picker = page.getByLabel('Case');
      await picker.selectOption('campus-challenger');
      await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 60_000 });
      await expect.poll(() => page.title()).toMatch(/^Campus challenger/);

      // Saved work (a lazily loaded part of the app) saves it in IndexedDB and opens it again.
      await page.getByRole('tab', { name: 'Saved work & files' }).click();
      const save = page.getByRole('button', { name: 'Save scenario' });
      await save.and(page.locator(':enabled')).waitFor();
      await save.click();
      const title = 'Campus challenger: a faster network against cheaper incumbents';
      await page.getByRole('button', { name: `Open “${title}”` }).waitFor();
      await picker.selectOption('default');
      await expect.poll(() => page.title()).toMatch(/^A three-operator market/);
      await page.getByRole('button', { name: `Open “${title}”` }).click();
      await expect.poll(() => page.title()).toMatch(/^Campus challenger/);
      expect(await picker.inputValue()).toBe('campus-challenger');

      expect(server.requests).toBe(requestsBefore);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.stop().catch(() => {});
    }
  });
});

describe('update prompt', () => {
  let buildB: string;
  beforeAll(async () => {
    // Build B: build A with a changed page, and the service worker's precache list saying so (as a
    // new build's would): the browser sees a new service worker.
    buildB = await mkdtemp(join(tmpdir(), 'workbench-build-b-'));
    await cp(dist, buildB, { recursive: true });
    const html = (await readFile(join(buildB, 'index.html'), 'utf8')).replace('<title>', '<meta name="build" content="B" />\n    <title>');
    await writeFile(join(buildB, 'index.html'), html);
    const revision = createHash('md5').update(html).digest('hex');
    const sw = await readFile(join(buildB, 'sw.js'), 'utf8');
    const next = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, `$1${revision}"`);
    expect(next).not.toBe(sw);
    await writeFile(join(buildB, 'sw.js'), next);
  });
  afterAll(async () => {
    if (buildB) await rm(buildB, { recursive: true, force: true });
  });

  it('offers the new version without reloading, reloads on the button, and keeps the edit', async () => {
    const server = await startStaticServer(dist);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(server.url);
      await waitDone(page);
      await waitForServiceWorker(page);
      const customers = page.getByRole('spinbutton', { name: 'Customers' });
      await customers.fill('30000');
      await waitDone(page);
      await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

      // Build B deployed; the page's own update check (hourly, or at the next visit) finds it.
      server.serve(buildB);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const reloadButton = page.getByRole('button', { name: 'Reload to update' });
      await reloadButton.waitFor({ timeout: 30_000 });
      expect(await page.getByRole('status').filter({ hasText: 'A new version of the workbench is ready' }).count()).toBe(1);
      // Nothing reloaded: the same document, the edit on screen, still build A.
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
      expect(await page.locator('meta[name=build]').count()).toBe(0);
      expect(await customers.inputValue()).toBe('30000');

      await Promise.all([page.waitForEvent('load'), reloadButton.click()]);
      await page.locator('meta[name=build][content=B]').waitFor({ state: 'attached' });
      expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBeUndefined();
      await waitDone(page);
      expect(await page.getByRole('spinbutton', { name: 'Customers' }).inputValue()).toBe('30000');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.stop();
    }
  });
});
