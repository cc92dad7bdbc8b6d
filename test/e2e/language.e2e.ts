/**
 * The language the app opens in, in a real browser: a Chinese browser gets Chinese on the first
 * visit, `?lang=` in a link overrides it, and the switch's remembered choice wins over the browser.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { serveApp, watchErrors } from './harness.ts';

const app = serveApp();

/** The language switch, found by its label in either language, once the app has mounted. */
async function shownLocale(page: Page): Promise<{ html: string | null; switch: string }> {
  const picker = page
    .locator('select')
    .filter({ has: page.locator('option[value="zh-CN"]') })
    .first();
  await picker.waitFor();
  return { html: await page.getAttribute('html', 'lang'), switch: await picker.inputValue() };
}

describe('language at first visit', () => {
  it('opens in Chinese for a browser set to Simplified Chinese', async () => {
    const context = await app.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(app.url);
    expect(await shownLocale(page)).toEqual({ html: 'zh-CN', switch: 'zh-CN' });
    await expect.poll(() => page.getByLabel('语言').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens in English for an English browser, and ?lang=zh-CN in a link overrides it', async () => {
    const context = await app.browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(app.url);
    expect(await shownLocale(page)).toEqual({ html: 'en', switch: 'en' });
    await page.goto(`${app.url}?lang=zh-CN`);
    expect(await shownLocale(page)).toEqual({ html: 'zh-CN', switch: 'zh-CN' });
    await context.close();
  });

  it('keeps the switch’s choice over the browser’s language on the next visit', async () => {
    const context = await app.browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.getByLabel('语言').selectOption('en');
    await page.reload();
    expect(await shownLocale(page)).toEqual({ html: 'en', switch: 'en' });
    await context.close();
  });
});
