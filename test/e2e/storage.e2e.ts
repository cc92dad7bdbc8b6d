/**
 * Saved work, files and links in Chromium: save and find after reload, export and re-import a file,
 * a bad file changes nothing, a share link opens the same scenario in a fresh browser, and denied or
 * full storage shows the message while the app keeps working in memory.
 *
 * Needs the shell to mount <SavedWork>, render notices, and start with initialScenario() and
 * startAutosave() (the lead wires these into App.svelte); it finds everything by role and label.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { ScenarioInput } from '../../src/engine/schema.ts';
import { shareHash } from '../../src/lib/files/shareLink.ts';
import { AUTOSAVE_KEY } from '../../src/lib/storage/autosave.ts';
import { AUTO_RUN_DEBOUNCE_MS } from '../../src/lib/workbench/rerun.ts';
import { injectAxe, serveApp, watchErrors } from './harness.ts';

const app = serveApp();

const DEFAULT_TITLE = JSON.parse(await readFile(new URL('../../scenarios/default.json', import.meta.url), 'utf8')).title.en as string;

async function openApp(context: BrowserContext, at = app.url): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(at);
  await showSavedWork(page);
  return { page, errors };
}

/** Saved work lives in its own tab of the workbench. */
async function showSavedWork(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Saved work & files' }).click();
  await page.getByRole('button', { name: 'Save scenario' }).and(page.locator(':enabled')).waitFor();
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await showSavedWork(page);
}

const savedScenarios = (page: Page) => page.getByRole('list', { name: 'Saved scenarios' }).getByRole('listitem');

/** Saves the scenario on screen and returns the names in the saved-scenarios list. */
async function saveAndList(page: Page): Promise<string[]> {
  const before = await savedScenarios(page).count();
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await expect.poll(() => savedScenarios(page).count()).toBe(before + 1);
  return savedScenarios(page).locator('.name').allTextContents();
}

