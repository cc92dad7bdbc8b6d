/**
 * On a phone (390 × 844) the workbench fits the screen's width in both languages: wide content
 * (the charts) scrolls inside its own box, never the page sideways; the key figures stack as one
 * block per operator; the tabs scroll within their own row; the strategy panels open one at a
 * time. On a projector laptop (1280 × 720) the key figures stay a table and several strategy
 * panels may be open at once.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { serveApp, watchErrors } from './harness.ts';

const app = serveApp();

async function open(locale: string, width: number, height: number): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await app.browser.newContext({ locale, viewport: { width, height } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 60_000 });
  // The lever panels are drawn (and their code fetched) once the first chart has its line.
  await page.waitForSelector('aside details .panel *', { state: 'attached' });
  return { page, errors, close: () => context.close() };
}

/** Where each operator's name and figures are on the page. */
const kpiLayout = (page: Page) =>
  page.locator('[data-testid=kpi] tbody tr').evaluateAll((rows) =>
    rows.map((row) => {
      const box = (el: Element) => el.getBoundingClientRect();
      const name = box(row.querySelector('th')!);
      const figures = [...row.querySelectorAll('.figure')].map(box);
      return {
        nameAbove: figures.every((f) => f.top >= name.bottom - 1),
        right: Math.max(name.right, ...figures.map((f) => f.right)),
        rowsOfFigures: new Set(figures.map((f) => Math.round(f.top))).size,
        // The labels shown (innerText of an element not rendered would be its text anyway).
        labels: [...row.querySelectorAll<HTMLElement>('.label')].map((el) => (el.checkVisibility() ? el.innerText.trim() : '')),
      };
    }),
  );

const strategies = (page: Page) =>
  page
    .locator('aside details')
    .evaluateAll((all) => all.map((d) => ({ open: (d as HTMLDetailsElement).open, expanded: d.querySelector('summary')!.getAttribute('aria-expanded') })));

describe('phone layout (390 × 844)', () => {
  it.each(['en-US', 'zh-CN'])('in %s: no sideways scroll, key figures stacked per operator, tabs in their own row', async (locale) => {
    const { page, errors, close } = await open(locale, 390, 844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    const rows = await kpiLayout(page);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const headings = await page.locator('[data-testid=kpi] thead th').allTextContents();
    for (const row of rows) {
      // The operator's name heads its block; its five figures wrap onto more than one line within the screen.
      expect(row.nameAbove).toBe(true);
      expect(row.rowsOfFigures).toBeGreaterThan(1);
      expect(row.right).toBeLessThanOrEqual(390);
      // Each figure carries its own label, the column heading it stands for.
      expect(row.labels).toEqual(headings.slice(1));
    }

    const tabs = await page.locator('[role=tablist]').evaluate((list) => ({
      right: list.getBoundingClientRect().right,
      tabs: [...list.querySelectorAll('[role=tab]')].map((tab) => tab.getBoundingClientRect().height),
    }));
    expect(tabs.right).toBeLessThanOrEqual(390);
    // One row: every tab has the same height (none wrapped onto two lines of text).
    expect(new Set(tabs.tabs.map(Math.round)).size).toBe(1);

    expect(errors).toEqual([]);
    await close();
  });

  it.each(['en-US', 'zh-CN'])('in %s: the strategy panels open one at a time, by mouse and by keyboard, and say so', async (locale) => {
    const { page, errors, close } = await open(locale, 390, 844);
    const summaries = page.locator('aside details > summary');
    const count = await summaries.count();
    expect(count).toBeGreaterThanOrEqual(2);
    const onlyOpen = (i: number) => Array.from({ length: count }, (_, j) => ({ open: i === j, expanded: String(i === j) }));
    expect(await strategies(page)).toEqual(onlyOpen(-1));

    await summaries.nth(0).click();
    await expect.poll(() => strategies(page)).toEqual(onlyOpen(0));
    await summaries.nth(1).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => strategies(page)).toEqual(onlyOpen(1));
    await page.keyboard.press('Space');
    await expect.poll(() => strategies(page)).toEqual(onlyOpen(-1));

    expect(errors).toEqual([]);
    await close();
  });
});

describe('projector layout (1280 × 720)', () => {
  it.each(['en-US', 'zh-CN'])('in %s: no sideways scroll, key figures as a table, several strategy panels open at once', async (locale) => {
    const { page, errors, close } = await open(locale, 1280, 720);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

    for (const row of await kpiLayout(page)) {
      // A table row: the name at the left, the five figures beside it on one line, no per-figure labels.
      expect(row.nameAbove).toBe(false);
      expect(row.rowsOfFigures).toBe(1);
      expect(row.labels.every((label) => label === '')).toBe(true);
    }
    expect(await page.locator('[data-testid=kpi] thead').isVisible()).toBe(true);
    // The tab row keeps its tabs' height (a scrolling row could shrink to nothing beside the charts).
    const heights = await page
      .locator('[role=tablist]')
      .evaluate((list) => [list.clientHeight, list.querySelector('[role=tab]')!.getBoundingClientRect().height]);
    expect(heights[0]).toBeGreaterThanOrEqual(Math.floor(heights[1]));

    const summaries = page.locator('aside details > summary');
    // The first operator's panel starts open beside the results; opening the second keeps it open.
    await summaries.nth(1).click();
    await expect
      .poll(async () => (await strategies(page)).slice(0, 2))
      .toEqual([
        { open: true, expanded: 'true' },
        { open: true, expanded: 'true' },
      ]);

    expect(errors).toEqual([]);
    await close();
  });
});
