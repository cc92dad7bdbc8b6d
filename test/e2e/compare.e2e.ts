/**
 * A preset's variant comparison as a trainee opens it: acquire-vs-retain from the case picker, its
 * variant's Compare in About this case, the policy-economics table read off the screen (the course's
 * lesson: a saved customer costs less than an extra gross add), then the study saved and opened
 * again without re-running, and a damaged study refused with nothing lost.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, serveApp } from './harness.ts';

const app = serveApp();

/** "¥1,193" or "1,193 元" → 1193; NaN for "–". */
async function money(page: Page, figure: string): Promise<number> {
  const text = await page.locator(`[data-testid=compare-economics] tr[data-figure=${figure}] td .value`).first().innerText();
  const digits = text.replace(/[^\d.-]/g, '');
  return digits ? Number(digits) : NaN;
}

describe('comparing a preset with its variant', () => {
  it('opens from About this case, reads the policy economics, and saves and reopens the study', async () => {
    const { page, errors } = await openApp(app.browser, `${app.url}?lang=en`);
    await page.selectOption('.preset select', 'acquire-vs-retain');
    await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 120_000 });

    // Fewer replications than the default keep the test short on a small machine; the view keeps the count.
    // A pinned run is offered as a side, by its scenario.
    await page.getByRole('button', { name: 'Pin as baseline' }).click();
    await page.getByRole('tab', { name: 'Analysis' }).click();
    expect(await page.locator('[data-testid=compare-baseline] option[value=pinned]').innerText()).toMatch(/^Pinned baseline: Acquire or retain/);
    await page.fill('[data-testid=compare-replications]', '3');
    await page.press('[data-testid=compare-replications]', 'Tab');
    await page.getByRole('tab', { name: 'Results' }).click();

    await page.click('details.about summary');
    await page.click('[data-testid=about-compare-all-acquisition]');
    expect(await page.getByRole('tab', { name: 'Compare' }).getAttribute('aria-selected')).toBe('true');
    await page.waitForSelector('[data-testid=compare-result]', { timeout: 240_000 });

    const runs = await page.innerText('[data-testid=compare-runs]');
    expect(runs).toContain('3 paired replications');
    expect(runs).toMatch(/narrower/);
    const changes = await page.innerText('[data-testid=compare-changes]');
    expect(changes).toContain('China Mobile › CRM and retention › Retention budget');

    const perSaved = await money(page, 'costPerSavedCustomer');
    const perAdd = await money(page, 'costPerExtraGrossAdd');
    expect(Number.isFinite(perSaved) && perSaved > 0).toBe(true);
    expect(Number.isFinite(perAdd) && perAdd > 0).toBe(true);
    // The lesson of the case: keeping a customer is cheaper than winning an extra one.
    expect(perSaved).toBeLessThan(perAdd);
    expect(await page.innerText('[data-testid=compare-reading]')).toMatch(/Each customer saved cost .+; each extra gross add cost .+\./);
    console.log(`acquire-vs-retain, 3 replications: ${perSaved} RMB per saved customer, ${perAdd} RMB per extra gross add`);

    const [effects] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=compare-export-effects]')]);
    expect(effects.suggestedFilename()).toBe('acquire-vs-retain-comparison-effects.csv');
    const effectsRows = (await readFile((await effects.path())!, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(effectsRows[0]).toBe('variant,operator,metric,when,replications,baseline,variant_value,delta,delta_pct,ci95_lo,ci95_hi');
    expect(effectsRows.some((row) => row.startsWith('variant:all-acquisition,mobile,profit,overRun,3,'))).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=compare-export-study]')]);
    expect(download.suggestedFilename()).toBe('acquire-vs-retain-comparison-study.json');
    const study = await readFile((await download.path())!, 'utf8');
    expect(JSON.parse(study)).toMatchObject({ kind: 'study', replications: 3, seeds: [1, 2, 3] });

    // A damaged study is refused by its field, and the comparison on screen stays.
    const broken = JSON.parse(study);
    broken.results[0].comparison.operators[0].economics.costPerExtraGrossAdd = 'cheap';
    await page.setInputFiles('[data-testid=compare-open-study]', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    const refusal = await page.innerText('[data-testid=compare-study-message]');
    expect(refusal).toContain('broken.json');
    expect(refusal).toContain('results.0.comparison.operators.0.economics.costPerExtraGrossAdd');
    expect(await money(page, 'costPerExtraGrossAdd')).toBe(perAdd);

    // Another case is opened, then the study: it brings its scenario back and shows its results as they were, without a run.
    await page.getByRole('tab', { name: 'Results' }).click();
    await page.selectOption('.preset select', 'default');
    await page.getByRole('tab', { name: 'Analysis' }).click();
    await page.setInputFiles('[data-testid=compare-open-study]', { name: 'study.json', mimeType: 'application/json', buffer: Buffer.from(study) });
    expect(await page.innerText('[data-testid=compare-study-message]')).toContain('Opened the study study.json');
    expect(await page.$('[data-testid=batch-progress]')).toBeNull();
    expect(await page.inputValue('.preset select')).toBe('acquire-vs-retain');
    expect(await page.innerText('[data-testid=compare-runs]')).toBe(runs);
    expect(await money(page, 'costPerSavedCustomer')).toBe(perSaved);
    expect(await money(page, 'costPerExtraGrossAdd')).toBe(perAdd);
    expect(await page.$('[data-testid=compare-stale]')).toBeNull();
    expect(await page.isChecked('[data-testid="compare-variant-variant:all-acquisition"]')).toBe(true);
    expect(await page.innerText('[data-testid=compare-run]')).toBe('Run again');

    expect(errors).toEqual([]);
    await page.close();
  }, 400_000);
});
