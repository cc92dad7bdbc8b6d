/**
 * The workbench as a trainee uses it: keyboard only, in Chinese, scrubbing months, comparing with a
 * pinned baseline, and edits that re-run by themselves. Also measures what the issue asks to report:
 * time to the first chart, and the worst main-thread long task during a million-customer run.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { AUTO_RUN_DEBOUNCE_MS } from '../../src/lib/workbench/rerun.ts';
import { openApp as openHarnessApp, serveApp, watchErrors } from './harness.ts';
import { QUIET_FIXED_LOOP_MS, fixedLoopMs } from './machineSpeed.ts';

const app = serveApp();

const defaultScenario = JSON.parse(readFileSync(new URL('../../scenarios/default.json', import.meta.url), 'utf8')) as {
  operators: { name: { en: string; 'zh-CN': string } }[];
  market: { months: number; segments: { name: { en: string } }[] };
};

/** The first preset with "what to look at" notes (every course preset has them). */
const withNotes = readdirSync(new URL('../../scenarios/', import.meta.url))
  .map((file) => ({ file: file.replace(/\.json$/, ''), json: JSON.parse(readFileSync(new URL(`../../scenarios/${file}`, import.meta.url), 'utf8')) }))
  .find((p) => Array.isArray(p.json.lookAt) && p.json.lookAt.length > 0) as
  { file: string; json: { lookAt: { view: string; month?: number; note: { en: string } }[]; market: { customers: number } } } | undefined;

const openApp = (viewport?: { width: number; height: number }) => openHarnessApp(app.browser, app.url, viewport);

const waitDone = (page: Page) => page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 60_000 });

/** Records every phase the status goes through from now on, to see that a run started. */
async function recordPhases(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const status = document.querySelector('[data-testid=status]')!;
    const seen: string[] = [];
    (window as unknown as { __phases: string[] }).__phases = seen;
    new MutationObserver(() => seen.push(status.getAttribute('data-phase') ?? '')).observe(status, { attributes: true, attributeFilter: ['data-phase'] });
  });
  return () => page.evaluate(() => (window as unknown as { __phases: string[] }).__phases.slice());
}

/** Waits until a run started after `recordPhases` has finished. */
async function waitForNewRun(page: Page, phases: () => Promise<string[]>) {
  await expect.poll(async () => (await phases()).includes('starting'), { timeout: 10_000, interval: 50 }).toBe(true);
  await waitDone(page);
}

const kpiTexts = (page: Page) => page.locator('[data-testid=kpi] .value').allInnerTexts();

