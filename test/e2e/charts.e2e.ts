/**
 * The chart area after a default run: all eight charts draw, exports download files with the right
 * content, the table toggle shows the same rows, and hovering a time chart reads out that month.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { launchBrowser, startPreview, watchErrors } from './harness.ts';

const CHARTS = ['subscribers', 'churn', 'concentration', 'lorenz', 'switching', 'cohorts', 'money', 'clv'];

let server: PreviewServer;
let url: string;
let browser: Browser;
let page: Page;
let errors: string[];
let months: number;

beforeAll(async () => {
  ({ server, url } = await startPreview());
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  errors = watchErrors(page);
  await page.goto(url);
  await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 90_000 });
  months = await page.$eval('progress', (p: HTMLProgressElement) => p.max - 1);
  // Charts catch up with a streaming run one per animation frame: wait until all show the last month.
  await page.waitForFunction(({ ids, last }) => ids.every((id) => document.getElementById(`view-${id}`)?.getAttribute('data-last-month') === String(last)), {
    ids: CHARTS,
    last: months,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function exportChart(id: string, kind: 'csv' | 'svg' | 'png'): Promise<{ download: Download; bytes: Buffer }> {
  const card = page.locator(`#view-${id}`);
  await card.locator('.export summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), card.locator(`button[data-export-kind=${kind}]`).click()]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

describe('chart area', () => {
  it('draws all eight charts of the default run, each with a title, a description and marks', async () => {
    for (const id of CHARTS) {
      const card = page.locator(`#view-${id}`);
      expect(await card.count(), id).toBe(1);
      const svg = card.locator('svg[role=img]');
      expect(await svg.count(), id).toBe(1);
      expect((await card.locator('h3').textContent())?.trim().length, id).toBeGreaterThan(3);
      expect((await svg.locator('desc').textContent())?.length, id).toBeGreaterThan(10);
      const marks = await card
        .locator('.marks path, .marks rect, .marks circle')
        .evaluateAll((els) => els.filter((el) => (el.localName === 'path' ? (el.getAttribute('d') ?? '').length > 10 : true)).length);
      expect(marks, id).toBeGreaterThan(0);
    }
    // Time charts span the run; multi-point lines, not dots.
    const d = await page.locator('#view-churn .marks path').first().getAttribute('d');
    expect(d).toMatch(/^M[\d.\-e,]+L/);
    expect(await page.locator('#view-concentration .reference line').count()).toBe(2);
    expect(errors).toEqual([]);
  });

  it('exports a chart as CSV: header, one row per month, unformatted numbers', async () => {
    const { download, bytes } = await exportChart('subscribers', 'csv');
    expect(download.suggestedFilename()).toBe('default-subscribers-1.csv');
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n').filter((line) => line.length > 0);
    expect(lines[0]).toBe('Month,China Mobile,China Unicom,China Telecom');
    expect(lines.length - 1).toBe(months + 1);
    const first = lines[1].split(',').map(Number);
    expect(first[0]).toBe(0);
    // Subscribers are whole numbers written without grouping separators.
    expect(first.slice(1).every((v) => Number.isInteger(v) && v > 0)).toBe(true);
    const last = lines.at(-1)!.split(',');
    expect(Number(last[0])).toBe(months);
  });

  it('exports a chart as SVG that parses and carries the title', async () => {
    const { download, bytes } = await exportChart('churn', 'svg');
    expect(download.suggestedFilename()).toBe('default-churn-1.svg');
    const text = bytes.toString('utf8');
    if (process.env.KEEP_EXPORTS) await download.saveAs('.tmp/export-churn.svg');
    const title = (await page.locator('#view-churn h3').textContent())!.trim();
    const parsed = await page.evaluate((source) => {
      const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: root.localName,
        title: root.querySelector('title')?.textContent ?? '',
        texts: Array.from(root.querySelectorAll('text')).map((t) => t.textContent ?? ''),
        paths: root.querySelectorAll('path').length,
        cells: root.querySelectorAll('rect.cell').length,
        styled: root.querySelector('path')?.getAttribute('style') ?? '',
      };
    }, text);
    expect(parsed.error).toBe(false);
    expect(parsed.root).toBe('svg');
    expect(parsed.title).toBe(title);
    expect(parsed.texts).toContain(title);
    // Three operators' churn lines and the 6 × 3 segment heatmap.
    expect(parsed.paths).toBeGreaterThanOrEqual(3);
    expect(parsed.cells).toBe(18);
    // Styles are inlined: the file does not depend on the page's CSS.
    expect(parsed.styled).toMatch(/stroke:/);
  });

  it('exports a chart as a 2× PNG', async () => {
    const { download, bytes } = await exportChart('lorenz', 'png');
    if (process.env.KEEP_EXPORTS) await download.saveAs('.tmp/export-lorenz.png');
    expect(download.suggestedFilename()).toBe('default-lorenz-1.png');
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(10_000);
    const pngWidth = bytes.readUInt32BE(16);
    const svgWidth = await page.locator('#view-lorenz svg[role=img]').evaluate((el) => el.getBoundingClientRect().width);
    // The file is the chart plus a 12 px margin on each side, drawn at twice the size.
    expect(pngWidth).toBe(2 * Math.ceil(svgWidth + 24));
  });

  it('shows the same rows as a table as the CSV holds', async () => {
    const card = page.locator('#view-subscribers');
    await card.locator('.foot details > summary').click();
    await card.locator('table').waitFor();
    expect(await card.locator('tbody tr').count()).toBe(months + 1);
    const headers = await card.locator('thead th').allTextContents();
    expect(headers).toEqual(['Month', 'China Mobile', 'China Unicom', 'China Telecom']);

    const lorenz = page.locator('#view-lorenz');
    await lorenz.locator('.foot details > summary').click();
    await lorenz.locator('table').waitFor();
    expect(await lorenz.locator('tbody tr').count()).toBe(21);
  });

  it('hovering a time chart reads out that month and moves the rule there', async () => {
    const plot = page.locator('#view-churn .plot');
    await plot.scrollIntoViewIfNeeded();
    const box = (await plot.boundingBox())!;
    const axis = page.locator('#view-churn .axis.x .domain').first();
    const line = (await axis.boundingBox())!;
    const target = 10;
    await page.mouse.move(line.x + (line.width * target) / months, box.y + 60);
    const tooltip = page.locator('#view-churn [data-testid=chart-tooltip]');
    await tooltip.waitFor();
    expect(await tooltip.locator('.heading').textContent()).toBe(`Month ${target}`);
    expect(await page.locator('#view-churn .rule').first().getAttribute('data-month')).toBe(String(target));
    await page.mouse.move(0, 0);
    await tooltip.waitFor({ state: 'detached' });
    // The hovered month is the workbench's shared month: it stays, and the KPI strip shows it too.
    expect(await page.locator('#view-churn .rule').first().getAttribute('data-month')).toBe(String(target));
    expect(await page.getAttribute('[data-testid=kpi]', 'data-month')).toBe(String(target));
    // End on a focused chart goes back to the last month.
    await plot.focus();
    await page.keyboard.press('End');
    await expect.poll(() => page.getAttribute('[data-testid=kpi]', 'data-month')).toBe(String(months));
  });

  it('view choices change what is drawn and what the table holds', async () => {
    const card = page.locator('#view-subscribers');
    await card.getByText('Lines', { exact: true }).click();
    expect(await card.locator('.marks.lines path').count()).toBe(3);
    await card.getByText('Share (%)', { exact: true }).click();
    if ((await card.locator('.foot details').getAttribute('open')) === null) await card.locator('.foot details > summary').click();
    expect(await card.locator('thead th').allTextContents()).toEqual(['Month', 'China Mobile (%)', 'China Unicom (%)', 'China Telecom (%)']);
    // Shares of the three operators add up to 100 % in every month.
    const row = (await card.locator('tbody tr').last().locator('td').allTextContents()).map(Number);
    expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);

    const money = page.locator('#view-money');
    await money.getByText('Last 12 months', { exact: true }).click();
    expect(await money.locator('h3').textContent()).toContain(`months ${months - 11}–${months}`);
  });

  it('keyboard: arrows on a focused chart move the month, and the read-out follows', async () => {
    const plot = page.locator('#view-subscribers .plot');
    await plot.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    const tooltip = page.locator('#view-subscribers [data-testid=chart-tooltip]');
    expect(await tooltip.locator('.heading').textContent()).toBe(`Month ${months - 2}`);
    expect(errors).toEqual([]);
  });
});
