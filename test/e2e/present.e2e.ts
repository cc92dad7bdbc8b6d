/**
 * Lecturer mode as a lecturer uses it from a link: step through a case by keyboard on a projector-
 * sized screen, step months, pause before the future, mark a chart, and find the mark again after
 * a reload; Escape returns to the workbench, whose scenario was not touched.
 */
import { describe, expect, it } from 'vitest';
import { openApp, serveApp } from './harness.ts';

const app = serveApp();
/** Runs share two cores with the workbench's own run: give them time. */
const WAIT = { timeout: 30_000 };

describe('lecturer mode', () => {
  it('steps through a case by keyboard, pauses before the future and keeps a pen mark', async () => {
    const { page, errors } = await openApp(app.browser, `${app.url}?lang=en#present=default`, { width: 1280, height: 720 });
    const position = page.getByTestId('present-position');
    await expect.poll(() => position.textContent(), WAIT).toBe('Slide 1 of 8');
    await page.keyboard.press('PageDown');
    await expect.poll(() => position.textContent(), WAIT).toBe('Slide 2 of 8 · Month 0 of 36');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    // The default's fourth note looks at the subscribers from no particular month: the end.
    await expect.poll(() => position.textContent(), WAIT).toBe('Slide 4 of 8 · Month 36 of 36');
    const chart = page.locator('[data-testid="present-slide"] figure.chart');
    await expect.poll(() => chart.getAttribute('data-last-month'), WAIT).toBe('36');

    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => position.textContent(), WAIT).toBe('Slide 4 of 8 · Month 26 of 36');
    await page.keyboard.press('w');
    await expect.poll(() => chart.getAttribute('data-last-month'), WAIT).toBe('26');
    await page.keyboard.press('w');
    await expect.poll(() => chart.getAttribute('data-last-month'), WAIT).toBe('36');

    await page.getByRole('button', { name: 'Pen' }).click();
    const layer = page.getByTestId('annotation-layer');
    const box = (await layer.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.4, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => layer.locator('path').count(), WAIT).toBe(1);

    await page.reload();
    await expect.poll(() => position.textContent(), WAIT).toBe('Slide 1 of 8');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('annotation-layer').locator('path').count(), WAIT).toBe(1);

    await page.getByRole('button', { name: 'Pen' }).click();
    await page.keyboard.press('Escape'); // first Escape puts the pen down
    await page.keyboard.press('Escape');
    await page.getByTestId('present').waitFor({ state: 'detached' });
    expect(new URL(page.url()).hash).toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens in Chinese and shows a variant side by side', async () => {
    const { page, errors } = await openApp(app.browser, `${app.url}?lang=zh-CN#present=default`, { width: 1920, height: 1080 });
    const position = page.getByTestId('present-position');
    await expect.poll(() => position.textContent(), WAIT).toBe('第 1/8 页');
    await page.keyboard.press('ArrowRight');
    await page.getByTestId('present-variant').selectOption('no-price-cut');
    await expect.poll(() => page.locator('[data-testid="present-slide"] figure.chart').count(), WAIT).toBe(2);
    await expect.poll(() => page.locator('[data-testid="present-slide"] figure.chart').nth(1).getAttribute('data-last-month'), WAIT).toBe('36');
    expect(errors).toEqual([]);
    await page.close();
  });
});
