/**
 * A backup of saved work carried to another browser: save a scenario and a run, export the backup,
 * open a fresh browser context (empty storage), import it, and both are back and open; importing it
 * again adds nothing; a damaged file is refused with the place of the problem and changes nothing.
 * Saved work also says how much it stores and whether the browser keeps it.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { serveApp, watchErrors } from './harness.ts';

const app = serveApp();
const DEFAULT_TITLE = 'A three-operator market: the 80/20 rule';

async function openSavedWork(context: BrowserContext): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  await page.waitForSelector('[data-testid=status][data-phase=done]', { timeout: 60_000 });
  await page.getByRole('tab', { name: 'Saved work & files' }).click();
  await page.getByRole('button', { name: 'Save scenario' }).and(page.locator(':enabled')).waitFor();
  return { page, errors };
}

const names = (page: Page, list: 'Saved scenarios' | 'Saved runs') => page.getByRole('list', { name: list }).locator('.name').allTextContents();

describe('backup of saved work', () => {
  it('exports a scenario and a run, imports them into an empty browser, and refuses a damaged file', async () => {
    const source = await app.browser.newContext({ acceptDownloads: true });
    const { page, errors } = await openSavedWork(source);
    await expect.poll(() => page.getByTestId('storage-usage').textContent()).toMatch(/^This app uses .+ of the .+ this browser allows/);
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await page.getByRole('button', { name: 'Save run' }).click();
    await expect.poll(() => names(page, 'Saved runs')).toHaveLength(1);
    const runName = (await names(page, 'Saved runs'))[0];
    expect(await names(page, 'Saved scenarios')).toEqual([DEFAULT_TITLE]);
    // Once something is saved the line says whether the browser keeps it for sure.
    await expect.poll(() => page.getByTestId('storage-usage').textContent()).toMatch(/Kept until you delete it\.|The browser may clear it/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export backup (.json)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^workbench-backup-\d{4}-\d\d-\d\d\.json$/);
    const backup = await readFile((await download.path())!);
    await page.getByText('Exported a backup of 1 scenario and 1 run.').waitFor();
    expect(errors).toEqual([]);
    await source.close();

    // Another computer: nothing saved until the backup comes in.
    const target = await app.browser.newContext();
    const other = await openSavedWork(target);
    const backupInput = other.page.getByLabel('Import backup…', { exact: true }).and(other.page.locator('input[type=file]'));
    expect(await names(other.page, 'Saved scenarios')).toEqual([]);

    // A damaged backup first: refused, naming the place, and nothing changes.
    const damaged = JSON.parse(backup.toString('utf8'));
    damaged.runs[0].data = damaged.runs[0].data.slice(0, 64);
    await backupInput.setInputFiles({ name: 'damaged.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(damaged)) });
    await other.page.getByText(/Could not import “damaged\.json”: runs\[0\]\.data does not hold as many numbers.*Nothing was changed\./).waitFor();
    expect(await names(other.page, 'Saved runs')).toEqual([]);

    await backupInput.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
    await other.page.getByText('Imported “backup.json”: 1 scenario and 1 run added.').waitFor();
    expect(await names(other.page, 'Saved scenarios')).toEqual([DEFAULT_TITLE]);
    expect(await names(other.page, 'Saved runs')).toEqual([runName]);

    // The same backup again, given where scenario files go (as a dropped file would be): it is taken
    // as a backup, and adds nothing.
    const scenarioInput = other.page.getByLabel('Import scenario file…', { exact: true }).and(other.page.locator('input[type=file]'));
    await scenarioInput.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
    await other.page.getByText(/0 scenarios and 0 runs added; 2 records were already here/).waitFor();
    expect(await names(other.page, 'Saved runs')).toEqual([runName]);

    // Both open: the run comes back on screen, and the scenario too.
    await other.page.getByRole('button', { name: `Open “${runName}”` }).click();
    await other.page.getByText(`Showing the saved run “${runName}”`, { exact: false }).waitFor();
    await other.page.getByRole('button', { name: `Open “${DEFAULT_TITLE}”` }).click();
    await other.page.getByText(`Opened “${DEFAULT_TITLE}”.`).waitFor();
    expect(other.errors).toEqual([]);
    await target.close();
  });
});
