/**
 * User paths of the workbench's main screen: the default scenario runs to the end and draws its
 * charts, a million-customer run can be cancelled, nothing logs errors, and axe finds no serious
 * problems.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { injectAxe, openApp as openHarnessApp, serveApp } from './harness.ts';

const CHART_IDS = ['subscribers', 'churn', 'concentration'];

const app = serveApp();

const openApp = (viewport?: { width: number; height: number }) => openHarnessApp(app.browser, app.url, viewport);

const phase = (page: Page) => page.getAttribute('[data-testid=status]', 'data-phase');
const progress = (page: Page) => page.$eval('progress', (p: HTMLProgressElement) => ({ value: p.value, max: p.max }));
const waitDone = (page: Page) => page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 60_000 });

describe('workbench main screen', () => {
  it('runs the default scenario to the end and draws its charts', async () => {
    const { page, errors } = await openApp();
    // The app runs the default scenario on load.
    await waitDone(page);

    const { value, max } = await progress(page);
    expect(max).toBeGreaterThan(1);
    expect(value).toBe(max);
    const months = max - 1;
    expect(await page.textContent('[data-testid=progress-text]')).toContain(`${months} of ${months}`);
    // Charts catch up with a streaming run one per animation frame.
    await page.waitForFunction(({ ids, last }) => ids.every((id) => document.getElementById(`view-${id}`)?.getAttribute('data-last-month') === String(last)), {
      ids: CHART_IDS,
      last: months,
    });

    for (const id of CHART_IDS) {
      const chart = page.locator(`#view-${id}`);
      await expect(chart.locator('svg[role=img]').count()).resolves.toBe(1);
      const paths = await chart.locator('.marks path').evaluateAll((els) => els.map((el) => el.getAttribute('d') ?? ''));
      expect(paths.length).toBeGreaterThanOrEqual(2);
      for (const d of paths) expect(d).toMatch(/^M[\d.\-e,]+L/); // more than one point
    }
    // The top-20 % chart carries the 80 % reference line (on its revenue and its profit panel).
    expect(await page.locator('#view-concentration .reference line').count()).toBe(2);

    // The KPI strip shows every operator at the last month.
    const kpi = page.locator('[data-testid=kpi]');
    expect(await kpi.getAttribute('data-month')).toBe(String(months));
    expect(await kpi.locator('tbody tr').count()).toBe(3);

    expect(errors).toEqual([]);
    await page.close();
  });

  it('declares its encoding where browsers look for it, ahead of any script', async () => {
    // Browsers read a <meta charset> only within the first 1024 bytes; later, Firefox reloads the
    // page.
    const html = Buffer.from(await (await fetch(app.url)).arrayBuffer());
    const at = html.indexOf('<meta charset="UTF-8"');
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(1024 - 30);
    expect(html.indexOf('<script')).toBeGreaterThan(at);
    const page = await app.browser.newPage();
    await page.goto(app.url);
    expect(await page.evaluate(() => document.characterSet)).toBe('UTF-8');
    await page.close();
  });
  it('has no serious or critical accessibility violations (axe), with panels and tables open', async () => {
    const { page, errors } = await openApp();
    await waitDone(page);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await page.waitForSelector('table');

    await injectAxe(page);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact?: string; help: string; nodes: { target: unknown[] }[] }[] }> };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    });
    const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('cancels a 1,000,000-customer run, and runs again afterwards', async () => {
    const { page, errors } = await openApp();
    await waitDone(page);

    // Over 200 000 customers the workbench waits for Run and says the results are out of date.
    await page.getByRole('spinbutton', { name: 'Customers' }).fill('1000000');
    await page.waitForSelector('[data-testid=stale]');
    expect(await phase(page)).toBe('done');
    await page.getByTestId('run').click();
    // Wait until the big run is really under way (its first month has arrived).
    await page.waitForFunction(
      () => {
        const status = document.querySelector('[data-testid=status]');
        const bar = document.querySelector('progress');
        return status?.getAttribute('data-phase') === 'running' && (bar?.value ?? 0) >= 1;
      },
      undefined,
      { timeout: 60_000, polling: 50 },
    );
    const before = await progress(page);
    expect(before.value).toBeLessThan(before.max);

    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.waitForSelector('[data-testid=status][data-phase=cancelled]', { timeout: 2_000 });
    expect(await page.textContent('[data-testid=status]')).toMatch(/cancelled/i);
    expect(await page.getByRole('button', { name: 'Cancel', exact: true }).isDisabled()).toBe(true);
    // From now on, every change of the month counter, with the phase it was made in.
    const atCancel = await page.evaluate(() => {
      const w = window as unknown as { __afterCancel: { text: string; phase: string | null }[] };
      const text = document.querySelector('[data-testid=progress-text]')!;
      const status = document.querySelector('[data-testid=status]')!;
      w.__afterCancel = [];
      new MutationObserver(() => w.__afterCancel.push({ text: text.textContent ?? '', phase: status.getAttribute('data-phase') })).observe(text, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      return text.textContent;
    });

    // The worker (kept or replaced) still runs: a small run re-runs by itself and finishes.
    await page.getByRole('spinbutton', { name: 'Customers' }).fill('10000');
    await waitDone(page);
    expect(await page.locator('[data-testid=stale]').count()).toBe(0);
    // The worker sends a run's months before anything of the next run, so by now any month of the
    // cancelled run has arrived: none moved the counter while the cancelled run was on screen.
    const changes = await page.evaluate(() => (window as unknown as { __afterCancel: { text: string; phase: string | null }[] }).__afterCancel);
    expect(changes.length, 'the counter followed the new run').toBeGreaterThan(0);
    expect(
      changes.filter((c) => c.phase === 'cancelled'),
      `counter at cancel: ${atCancel}`,
    ).toEqual([]);

    expect(errors).toEqual([]);
    await page.close();
  });
  it('a crashed worker is replaced with a message, and the next run works', async () => {
    const { page } = await openApp();
    await waitDone(page);
    await page.getByRole('spinbutton', { name: 'Customers' }).fill('1000000');
    await page.getByTestId('run').click();
    await page.waitForSelector('[data-testid=status][data-phase=running]', { timeout: 60_000 });

    // Crash the simulation worker from inside: an uncaught error in its global scope, as a bug in
    // the engine would throw. (Its console error is expected here, so errors are not checked.)
    // The page's sim worker (a 1,000,000-customer run also has slice workers, nested in it).
    const workers = page.workers().filter((w) => /\/sim\.worker-[\w-]+\.js$/.test(w.url()));
    expect(workers.length).toBe(1);
    const worker = workers[0];
    await worker!.evaluate(() => {
      setTimeout(() => {
        throw new Error('simulated engine crash');
      });
    });
    await page.waitForSelector('[data-testid=status][data-phase=error]', { timeout: 10_000 });
    expect(await page.textContent('[data-testid=status]')).toMatch(/restarted/i);

    // A replacement worker runs the next run to the end.
    await page.getByRole('spinbutton', { name: 'Customers' }).fill('10000');
    await waitDone(page);
    expect(await page.textContent('[data-testid=status]')).not.toMatch(/restarted/i);
    await page.close();
  });
  it('a lever change re-runs and changes the charts; scrubbing shows the month in every chart and the key figures', async () => {
    const { page, errors } = await openApp();
    await waitDone(page);
    const months = (await progress(page)).max - 1;
    const allAt = (month: number) =>
      page.waitForFunction(
        (m) => [...document.querySelectorAll('figure[data-last-month]')].every((f) => f.getAttribute('data-last-month') === String(m)),
        month,
      );
    await allAt(months);
    const sharePath = () => page.locator('#view-subscribers .marks path').first().getAttribute('d');
    const kpiRow = () => page.locator('[data-testid=kpi] tbody tr').first().innerText();
    const [pathBefore, kpiBefore] = [await sharePath(), await kpiRow()];

    // China Mobile raises its tariffs by 40 %: the run repeats by itself and its share falls.
    const panel = page.getByRole('region', { name: 'Strategy of China Mobile' });
    const tariff = panel.getByRole('spinbutton', { name: /^Tariff index/ });
    await tariff.fill('1.4');
    await tariff.press('Enter');
    // (Waits for the new chart rather than for the "running" phase: a quick re-run can start and end
    // between two looks at the status.)
    await expect.poll(sharePath, { timeout: 30_000 }).not.toBe(pathBefore);
    await waitDone(page);
    await allAt(months);
    expect(await sharePath()).not.toBe(pathBefore);
    expect(await kpiRow()).not.toBe(kpiBefore);

    // Scrub to month 12: the key figures, every time chart's rule and every month-based chart say 12.
    const scrubber = page.getByTestId('scrubber');
    await scrubber.focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getAttribute('[data-testid=kpi]', 'data-month')).toBe('12');
    await expect.poll(() => page.locator('.rule').evaluateAll((rules) => [...new Set(rules.map((r) => r.getAttribute('data-month')))])).toEqual(['12']);
    for (const id of ['lorenz', 'money', 'clv']) {
      await expect.poll(() => page.locator(`#view-${id} h3`).first().innerText()).toMatch(/\b12\b/);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
