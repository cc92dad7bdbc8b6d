/**
 * Sweeps and sensitivity as an analyst uses them: a small 1-D sweep with its chart, table and the
 * CLI's CSV; a wrong path named; a 2-D heatmap; a tornado whose bars come largest first; and a big
 * sweep cancelled midway, after which the app still runs sweeps and the workbench.
 */
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { injectAxe, openApp as openHarnessApp, serveApp } from './harness.ts';

const app = serveApp();
const openApp = (viewport?: { width: number; height: number }) => openHarnessApp(app.browser, app.url, viewport);

async function openView(page: Page, view: 'sweep' | 'tornado') {
  await page.click('#tab-analysis');
  await page.click(`#analysis-tab-${view}`);
  await page.waitForSelector(`[data-testid=${view}-view]`);
}

async function smallSweep(page: Page, points = '3') {
  await page.fill('[data-testid=sweep-lever-1-points]', points);
  await page.fill('[data-testid=sweep-replications]', '2');
  await page.fill('[data-testid=sweep-customers]', '2000');
  await page.fill('[data-testid=sweep-months]', '12');
}

/** Serious and critical accessibility problems in the analysis panel, tables open (axe-core). */
async function severeViolations(page: Page): Promise<{ id: string; targets: string[] }[]> {
  await page.evaluate(() => document.querySelectorAll('#analysis-panel details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await injectAxe(page);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact?: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Element) => Promise<Result> } }).axe;
    const result = await axe.run(document.querySelector('#analysis-panel')!);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** The rows of a downloaded CSV (the byte-order mark dropped). */
async function downloaded(page: Page, click: () => Promise<void>): Promise<string[][]> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  return csvParseRows(text.trim());
}

describe('Sweep view', () => {
  it('runs a 3-point price sweep of 2 replications and shows lines, bands, the table and the CLI’s CSV', async () => {
    const { page, errors } = await openApp();
    await openView(page, 'sweep');
    // A price lever of the first operator is offered from the start, in the editor's words.
    expect(await page.inputValue('[data-testid=sweep-lever-1-path]')).toBe('operators[0].pricing.tariffIndex');
    await smallSweep(page);
    await expect.poll(() => page.textContent('[data-testid=sweep-plan]')).toContain('3 points × 2 replications = 6 runs');
    await page.click('[data-testid=sweep-run]');
    await page.waitForSelector('[data-testid=sweep-result]', { timeout: 60_000 });

    const chart = page.locator('#view-sweep-lines');
    expect(await chart.locator('.lines path').count()).toBe(3);
    expect(await chart.locator('[data-testid=sweep-bands] path').count()).toBe(3);
    expect(await chart.locator('.dots circle').count()).toBe(9);
    expect(await chart.locator('h3').textContent()).toContain('Tariff index');
    await chart.locator('.foot summary').click();
    await expect.poll(() => chart.locator('table tbody tr').count()).toBe(3);

    const rows = await downloaded(page, () => page.click('[data-testid=sweep-download]'));
    expect(rows[0]).toEqual([
      'point',
      'operators[0].pricing.tariffIndex',
      'replication',
      'seed',
      'operator',
      'subscriberShare',
      'churnRate',
      'grossAdds',
      'revenue',
      'profit',
      'top20RevenueShare',
      'gini',
    ]);
    expect(rows).toHaveLength(1 + 3 * 2 * 3);
    expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(new Set(['0.8', '1', '1.2']));

    // Another outcome redraws from the same runs.
    await page.selectOption('[data-testid=sweep-outcome]', 'profit');
    expect(await chart.locator('h3').textContent()).toContain('Profit');
    expect(await severeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('names a typed path that is not a field, and runs nothing', async () => {
    const { page } = await openApp();
    await openView(page, 'sweep');
    await page.fill('[data-testid=sweep-lever-1-path]', 'operators[0].pricing.price');
    await page.press('[data-testid=sweep-lever-1-path]', 'Tab');
    await page.click('[data-testid=sweep-run]');
    expect(await page.textContent('[data-testid=sweep-errors]')).toContain('operators[0].pricing.price: not in this scenario');
    expect(await page.locator('[data-testid=batch-progress]').count()).toBe(0);
    await page.close();
  });

  it('draws a 2-D grid as a heatmap with a table, in Chinese', async () => {
    const { page, errors } = await openHarnessApp(app.browser, `${app.url}?lang=zh-CN`);
    await openView(page, 'sweep');
    await page.check('[data-testid=sweep-dims-2]');
    await smallSweep(page);
    await page.fill('[data-testid=sweep-lever-2-points]', '2');
    await page.click('[data-testid=sweep-run]');
    await page.waitForSelector('[data-testid=sweep-result]', { timeout: 60_000 });
    const heat = page.locator('#view-sweep-heat');
    expect(await heat.locator('[data-testid=sweep-heat-cells] rect').count()).toBe(6);
    expect(await heat.locator('h3').textContent()).toContain('用户份额');
    await heat.locator('.foot summary').click();
    await expect.poll(() => heat.locator('table tbody tr').count()).toBe(6);
    expect(await severeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cancels a big sweep midway, keeps the last result, and then runs another sweep and the workbench', async () => {
    const { page, errors } = await openApp();
    await openView(page, 'sweep');
    await smallSweep(page, '2');
    await page.click('[data-testid=sweep-run]');
    await page.waitForSelector('[data-testid=sweep-result]', { timeout: 60_000 });

    await page.fill('[data-testid=sweep-lever-1-points]', '12');
    await page.fill('[data-testid=sweep-replications]', '10');
    await page.fill('[data-testid=sweep-customers]', '100000');
    await page.fill('[data-testid=sweep-months]', '36');
    await page.click('[data-testid=sweep-run]');
    await page.waitForSelector('[data-testid=batch-progress]');
    await expect.poll(() => page.textContent('[data-testid=batch-progress] [role=status]'), { timeout: 60_000 }).toMatch(/^[1-9]\d* of 120 runs/);
    await page.click('[data-testid=batch-cancel]');
    await page.waitForSelector('[data-testid=batch-status]');
    expect(await page.textContent('[data-testid=batch-status]')).toContain('Cancelled');
    // The earlier 2-point result stays, said to be from other settings.
    expect(await page.locator('#view-sweep-lines .dots circle').count()).toBe(6);
    expect(await page.textContent('[data-testid=sweep-result]')).toContain('changed since');

    await smallSweep(page, '3');
    await page.click('[data-testid=sweep-run]');
    await expect.poll(() => page.locator('#view-sweep-lines .dots circle').count(), { timeout: 60_000 }).toBe(9);

    await page.click('#tab-results');
    await page.click('[data-testid=run]');
    await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 60_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Sensitivity view', () => {
  it('runs a tornado and shows bars ranked by effect, with the table and its CSV', async () => {
    const { page, errors } = await openApp();
    await openView(page, 'tornado');
    await page.fill('[data-testid=tornado-replications]', '2');
    await page.fill('[data-testid=tornado-customers]', '2000');
    await page.fill('[data-testid=tornado-months]', '12');
    await page.click('[data-testid=tornado-run]');
    await page.waitForSelector('[data-testid=tornado-result]', { timeout: 110_000 });
    const rowsShown = await page.locator('[data-testid=tornado-bars] .row').count();
    expect(rowsShown).toBeGreaterThan(3);
    expect(rowsShown).toBeLessThanOrEqual(12);
    expect(await page.locator('[data-testid=tornado-bars] .row').first().textContent()).toMatch(/→/);

    const rows = await downloaded(page, () => page.click('[data-testid=tornado-download]'));
    const header = rows[0];
    const size = (r: string[]) => Math.max(Math.abs(Number(r[header.indexOf('deltaLow')])), Math.abs(Number(r[header.indexOf('deltaHigh')])));
    const sizes = rows.slice(1).map(size);
    expect(sizes.length).toBeGreaterThan(rowsShown - 1);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i - 1]).toBeGreaterThanOrEqual(sizes[i]);
    // The chart draws the CSV's first levers in the same order.
    const drawn = await page.locator('[data-testid=tornado-bars] .row').evaluateAll((els) => els.map((el) => el.getAttribute('data-lever')));
    expect(drawn).toEqual(rows.slice(1, 1 + drawn.length).map((r) => r[0]));
    expect(await severeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
