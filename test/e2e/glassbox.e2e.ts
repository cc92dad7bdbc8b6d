/**
 * The glass box in a real browser: mounted in a 420 px side panel (test page built by this test,
 * test/e2e/glassbox-page), it shows the value the engine computes for the picked target, the
 * formula, the hazard table and the cause bars with captions, fits the panel's width, reads in
 * Chinese without English left over, and axe finds no serious or critical problem.
 * (Opening it by clicking a KPI or chart point is the app shell's wiring; its test belongs there.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Browser, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at } from '../../src/engine/frame.ts';
import { runScenario } from '../../src/engine/simulation.ts';
import { glassFormat } from '../../src/lib/glassbox/format.ts';
import type { GlassTarget } from '../../src/lib/glassbox/target.ts';
import { en, zhCN } from '../../src/lib/i18n/dictionaries.ts';
import { mustValidate, readScenarioInput } from '../helpers/scenarios.ts';
import { injectAxe, launchBrowser, watchErrors } from './harness.ts';

const RUN = { customers: 6000, months: 8, seed: 4 };
const pageRoot = fileURLToPath(new URL('./glassbox-page', import.meta.url));
let outDir: string;
let server: PreviewServer;
let url: string;
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'glassbox-e2e-'));
  await build({ root: pageRoot, base: './', configFile: false, logLevel: 'warn', plugins: [svelte()], build: { outDir, emptyOutDir: true, target: 'es2022' } });
  server = await preview({
    root: pageRoot,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  url = server.resolvedUrls!.local[0];
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

async function open(target: GlassTarget, lang: 'en' | 'zh-CN' = 'en'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page);
  const q = new URLSearchParams({ target: JSON.stringify(target), lang, customers: String(RUN.customers), months: String(RUN.months), seed: String(RUN.seed) });
  await page.goto(`${url}?${q}`);
  await page.waitForSelector('#panel[data-ready="1"] section');
  return { page, errors };
}

/** The same run in node: the page must show exactly these numbers. */
const expected = runScenario(mustValidate(readScenarioInput('default')), RUN);
const fmt = glassFormat('en');

describe('glass box panel', () => {
  it('operator churn rate: the engine’s value, the formula, hazard rows per segment and cause bars', async () => {
    const month = 6;
    const { page, errors } = await open({ kind: 'operator', field: 'churnRate', operator: 1, month });
    const L = expected.meta.layout;
    const f = expected.frames[month];
    await expect(page.getByRole('heading', { name: en.glassHeading }).count()).resolves.toBe(1);
    expect(await page.textContent('[data-testid=glass-value]')).toBe(fmt.percent(f[at.op(L, 1, 'churnRate')]));
    const formula = await page.locator('.formula').first().innerText();
    expect(formula).toContain(fmt.count(f[at.op(L, 1, 'churned')]));
    expect(formula).toContain(fmt.count(expected.frames[month - 1][at.op(L, 1, 'subscribers')]));
    // Tables are named by their captions.
    const hazard = page.getByRole('table', { name: en.glassHazardCaption });
    expect(await hazard.locator('tbody tr').count()).toBe(expected.meta.segments.length);
    const causes = page.getByRole('table', { name: en.glassCausesCaption });
    const counts = await causes.locator('tbody td.num').allInnerTexts();
    const sum = counts.map((c) => Number(c.split(' ')[0].replace(/,/g, ''))).reduce((a, b) => a + b, 0);
    expect(sum).toBe(f[at.op(L, 1, 'churned')]);
    // It fits a 420 px panel: nothing wider than the panel.
    const overflow = await page.$eval('#panel', (el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('segment target in Chinese: the segment’s hazard term by term, no English left, axe clean', async () => {
    const { page, errors } = await open({ kind: 'segment', field: 'churnRate', operator: 0, segment: 3, month: 5 }, 'zh-CN');
    expect(await page.getByRole('heading', { name: zhCN.glassHeading }).count()).toBe(1);
    expect(await page.getByRole('table', { name: zhCN.glassSegmentHazardCaption }).locator('tbody tr').count()).toBe(5);
    const text = await page.locator('#panel').innerText();
    expect(text.match(/[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}/g)).toBeNull();
    await injectAxe(page);
    const violations = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run: (s: string) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe.run('#panel');
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('profit: revenue less each cost, the picked cost marked', async () => {
    const { page, errors } = await open({ kind: 'operator', field: 'retentionSpend', operator: 0, month: 7 });
    const table = page.getByRole('table', { name: en.glassFormulaCaption });
    expect(await table.locator('tbody tr').count()).toBe(7);
    expect(await table.locator('tr.picked th').innerText()).toBe(en.glassRetentionSpend);
    const f = expected.frames[7];
    expect(await table.locator('tfoot td.num').innerText()).toBe(fmt.rmb(f[at.op(expected.meta.layout, 0, 'profit')]));
    expect(errors).toEqual([]);
    await page.close();
  });
});
