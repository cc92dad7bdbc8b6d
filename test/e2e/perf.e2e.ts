/**
 * The main thread stays responsive while a user moves through a long run: scrubbing with the
 * keyboard, dragging the scrubber, and playback, over a 240-month run. Prints the worst long task
 * (the bar: none over 50 ms); the assertion is generous because the test machine is shared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { readFileSync } from 'node:fs';
import { launchBrowser, startPreview, watchErrors } from './harness.ts';

let server: PreviewServer;
let url: string;
let browser: Browser;

beforeAll(async () => {
  ({ server, url } = await startPreview());
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const preset = JSON.parse(readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8'));
const MONTHS = 240;
const long = { ...preset, market: { ...preset.market, customers: 20_000, months: MONTHS } };

type Task = { start: number; duration: number };

/** Opens the app on the 240-month scenario (as the autosaved draft) and records long tasks. */
async function openLongRun(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page);
  await page.addInitScript((draft) => {
    localStorage.setItem('telecom-workbench:draft', JSON.stringify({ format: 1, savedAt: 0, input: draft, origin: draft }));
    const w = window as unknown as { __longtasks: Task[] };
    w.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  }, long);
  await page.goto(url);
  await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 60_000 });
  expect(await page.getAttribute('[data-testid=scrubber]', 'max')).toBe(String(MONTHS));
  return { page, errors };
}

const now = (page: Page) => page.evaluate(() => performance.now());
/** Long tasks that started after `from`; waits for the last frame's work to be reported first. */
async function tasksSince(page: Page, from: number): Promise<Task[]> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  return page.evaluate((t) => (window as unknown as { __longtasks: Task[] }).__longtasks.filter((x) => x.start >= t), from);
}
const worst = (tasks: Task[]) => tasks.reduce((max, t) => Math.max(max, t.duration), 0);
const monthShown = (page: Page) => page.getAttribute('[data-testid=month]', 'data-month');

describe('responsiveness over a 240-month run', () => {
  it('scrubbing (keyboard, jumps and dragging) and playback make no long task', async () => {
    const { page, errors } = await openLongRun();
    // Let the charts that catch up after the run finish their last frames.
    await page.waitForTimeout(500);

    const scrubber = page.getByTestId('scrubber');
    await scrubber.focus();
    const keysFrom = await now(page);
    await page.keyboard.press('Home');
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('End');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('Home');
    await expect.poll(() => monthShown(page)).toBe('0');
    const keys = await tasksSince(page, keysFrom);

    // Dragging the thumb across the track: one input event per pointer move.
    const box = (await scrubber.boundingBox())!;
    const dragFrom = await now(page);
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) await page.mouse.move(box.x + 2 + ((box.width - 4) * i) / 40, box.y + box.height / 2);
    await page.mouse.up();
    await expect.poll(() => monthShown(page)).toBe(String(MONTHS));
    const drag = await tasksSince(page, dragFrom);

    // Hovering a chart moves the shared month: a sweep of the pointer across the first chart.
    const plot = (await page.locator('#view-subscribers .plot').boundingBox())!;
    const hoverFrom = await now(page);
    for (let i = 0; i <= 40; i++) await page.mouse.move(plot.x + 60 + ((plot.width - 80) * i) / 40, plot.y + plot.height / 2);
    await page.mouse.move(0, 0);
    const hover = await tasksSince(page, hoverFrom);

    // Playback at the fastest speed from month 0 for two seconds.
    await page.keyboard.press('Home');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('10');
    const playFrom = await now(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForTimeout(2_000);
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(Number(await monthShown(page))).toBeGreaterThan(5);
    const play = await tasksSince(page, playFrom);

    console.log(
      `240-month run, worst long task while scrubbing with keys: ${worst(keys).toFixed(0)} ms (${keys.length} long tasks), ` +
        `dragging: ${worst(drag).toFixed(0)} ms (${drag.length}), hovering a chart: ${worst(hover).toFixed(0)} ms (${hover.length}), playback: ${worst(play).toFixed(0)} ms (${play.length}) (target: none over 50 ms)`,
    );
    // Generous bound (a slow shared machine must not fail the test); the figures are reported.
    expect(Math.max(worst(keys), worst(drag), worst(hover), worst(play))).toBeLessThan(500);
    expect(errors).toEqual([]);
    await page.close();
  });
});
