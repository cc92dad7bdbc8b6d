/**
 * The quiz and the glossary as a lecturer's link opens them: a preset's questions marked as the
 * trainee answers, "see it happen" leading to the case and its chart, and the glossary reached
 * from a chart's title, in both languages and in a fresh browser with nothing saved.
 */
import { describe, expect, it } from 'vitest';
import { openApp, serveApp } from './harness.ts';

const app = serveApp();
/** Runs share two cores with the workbench's own run: give them time. */
const WAIT = { timeout: 30_000 };

describe('quiz', () => {
  it('marks answers to a case’s questions and leads to the chart that shows the answer', async () => {
    const { page, errors } = await openApp(app.browser, `${app.url}?lang=en#quiz=churn-early-warning`);
    const score = page.getByTestId('quiz-score');
    await expect.poll(() => score.textContent(), WAIT).toMatch(/^0 right of 0 answered \(\d+ questions\)$/);

    const q36 = page.locator('[data-testid="quiz-question"][data-id="Q36"]');
    await q36.getByLabel('True').check();
    await q36.getByRole('button', { name: 'Check' }).click();
    await expect.poll(() => q36.getByTestId('quiz-verdict').textContent(), WAIT).toContain('Right');

    // A text question is marked by the trainee after reading the model answer.
    const q5 = page.locator('[data-testid="quiz-question"][data-id="Q5"]');
    await q5.getByRole('button', { name: 'Show the model answer' }).click();
    await q5.getByRole('button', { name: 'I missed it' }).click();
    await expect.poll(() => score.textContent(), WAIT).toMatch(/^1 right of 2 answered/);

    await q36.getByTestId('quiz-see').click();
    await page.getByTestId('teaching-page').waitFor({ state: 'detached' });
    await expect.poll(() => page.locator('h1').textContent(), WAIT).toMatch(/early warning/i);
    expect(new URL(page.url()).hash).toBe('');
    await page.locator('#view-churn').waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens in Chinese with ?lang=zh-CN and returns to the workbench with Escape', async () => {
    const { page, errors } = await openApp(app.browser, `${app.url}?lang=zh-CN#quiz`);
    await expect.poll(() => page.locator('#teaching-heading').textContent(), WAIT).toBe('测验：课程题库');
    const q1 = page.locator('[data-testid="quiz-question"][data-id="Q1"]');
    await q1.getByLabel('A. 客户的参与').check();
    await q1.getByRole('button', { name: '判分' }).click();
    await expect.poll(() => q1.getByTestId('quiz-verdict').textContent(), WAIT).toContain('正确答案是 D');
    await page.keyboard.press('Escape');
    await page.getByTestId('teaching-page').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('glossary', () => {
  it('is reached from a chart’s title and finds terms in either language', async () => {
    const { page, errors } = await openApp(app.browser, `${app.url}?lang=en`);
    await page.locator('#view-churn a.term').click();
    await page.getByTestId('teaching-page').waitFor();
    expect(new URL(page.url()).hash).toBe('#glossary=churn');
    await expect.poll(() => page.locator('#term-churn dt').textContent(), WAIT).toContain('离网率');
    await page.getByTestId('glossary-search').fill('携号');
    await expect.poll(() => page.getByTestId('glossary-term').allTextContents(), WAIT).toEqual([expect.stringContaining('Number portability')]);
    await page.getByRole('button', { name: 'Back to the workbench' }).click();
    await page.getByTestId('teaching-page').waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });
});
