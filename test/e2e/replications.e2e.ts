/**
 * The Replications view as an analyst uses it: run 20 seeds and read bands and intervals; cancel a
 * long batch and keep working; and the same numbers whatever the size of the worker pool.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { openApp, serveApp } from './harness.ts';

const app = serveApp();

async function openReplications(query = ''): Promise<{ page: Page; errors: string[] }> {
  const opened = await openApp(app.browser, `${app.url}${query}`);
  const { page } = opened;
  await page.locator('#tab-analysis').click();
  await page.locator('#analysis-tab-replications').click();
  await page.getByTestId('replications-run').waitFor();
  return opened;
}

async function setUp(page: Page, replications: number, customers: number, months: number) {
  await page.locator('input[name="replications"]').fill(String(replications));
  await page.locator('input[name="rep-customers"]').fill(String(customers));
  await page.locator('input[name="rep-months"]').fill(String(months));
}

/** Runs the batch (confirming if the estimate asks) and waits for its results. */
async function runBatch(page: Page) {
  await page.getByTestId('replications-run').click();
  const confirm = page.getByTestId('estimate-confirm');
  if (await confirm.isVisible()) await confirm.click();
  await page.waitForSelector('[data-testid=replications-results]:not([aria-busy=true])', { timeout: 90_000 });
}

/** The key-figure CSV the view downloads (full-precision numbers). */
async function keyFigureCsv(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download table (CSV)' }).click()]);
  return readFileSync((await download.path())!, 'utf8');
}