describe('saved work', () => {
  it('saves a scenario, finds it after a reload, renames it with the keyboard, deletes it and undoes', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, errors } = await openApp(context);
    expect(await saveAndList(page)).toEqual([DEFAULT_TITLE]);
    await reload(page);
    await page.getByRole('button', { name: `Open “${DEFAULT_TITLE}”` }).waitFor();
    expect(await savedScenarios(page).locator('.name').allTextContents()).toEqual([DEFAULT_TITLE]);

    await page.getByRole('button', { name: `Rename “${DEFAULT_TITLE}”` }).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Lecture 3 — before the price war');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Open “Lecture 3 — before the price war”' }).waitFor();
    // Focus went back to the item's Rename button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Rename “Lecture 3 — before the price war”');

    await page.getByRole('button', { name: 'Delete “Lecture 3 — before the price war”' }).click();
    await expect.poll(() => savedScenarios(page).count()).toBe(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('button', { name: 'Open “Lecture 3 — before the price war”' }).waitFor();
    await reload(page);
    await page.getByRole('button', { name: 'Open “Lecture 3 — before the price war”' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports the scenario as a file and re-imports it; a bad file changes nothing; the import survives a reload', async () => {
    const context = await app.browser.newContext({ acceptDownloads: true });
    const { page, errors } = await openApp(context);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export scenario (.json)' }).click()]);
    expect(download.suggestedFilename()).toBe('default.json');
    const text = await readFile((await download.path())!, 'utf8');
    const exported = JSON.parse(text) as ScenarioInput;
    expect(exported.title.en).toBe(DEFAULT_TITLE);
    expect(text).toContain('\n  "schemaVersion": 3,');

    // A file from a newer workbench: a message naming the problem, and the scenario is unchanged.
    const fileInput = page.getByLabel('Import scenario file…', { exact: true }).and(page.locator('input[type=file]'));
    await fileInput.setInputFiles({
      name: 'future.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...exported, schemaVersion: 99 })),
    });
    await page.getByText(/Could not open “future\.json”: it was made by a newer version of the workbench/).waitFor();
    await fileInput.setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('x'.repeat(3 * 1024 * 1024)) });
    await page.getByText(/Could not open “junk\.json”: it is 3\.0 MB, larger than the limit/).waitFor();
    const broken = structuredClone(exported) as unknown as { operators: { brand: number }[] };
    broken.operators[1].brand = 7;
    await fileInput.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    await page.getByText(/operators\[1\]\.brand: expected a number ≤ 1, got 7/).waitFor();
    expect(await saveAndList(page)).toEqual([DEFAULT_TITLE]);

    // The exported file, with a title holding markup: it opens, and the title is only ever text.
    const edited = { ...exported, title: { en: 'Imported <img src=x onerror="window.__pwned=1"> case', 'zh-CN': '导入的案例' } };
    await fileInput.setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited, null, 2)) });
    await page.getByText('Opened the file “edited.json”', { exact: false }).waitFor();
    const names = await saveAndList(page);
    expect(names[0]).toBe(edited.title.en);
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // The imported draft is kept across a reload (autosave): once it is written, reload.
    await page.waitForFunction(
      ([key, title]) => (JSON.parse(localStorage.getItem(key) ?? 'null') as { input?: ScenarioInput } | null)?.input?.title.en === title,
      [AUTOSAVE_KEY, edited.title.en] as const,
    );
    await reload(page);
    await page.getByRole('button', { name: 'Save scenario' }).and(page.locator(':enabled')).waitFor();
    const afterReload = await saveAndList(page);
    expect(afterReload[0]).toBe(edited.title.en);

    // Opening the scenario saved first puts it back on screen.
    await page.getByRole('button', { name: `Open “${DEFAULT_TITLE}”` }).click();
    await page.getByText(`Opened “${DEFAULT_TITLE}”.`).waitFor();
    expect(await saveAndList(page)).toEqual([DEFAULT_TITLE, edited.title.en, edited.title.en, DEFAULT_TITLE]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a share link opens the same scenario in a fresh browser context, and a bad one says why', async () => {
    const shared = JSON.parse(await readFile(new URL('../../scenarios/default.json', import.meta.url), 'utf8')) as ScenarioInput;
    shared.title = { en: 'Shared from the lecture <b>hall</b>', 'zh-CN': '课堂分享' };
    const link = `${app.url}${await shareHash(shared)}`;
    const fresh = await app.browser.newContext();
    const { page, errors } = await openApp(fresh, link);
    expect(await saveAndList(page)).toEqual(['Shared from the lecture <b>hall</b>']);
    expect(new URL(page.url()).hash).toBe(''); // a reload brings back later edits, not the link

    // The Copy share link button: the copied link opens the same scenario elsewhere.
    await fresh.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await page.getByText(/Share link copied \([\d,]+ characters\)/).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/#s=[A-Za-z0-9_-]+$/);
    const other = await app.browser.newContext();
    const second = await openApp(other, copied);
    expect(await saveAndList(second.page)).toEqual(['Shared from the lecture <b>hall</b>']);

    const bad = await openApp(other, `${app.url}${(await shareHash(shared)).slice(0, 60)}`);
    await bad.page.getByText(/The share link could not be opened: the link is (cut short|not complete)/).waitFor();
    expect([...errors, ...second.errors, ...bad.errors]).toEqual([]);
    await fresh.close();
    await other.close();
  });

  it('saves the finished run, exports it as result JSON and CSV, and shows it again after a reload', async () => {
    const context = await app.browser.newContext({ acceptDownloads: true });
    const { page, errors } = await openApp(context);
    await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Save run' }).click();
    const runs = page.getByRole('list', { name: 'Saved runs' }).getByRole('listitem');
    await expect.poll(() => runs.count()).toBe(1);
    expect(await runs.locator('.name').textContent()).toMatch(
      new RegExp(`^${DEFAULT_TITLE.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} · seed \\d+ · [\\d,]+ customers$`),
    );

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export run (.csv)' }).click()]);
    const lines = (await readFile((await csv.path())!, 'utf8')).trimEnd().split('\r\n');
    expect(lines[0].startsWith('month,operator,subscribers,grossAdds,churned,churnRate')).toBe(true);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export run (result .json)' }).click()]);
    const result = JSON.parse(await readFile((await json.path())!, 'utf8'));
    expect(result.schemaVersion).toBe(1);
    expect(lines.length - 1).toBe(result.monthly.length * result.operators.length);
    expect(Number(lines.at(-1)!.split(',')[0])).toBe(result.months);

    await reload(page);
    const open = page.getByRole('button', { name: /^Open “.* · seed/ });
    await open.waitFor();
    await open.click();
    await page.getByText(/Showing the saved run/).waitFor();
    expect(await page.getAttribute('[data-testid=status]', 'data-phase')).toBe('done');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opening a saved run of another scenario loads that scenario too, and no re-run replaces the run shown', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const { page, errors } = await openApp(context);
    await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Save run' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Saved runs' }).getByRole('listitem').count()).toBe(1);

    // Another scenario on screen: a different seed, which re-runs by itself.
    const seed = page.getByRole('spinbutton', { name: 'Seed' });
    const savedSeed = await seed.inputValue();
    await seed.fill(String(Number(savedSeed) + 6));
    await page.waitForSelector('[data-testid=status][data-phase=running], [data-testid=status][data-phase=starting]', { timeout: 10_000 }).catch(() => {});
    await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 90_000 });

    await page.evaluate(() => {
      const status = document.querySelector('[data-testid=status]')!;
      const phases: string[] = [];
      (window as unknown as { __phasesAfterOpen: string[] }).__phasesAfterOpen = phases;
      new MutationObserver(() => phases.push(status.getAttribute('data-phase') ?? '')).observe(status, { attributes: true, attributeFilter: ['data-phase'] });
    });
    await page.getByRole('button', { name: /^Open “.* · seed/ }).click();
    await page.getByText(/Showing the saved run/).waitFor();
    // Nothing may start and replace the saved run. An auto re-run would be due AUTO_RUN_DEBOUNCE_MS
    // after the run was opened; a page timer set now, for longer, fires after it would have started.
    await page.evaluate((ms) => new Promise((resolve) => setTimeout(resolve, ms)), AUTO_RUN_DEBOUNCE_MS + 50);
    expect(await page.evaluate(() => (window as unknown as { __phasesAfterOpen: string[] }).__phasesAfterOpen.filter((p) => p !== 'done'))).toEqual([]);
    expect(await page.getAttribute('[data-testid=status]', 'data-phase')).toBe('done');
    // The levers and fields show the scenario that made the run.
    expect(await seed.inputValue()).toBe(savedSeed);
    expect(await page.locator('[data-testid=stale]').count()).toBe(0);
    // The run was of the unchanged preset: no lever is marked as changed (not even the defaults
    // that validation filled in and the saved run keeps).
    expect(await page.locator('[data-differs=true]').count()).toBe(0);
    // One undo step brings back what was on screen before.
    await page.getByRole('tab', { name: 'Edit scenario' }).click();
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await seed.inputValue()).toBe(String(Number(savedSeed) + 6));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('denied storage: a clear message, and saving still works in this tab', async () => {
    const context = await app.browser.newContext();
    await context.addInitScript(() => {
      const deny = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Object.defineProperty(window, 'indexedDB', { configurable: true, get: deny });
      Object.defineProperty(window, 'localStorage', { configurable: true, get: deny });
    });
    const { page, errors } = await openApp(context);
    const banner = page.getByTestId('storage-problem');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('kept in this tab only');
    expect(await saveAndList(page)).toEqual([DEFAULT_TITLE]);

    // The panel with a banner, a saved item and a rename field open has no serious axe findings.
    await page.getByRole('button', { name: `Rename “${DEFAULT_TITLE}”` }).click();
    await injectAxe(page);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: { include: string[][] }) => Promise<{ violations: { id: string; impact?: string }[] }> } }).axe;
      const result = await axe.run({ include: [['.saved-work']] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a full disk: the message, and the scenario being saved is not lost', async () => {
    const context = await app.browser.newContext();
    await context.addInitScript(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const { page, errors } = await openApp(context);
    expect(await saveAndList(page)).toEqual([DEFAULT_TITLE]);
    await page.getByTestId('storage-problem').and(page.locator('[data-kind=full]')).waitFor();
    expect(await page.getByTestId('storage-problem').textContent()).toContain('The disk is full');
    expect(errors).toEqual([]);
    await context.close();
  });
  it('opens a preset, edits a lever, saves, reloads and finds the edited scenario', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(app.url);
    await page.getByLabel('Case').selectOption('key-account-defence');
    const panel = page.getByRole('region', { name: 'Strategy of China Mobile' });
    const discount = panel.getByRole('spinbutton', { name: /^Key-account discount/ });
    await expect.poll(() => discount.inputValue()).toBe('5');
    await discount.fill('12');
    await discount.press('Enter');
    await expect.poll(() => panel.locator('[data-field="pricing.keyAccountDiscount"]').getAttribute('data-differs')).toBe('true');

    await showSavedWork(page);
    const title = 'Defending group key accounts against a price attack';
    expect(await saveAndList(page)).toEqual([title]);
    // Back to another preset, then reload: the saved scenario is still listed and opens with the edit.
    await page.getByLabel('Case').selectOption('default');
    await reload(page);
    await page.getByRole('button', { name: `Open “${title}”` }).click();
    await expect.poll(() => page.getByLabel('Case').inputValue()).toBe('key-account-defence');
    await expect.poll(() => discount.inputValue()).toBe('12');
    expect(errors).toEqual([]);
    await context.close();
  });
});
