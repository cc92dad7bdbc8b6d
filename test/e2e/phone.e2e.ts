/**
 * On a phone (390 × 844) the workbench fits the screen's width in both languages: wide content
 * (the key-figures table, the charts) scrolls inside its own box, never the page sideways.
 */
import { describe, expect, it } from 'vitest';
import { serveApp } from './harness.ts';

const app = serveApp();

describe('phone layout', () => {
  it.each(['en-US', 'zh-CN'])('in %s the page is no wider than the screen once a run has finished', async (locale) => {
    const context = await app.browser.newContext({ locale, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(app.url);
    await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
});