describe('replications', () => {
  it('runs 20 seeds and shows the count, intervals in the key figures and bands on the charts', async () => {
    const { page, errors } = await openReplications('?lang=en');
    await setUp(page, 20, 3000, 12);
    await runBatch(page);

    await expect.poll(() => page.getByTestId('replications-count').innerText()).toContain('20 replications');
    const cells = await page.locator('[data-testid=replications-key] td .mean').allInnerTexts();
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell).toMatch(/±/);

    const chart = page.locator('#view-replications-subscriberShare');
    const bands = chart.locator('[data-testid=band-paths] path');
    expect(await bands.count()).toBe(3);
    for (const d of await bands.evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''))) expect(d).toMatch(/^M.+Z$/);

    await chart.locator('.foot summary').click();
    // The table is drawn when opened (its component may load then): wait for it.
    await chart.locator('table th[scope=col]').first().waitFor();
    const headers = await chart.locator('table th[scope=col]').allInnerTexts();
    expect(headers.some((h) => h.endsWith(' mean'))).toBe(true);
    expect(headers.some((h) => h.endsWith('95% low'))).toBe(true);
    expect(headers.some((h) => h.endsWith('95% high'))).toBe(true);

    const csv = await keyFigureCsv(page);
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('operator,figure,replications,mean,halfWidth95,lo95,hi95,sd');
    expect(errors).toEqual([]);
  });

  it('cancels a batch midway, keeps nothing of it, and the workbench still runs afterwards', async () => {
    const { page, errors } = await openReplications('?lang=en');
    await setUp(page, 200, 20_000, 24);
    await page.getByTestId('replications-run').click();
    const confirm = page.getByTestId('estimate-confirm');
    if (await confirm.isVisible()) await confirm.click();
    await page.getByTestId('batch-progress').waitFor();
    await expect
      .poll(() => page.locator('[data-testid=batch-progress] progress').evaluate((p) => (p as HTMLProgressElement).value), { timeout: 60_000 })
      .toBeGreaterThan(0);
    await page.getByTestId('batch-cancel').click();
    await expect.poll(() => page.getByTestId('batch-status').innerText()).toContain('Cancelled');
    expect(await page.getByTestId('replications-results').count()).toBe(0);

    // The app is still usable: a workbench run finishes, and a new batch runs on fresh workers.
    await page.getByTestId('run').click();
    await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 60_000 });
    await setUp(page, 3, 2000, 6);
    await runBatch(page);
    await expect.poll(() => page.getByTestId('replications-count').innerText()).toContain('3 replications');
    expect(errors).toEqual([]);
  });

  it('gives byte-identical results with a pool of 1 and of 2 workers', async () => {
    const csvs: string[] = [];
    for (const pool of [1, 2]) {
      const { page, errors } = await openReplications(`?lang=en&pool=${pool}`);
      expect(await page.getByTestId('pool-size').innerText()).toContain(String(pool));
      await setUp(page, 6, 3000, 12);
      await runBatch(page);
      csvs.push(await keyFigureCsv(page));
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(csvs[0].split('\r\n').length).toBeGreaterThan(10);
    expect(csvs[1]).toBe(csvs[0]);
  });

  it('reads in Chinese, with the interval words and the number of runs', async () => {
    const { page, errors } = await openReplications('?lang=zh-CN');
    await setUp(page, 4, 2000, 6);
    await runBatch(page);
    await expect.poll(() => page.getByTestId('replications-count').innerText()).toContain('4 次重复');
    const label = await page.locator('[data-testid=replications-key] td').first().getAttribute('aria-label');
    expect(label).toMatch(/^均值 .+，95%置信区间 .+ 至 .+$/);
    expect(errors).toEqual([]);
  });

  it('splits a big workbench run over two threads with the same figures as one thread', async () => {
    const results: { kpis: string[]; workers: string[] }[] = [];
    for (const pool of [1, 2]) {
      const { page, errors } = await openApp(app.browser, `${app.url}?lang=en&pool=${pool}`);
      const workers: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 60_000 });
      await page.locator('input[name="customers"]').fill('300000');
      await page.locator('input[name="months"]').fill('4');
      await page.getByTestId('run').click();
      await page.waitForSelector('[data-testid=status][data-phase=running], [data-testid=status][data-phase=starting]', { timeout: 10_000 });
      await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 90_000 });
      results.push({ kpis: await page.locator('[data-testid=kpi] .value').allInnerTexts(), workers });
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(results[0].workers.some((u) => u.includes('slice.worker'))).toBe(false);
    expect(results[1].workers.some((u) => u.includes('slice.worker'))).toBe(true);
    expect(results[0].kpis.length).toBeGreaterThan(0);
    expect(results[1].kpis).toEqual(results[0].kpis);
  });

  it('asks before a batch of more than a minute, and refuses one that would not fit in memory', async () => {
    const { page, errors } = await openReplications('?lang=en&pool=2');
    // 200 × 200,000 × 36 is over a minute at the first-guess speed: the estimate asks first.
    await setUp(page, 200, 200_000, 36);
    await expect.poll(() => page.getByTestId('estimate').getAttribute('data-verdict')).toBe('confirm');
    await page.getByTestId('replications-run').click();
    await page.getByRole('alertdialog').waitFor();
    await page.getByRole('button', { name: 'Don’t run' }).click();
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await page.getByTestId('batch-progress').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();

    // A device that reports 128 MB of memory: a 2,000,000-customer market over 100 months needs
    // more than half of it even on one worker, so the view refuses and says why.
    const small = await app.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await small.addInitScript(() => Object.defineProperty(Navigator.prototype, 'deviceMemory', { get: () => 0.125 }));
    await small.goto(`${app.url}?lang=en`);
    await small.locator('#tab-analysis').click();
    await small.locator('#analysis-tab-replications').click();
    await setUp(small, 2, 2_000_000, 100);
    await expect.poll(() => small.getByTestId('estimate').getAttribute('data-verdict')).toBe('refuse');
    expect(await small.getByRole('alert').filter({ hasText: 'Not started' }).innerText()).toMatch(/more than the \d+ MB this device allows/);
    expect(await small.getByTestId('replications-run').isDisabled()).toBe(true);
    await small.close();
  });
});