describe('workbench', () => {
  it('runs with the keyboard only: Tab to Run and Enter, and the Ctrl+Enter shortcut', async () => {
    const { page, errors } = await openApp();
    await waitDone(page);

    let phases = await recordPhases(page);
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'run');
    }
    expect(reached).toBe(true);
    // Focus is visible on the button the keyboard reached.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await waitForNewRun(page, phases);

    // The shortcut works from anywhere, e.g. from the month scrubber.
    await page.getByTestId('scrubber').focus();
    phases = await recordPhases(page);
    await page.keyboard.press('Control+Enter');
    await waitForNewRun(page, phases);

    // The glass box opens from a KPI with the keyboard and closes with Escape, giving focus back.
    const figure = page.locator('[data-testid=kpi] button.figure').first();
    await figure.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=glass-box]');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-testid=glass-box]').count()).toBe(0);
    expect(await figure.evaluate((el) => el === document.activeElement)).toBe(true);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches to Simplified Chinese with no English words left, and keeps the choice across reloads', async () => {
    const { page, errors } = await openApp();
    await waitDone(page);
    await page.getByLabel('Language').selectOption('zh-CN');
    // The Chinese words are fetched on the first switch; the page changes when they are there.
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN', undefined, { timeout: 5000 });
    // Open everything that can be opened, so hidden words are checked too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));

    // Names may stay Latin: the language's own name, brands/operators of the scenario, and
    // abbreviations (CSV, PNG, SVG, RMB…) that Chinese UIs also write in Latin letters.
    const allowed = new Set(['English', ...defaultScenario.operators.flatMap((op) => op.name['zh-CN'].split(/\s+/))]);
    const latin = await page.evaluate(() => document.body.innerText.match(/[A-Za-z]{2,}(?:[\s-]+[A-Za-z]{2,})*/g) ?? []);
    // A run of abbreviations (e.g. an export menu's "PNG SVG CSV") is fine word by word.
    const isAbbreviations = (run: string) => run.split(/[\s-]+/).every((word) => /^[A-Z]{2,5}$/.test(word));
    const left = latin.filter((run) => !allowed.has(run) && !isAbbreviations(run));
    expect(left).toEqual([]);
    // The charts and KPIs use the Chinese names of the operators.
    expect(await page.locator('[data-testid=kpi]').innerText()).toContain(defaultScenario.operators[0].name['zh-CN']);

    await page.reload();
    await waitDone(page);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.getByLabel('语言').inputValue()).toBe('zh-CN');
    expect(await page.getByTestId('run').innerText()).toContain('运行');

    expect(errors).toEqual([]);
    await page.close();
  });

  it('scrubbing to a month shows that month in the KPI strip; Step and the keyboard move it', async () => {
    const { page, errors } = await openApp();
    await waitDone(page);
    const months = defaultScenario.market.months;
    const atEnd = await kpiTexts(page);

    const scrubber = page.getByTestId('scrubber');
    await scrubber.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => page.getAttribute('[data-testid=kpi]', 'data-month')).toBe('0');
    expect(await page.locator('#kpi-title').innerText()).toContain('month 0');
    const atStart = await kpiTexts(page);
    expect(atStart).not.toEqual(atEnd);
    // At month 0 there is no change to show yet.
    expect(await page.getByTestId('kpi-change').count()).toBe(0);

    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getAttribute('[data-testid=kpi]', 'data-month')).toBe('3');
    expect(await page.getByTestId('month').innerText()).toContain(`Month 3 of ${months}`);
    expect(await page.getByTestId('kpi-change').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Previous month' }).click();
    await expect.poll(() => page.getAttribute('[data-testid=kpi]', 'data-month')).toBe('2');

    // Play reveals months one by one from the shown month.
    await page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(async () => Number(await page.getAttribute('[data-testid=kpi]', 'data-month')), { timeout: 5_000 }).toBeGreaterThan(2);
    await page.getByRole('button', { name: 'Pause' }).click();

    expect(errors).toEqual([]);
    await page.close();
  });

  it('pins a baseline: the KPI strip shows the difference, and a changed seed re-runs by itself', async () => {
    const { page, errors } = await openApp();
    await waitDone(page);
    expect(await page.getByTestId('kpi-baseline').count()).toBe(0);

    await page.getByRole('button', { name: 'Pin as baseline' }).click();
    const cells = defaultScenario.operators.length * 5;
    await expect.poll(() => page.getByTestId('kpi-baseline').count()).toBe(cells);
    expect(await page.getByTestId('baseline-note').innerText()).toContain('seed 1');

    const before = await kpiTexts(page);
    const phases = await recordPhases(page);
    await page.getByRole('spinbutton', { name: 'Seed' }).fill('7');
    await waitForNewRun(page, phases);
    expect(await kpiTexts(page)).not.toEqual(before);
    const deltas = await page.getByTestId('kpi-baseline').allInnerTexts();
    expect(deltas).toHaveLength(cells);
    expect(deltas.every((d) => /vs baseline/.test(d))).toBe(true);
    // Another seed is another market draw: some figures differ from the baseline.
    expect(deltas.some((d) => /[1-9]/.test(d))).toBe(true);

    await page.getByRole('button', { name: 'Clear baseline' }).click();
    expect(await page.getByTestId('kpi-baseline').count()).toBe(0);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('re-runs after a change of customers; refuses an out-of-range number with a message', async () => {
    const { page, errors } = await openApp();
    await waitDone(page);
    const customers = page.getByRole('spinbutton', { name: 'Customers' });

    let phases = await recordPhases(page);
    await customers.fill('5');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Customers must be' }).count()).toBe(1);
    // A valid edit would start a run AUTO_RUN_DEBOUNCE_MS after it shows; a page timer set now, for
    // longer, fires after that start would have happened.
    await page.evaluate((ms) => new Promise((resolve) => setTimeout(resolve, ms)), AUTO_RUN_DEBOUNCE_MS + 50);
    expect(await phases()).toEqual([]); // nothing ran

    const before = await kpiTexts(page);
    phases = await recordPhases(page);
    await customers.fill('50000');
    await waitForNewRun(page, phases);
    expect(await kpiTexts(page)).not.toEqual(before);

    // A preset from the picker replaces the scenario and runs it.
    const picker = page.getByLabel('Case');
    const options = await picker.locator('option:not([disabled])').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value));
    expect(options.length).toBeGreaterThan(1);
    phases = await recordPhases(page);
    await picker.selectOption(options[1]);
    await waitForNewRun(page, phases);
    expect(await picker.inputValue()).toBe(options[1]);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('measures (and prints, without a bound): time to the first chart, and the worst long task during a 1,000,000-customer run', async () => {
    // Time from navigation to the first chart with a line (at least two months drawn, and a path
    // through them), over several fresh loads: one load alone varies by ±100 ms on this machine.
    const LOADS = 11;
    const times: number[] = [];
    const loopBefore = fixedLoopMs();
    for (let i = 0; i < LOADS; i++) {
      const fresh = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const loadPage = await fresh.newPage();
      const loadErrors = watchErrors(loadPage);
      await loadPage.addInitScript(() => {
        const w = window as unknown as { __firstPath: number | null };
        w.__firstPath = null;
        const seen = () =>
          [...document.querySelectorAll<HTMLElement>('section[aria-labelledby=charts-heading] figure')].some(
            (figure) => Number(figure.dataset.lastMonth) >= 1 && figure.querySelector('svg path[d*="L"]'),
          );
        new MutationObserver((_, observer) => {
          if (w.__firstPath === null && seen()) {
            w.__firstPath = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true, attributes: true });
      });
      await loadPage.goto(app.url);
      await waitDone(loadPage);
      times.push(await loadPage.evaluate(() => (window as unknown as { __firstPath: number }).__firstPath));
      expect(loadErrors).toEqual([]);
      await fresh.close();
    }
    const loopAfter = fixedLoopMs();
    times.sort((a, b) => a - b);
    const median = times[LOADS >> 1];
    console.log(
      `time from navigation to the first chart line (two months drawn), ${LOADS} loads: median ${median.toFixed(0)} ms, range ${times[0].toFixed(0)}–${times[LOADS - 1].toFixed(0)} ms (target < 500 ms); ` +
        `machine speed: a fixed loop took ${loopBefore.toFixed(0)} ms before and ${loopAfter.toFixed(0)} ms after (${QUIET_FIXED_LOOP_MS} ms when quiet)`,
    );
    // The figures depend on the machine's load: they are reported, not asserted.
    expect(times[0]).toBeGreaterThan(0);

    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __longtasks: { start: number; duration: number }[] };
      w.__longtasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longtasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(app.url);
    await waitDone(page);

    await page.getByRole('spinbutton', { name: 'Customers' }).fill('1000000');
    await page.waitForSelector('[data-testid=stale]');
    const runStart = await page.evaluate(() => performance.now());
    await page.getByTestId('run').click();
    await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 110_000 });
    const runEnd = await page.evaluate(() => performance.now());
    const tasks = await page.evaluate(
      ([from, to]) => (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks.filter((t) => t.start >= from && t.start <= to),
      [runStart, runEnd] as const,
    );
    const worst = tasks.reduce((max, t) => Math.max(max, t.duration), 0);
    console.log(
      `1,000,000-customer run: ${((runEnd - runStart) / 1000).toFixed(1)} s, long tasks on the main thread: ${tasks.length}, worst ${worst.toFixed(0)} ms (target: none over 50 ms)`,
    );
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens analysis, the scenario editor and saved work as tabs (arrow keys move between tabs) and comes back to the results', async () => {
    const { page, errors } = await openApp();
    await waitDone(page);
    await page.getByRole('tab', { name: 'Results' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { name: 'Analysis' }).getAttribute('aria-selected')).toBe('true');
    await page.waitForSelector('#panel-analysis');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { name: 'Edit scenario' }).getAttribute('aria-selected')).toBe('true');
    await page.waitForSelector('#panel-editor');
    expect(await page.locator('#panel-results').isHidden()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#panel-saved');
    expect(await page.locator('#panel-editor').count()).toBe(0);
    await page.keyboard.press('ArrowRight'); // wraps around to the results
    await expect.poll(() => page.locator('#panel-results').isVisible()).toBe(true);
    expect(await page.locator('[data-testid=kpi] tbody tr').count()).toBe(defaultScenario.operators.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a "what to look at" note moves to its month and brings its view into sight', async () => {
    expect(withNotes, 'a preset with notes').toBeDefined();
    const preset = withNotes!;
    const { page, errors } = await openApp();
    await waitDone(page);
    const phases = await recordPhases(page);
    await page.getByLabel('Case').selectOption(preset.file);
    if (preset.json.market.customers > 200_000) await page.getByTestId('run').click();
    await waitForNewRun(page, phases);

    await page.locator('summary', { hasText: 'About this case' }).click();
    const note = preset.json.lookAt[0];
    await page.locator('.notes li').first().getByRole('button').click();
    if (note.month !== undefined) await expect.poll(() => page.getAttribute('[data-testid=kpi]', 'data-month')).toBe(String(note.month));
    const target = page.locator(`#view-${note.view}`);
    const inView = () =>
      target.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.top < window.innerHeight && r.bottom > 0;
      });
    expect(await target.count(), `the note's view #view-${note.view}`).toBe(1);
    await expect.poll(inView, { timeout: 3_000 }).toBe(true);
    expect(await page.locator('.notes li').first().innerText()).toContain(note.note.en.slice(0, 20));

    expect(errors).toEqual([]);
    await page.close();
  });
});
