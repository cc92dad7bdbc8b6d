/**
 * Reactive rivals as a user meets them: the price-war case marks each fired response on the time
 * charts and lists it in words under them, the editor's Operators tab edits the rules, and a
 * removed rule's responses are gone from the next run.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { injectAxe, openApp, serveApp } from './harness.ts';

const app = serveApp();

/** Serious and critical axe-core violations on the page as it is. */
async function severeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact?: string; nodes: { target: unknown[] }[] }[] }> } }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('reactive rivals in the workbench', () => {
  it('marks and lists the responses of the price-war case, and a removed rule stops answering', async () => {
    const { page, errors } = await openApp(app.browser, app.url);
    await page.getByLabel('Case').selectOption('price-war');
    const list = page.locator('details.responses');
    await expect.poll(() => list.locator('summary').textContent(), { timeout: 60_000 }).toBe('Responses fired in the last run (5)');
    const items = list.locator('li');
    expect(await items.count()).toBe(5);
    expect(await items.first().textContent()).toContain('China Mobile: tariff Mass price-sensitive to 0.95 from month 9 (loss seen at month 7)');
    // Every time panel of the subscribers chart marks the five responses.
    const subscribers = page.locator('.chart-grid > *').first();
    expect(await subscribers.locator('.response-marks .mark').count()).toBe(5);

    // The rules are levers of the Operators tab; China Mobile's is removed and the run repeats.
    await page.getByRole('tab', { name: /edit scenario/i }).click();
    const editor = page.getByRole('region', { name: 'Scenario editor' });
    await editor.getByRole('tab', { name: 'Operators' }).click();
    const rules = editor.locator('section.responses');
    await expect.poll(() => rules.getByRole('spinbutton', { name: /^Floor/ }).inputValue()).toBe('0.85');
    // The rule's form and the timeline's response markers pass axe-core.
    await injectAxe(page);
    expect(await severeViolations(page)).toEqual([]);
    await editor.getByRole('tab', { name: 'Events' }).click();
    expect(await editor.locator('g.response').count()).toBe(5);
    expect(await severeViolations(page)).toEqual([]);
    await editor.getByRole('tab', { name: 'Operators' }).click();
    await rules.getByRole('button', { name: 'Remove response rule 1' }).click();
    await page.getByRole('tab', { name: 'Results' }).click();
    // Without China Mobile's answer China Unicom keeps its gain and never needs to answer either.
    await expect.poll(() => list.count(), { timeout: 60_000 }).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('words the responses in Chinese', async () => {
    const { page, errors } = await openApp(app.browser, `${app.url}?lang=zh-CN`);
    await page.getByLabel('案例').selectOption('price-war');
    const summary = page.locator('details.responses summary');
    await expect.poll(() => summary.textContent(), { timeout: 60_000 }).toBe('上次运行中触发的应对 (5)');
    expect(await page.locator('details.responses li').first().textContent()).toContain('中国移动：从第9个月起');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
