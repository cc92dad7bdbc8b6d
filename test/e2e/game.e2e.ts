/**
 * A class game as a lecturer runs it: three teams, four rounds, a reload in the middle, a decision
 * file with a bad value refused while the game goes on, a ranking at the end, and the game log
 * replayed to the same figures.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, serveApp } from './harness.ts';

const app = serveApp();
/** Each round re-simulates the case from month 0 on two shared cores: give it time. */
const WAIT = { timeout: 60_000 };

async function decide(page: Page, team: string, tariff?: number) {
  await page.getByRole('button', { name: `Enter ${team}’s decision` }).click();
  await page.getByRole('button', { name: `I am ${team}: show our decision` }).click();
  const form = page.getByTestId('decision-form');
  if (tariff !== undefined) await form.locator('[data-lever="pricing.tariffIndex"]').fill(String(tariff));
  await form.getByRole('button', { name: 'Save the decision and hide it' }).click();
  await form.waitFor({ state: 'detached' });
}

async function play(page: Page, round: number) {
  await page.getByTestId('game-play').click();
  const next = round === 4 ? 'The game is over.' : `Round ${round + 1} of 4`;
  await expect.poll(() => page.getByTestId('game-round').textContent(), WAIT).toContain(next);
}

describe('class game', () => {
  it('plays three teams over four rounds with a reload, refuses a bad decision file and replays its log', async () => {
    const { page, errors } = await openApp(app.browser, `${app.url}?lang=en#game`);
    await page.getByTestId('game-rounds').fill('4');
    await page.getByRole('button', { name: 'Add a team' }).click();
    await page.getByTestId('game-start').click();
    await expect.poll(() => page.getByTestId('game-round').textContent(), WAIT).toContain('Round 1 of 4');

    for (const round of [1, 2]) {
      await decide(page, 'A');
      await decide(page, 'B', round === 1 ? 0.9 : undefined);
      await decide(page, 'C');
      await play(page, round);
    }
    await page.getByRole('button', { name: 'Show B’s report' }).click();
    const shareAfter2 = await page.getByTestId('report-share').textContent();

    // A reload in the middle: the game is saved in the browser and resumes with its reports.
    await page.reload();
    await page.getByRole('button', { name: /round 2 of 4 played/ }).click();
    await expect.poll(() => page.getByTestId('game-round').textContent(), WAIT).toContain('Round 3 of 4');
    await page.getByRole('button', { name: 'Show B’s report' }).click();
    expect(await page.getByTestId('report-share').textContent()).toBe(shareAfter2);

    // A decision file with a value out of range is refused by name; the round is still open.
    const gameId = await page.evaluate(async () => {
      const open = indexedDB.open('telecom-workbench-games');
      const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
      const all = await new Promise<{ id: string }[]>((resolve) => {
        const request = db.transaction('games').objectStore('games').getAll();
        request.onsuccess = () => resolve(request.result);
      });
      return all[0].id;
    });
    const values = { 'pricing.tariffIndex': 1, 'crm.budgetShare': 0.9, 'acquisition.monthlyBudget': 0, 'service.level': 0.6, 'contracts.handsetSubsidy': 0 };
    const file = { format: 'telecom-workbench-decision', gameId, round: 3, team: 'C', values };
    await page.locator('input[type=file][multiple]').setInputFiles({ name: 'c.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect
      .poll(() => page.getByRole('alert').allTextContents(), WAIT)
      .toEqual([expect.stringMatching(/Decision file refused: Retention budget is 0\.9; it must be from 0 to 0\.1/)]);
    expect(await page.locator('[data-testid=game-team][data-decided=true]').count()).toBe(0);
    // The same file with a good value is taken.
    await page.locator('input[type=file][multiple]').setInputFiles({
      name: 'c.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...file, values: { ...values, 'crm.budgetShare': 0.02 } })),
    });
    await expect.poll(() => page.locator('[data-testid=game-team][data-decided=true]').count(), WAIT).toBe(1);

    await decide(page, 'A');
    await decide(page, 'B');
    await play(page, 3);
    for (const team of ['A', 'B', 'C']) await decide(page, team);
    await play(page, 4);
    await expect.poll(() => page.locator('[data-testid=game-ranking] tbody tr').count(), WAIT).toBe(3);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export the game log' }).click();
    const log = await readFile(await (await download).path());
    await page.getByRole('button', { name: 'Close the game' }).click();
    await page.getByLabel('Replay a game log').setInputFiles({ name: 'log.json', mimeType: 'application/json', buffer: log });
    await expect
      .poll(() => page.getByRole('status').allTextContents(), WAIT)
      .toContainEqual(expect.stringContaining('Replayed 4 rounds: every figure is the same as in the log.'));
    expect(errors).toEqual([]);
    await page.close();
  });
});
