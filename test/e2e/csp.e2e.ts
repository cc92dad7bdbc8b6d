/**
 * The built page runs under its Content-Security-Policy: no inline script, scripts and the worker from the
 * app's files, and the whole workbench (a run, the editor, saved work, chart exports) works without
 * a single violation report.
 */
import { describe, expect, it } from 'vitest';
import { serveApp, watchErrors } from './harness.ts';

const app = serveApp();

describe('content security policy', () => {
  it('blocks an injected inline script, and a run, the editor, saved work and PNG/SVG exports cause no violation', async () => {
    const context = await app.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(app.url);
    await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 60_000 });
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(policy).toContain("script-src 'self'");
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp.length)).toBe(0);
    // Here a violation is wanted: an inline script (what an injected payload would be) does not run.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 0));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([expect.stringMatching(/^script-src/)]);
    await page.evaluate(() => ((window as unknown as { __csp: string[] }).__csp.length = 0));
    errors.length = 0;

    for (const kind of ['png', 'svg'] as const) {
      const card = page.locator('#view-lorenz');
      await card.locator('.export summary').click();
      const [download] = await Promise.all([page.waitForEvent('download'), card.locator(`button[data-export-kind=${kind}]`).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${kind}$`));
    }
    for (const tab of ['tab-editor', 'tab-saved']) {
      await page.locator(`#${tab}`).click();
      await page.locator(`#panel-${tab.slice(4)}`).waitFor();
    }
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
