/**
 * User paths of the strategy panels and the scenario editor: change a lever and see the
 * "differs from the preset" marker, type an invalid value and see the schema's message at the
 * field, undo/redo with the buttons and the keyboard, reset, add an operator as one undo step,
 * and a raw JSON edit with a syntax error that names line and column and keeps the form state.
 *
 * Written against roles and labels only: the editor is the region named "Scenario editor" and each
 * panel the region "Strategy of <operator>". If the shell shows the editor behind a control, the
 * test opens it through a button, tab or link whose name mentions editing the scenario.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { injectAxe, openApp, serveApp } from './harness.ts';

const app = serveApp();
const open = () => openApp(app.browser, app.url);

/** The app with the scenario editor shown, at its tab `tab` if given. */
async function openEditor(tab?: string): Promise<{ page: Page; errors: string[]; editor: Locator }> {
  const { page, errors } = await open();
  const editor = page.getByRole('region', { name: 'Scenario editor' });
  if (!(await editor.isVisible())) {
    await page
      .getByRole('button', { name: /scenario editor|edit scenario|edit/i })
      .or(page.getByRole('tab', { name: /editor|edit/i }))
      .first()
      .click();
  }
  await editor.waitFor();
  if (tab) await editor.getByRole('tab', { name: tab }).click();
  return { page, errors, editor };
}

/** The value shown by the field whose row carries `data-field=key` (first input). */
const fieldInput = (scope: Locator, key: string) => scope.locator(`[data-field="${key}"] input`).first();

async function commit(input: Locator, text: string) {
  await input.fill(text);
  await input.press('Enter');
}

describe('scenario editor', () => {
  it('edits a lever with markers, inline errors, undo/redo and reset', async () => {
    const { page, errors, editor } = await openEditor('Operators');
    await editor.getByRole('button', { name: 'China Unicom' }).click();

    const tariff = editor.getByRole('spinbutton', { name: /^Tariff index/ });
    const row = editor.locator('[data-field="pricing.tariffIndex"]');
    expect(await tariff.inputValue()).toBe('0.95');
    expect(await row.getAttribute('data-differs')).toBeNull();

    await commit(tariff, '0.8');
    await expect.poll(() => row.getAttribute('data-differs')).toBe('true');
    expect(await editor.getByRole('button', { name: 'Reset Tariff index to the preset' }).isVisible()).toBe(true);
    expect(await editor.getByTestId('editor-status').getAttribute('data-valid')).toBe('true');

    // An invalid value: the schema's message at the field, the input marked, the draft invalid.
    await commit(tariff, '-3');
    await expect.poll(() => row.locator('.issue').first().textContent()).toContain('expected a number ≥ 0.1, got -3');
    expect(await tariff.getAttribute('aria-invalid')).toBe('true');
    expect(await editor.getByTestId('editor-status').getAttribute('data-valid')).toBe('false');

    // Undo (button) back to 0.8, undo (Ctrl+Z) back to the preset, redo (Ctrl+Shift+Z) to 0.8.
    await editor.getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => tariff.inputValue()).toBe('0.8');
    expect(await row.locator('.issue').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => tariff.inputValue()).toBe('0.95');
    expect(await row.getAttribute('data-differs')).toBeNull();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => tariff.inputValue()).toBe('0.8');

    // Reset the one field to the preset.
    await editor.getByRole('button', { name: 'Reset Tariff index to the preset' }).click();
    await expect.poll(() => tariff.inputValue()).toBe('0.95');
    expect(await row.getAttribute('data-differs')).toBeNull();

    expect(errors).toEqual([]);
    await page.close();
  });

  it('adds an operator as one valid undo step', async () => {
    const { page, errors, editor } = await openEditor('Operators');
    const picker = editor.getByRole('group', { name: 'Operators' });
    const before = await picker.getByRole('button').count();
    await editor.getByRole('button', { name: '+ Add operator' }).click();
    await expect.poll(() => picker.getByRole('button').count()).toBe(before + 1);
    expect(await editor.getByTestId('editor-status').getAttribute('data-valid')).toBe('true');
    expect(await editor.getByRole('button', { name: 'Operator 4', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await editor.getByRole('button', { name: /Undo/ }).click();
    await expect.poll(() => picker.getByRole('button').count()).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('events: a timeline marker moves its event with the arrow keys; adding an event adds a marker', async () => {
    const { page, errors, editor } = await openEditor('Events');
    const timeline = editor.getByRole('group', { name: 'Timeline of events' });
    const markers = timeline.getByRole('button');
    const count = await markers.count();
    expect(count).toBeGreaterThan(0);
    const month = editor.locator('li.event').first().locator('[data-field="month"] input');
    const before = Number(await month.inputValue());
    await markers.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => month.inputValue()).toBe(String(before + 1));
    await editor.getByRole('button', { name: '+ Add event' }).click();
    await expect.poll(() => markers.count()).toBe(count + 1);
    expect(await editor.getByTestId('editor-status').getAttribute('data-valid')).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('raw JSON: a syntax error names line and column and changes nothing; valid JSON applies', async () => {
    // A form edit first, which the broken JSON must not undo.
    const { page, errors, editor } = await openEditor('Market');
    await commit(editor.getByRole('spinbutton', { name: /^Months/ }), '48');

    await editor.getByRole('tab', { name: 'JSON' }).click();
    const text = editor.getByRole('textbox', { name: 'Scenario as JSON' });
    const json = await text.inputValue();
    expect(JSON.parse(json).market.months).toBe(48);
    const lines = json.split('\n');
    const line = lines.findIndex((l) => l.includes('"customers"'));
    lines[line] = lines[line].replace('"customers":', '"customers" 5000,');
    await text.fill(lines.join('\n'));
    await editor.getByRole('button', { name: 'Apply JSON' }).click();
    const message = editor.getByTestId('json-message');
    await expect.poll(() => message.textContent()).toMatch(new RegExp(`line ${line + 1}, column \\d+`));
    expect(await message.textContent()).toContain('Nothing was changed');

    // The form still has the edit, and the broken text is still there to fix.
    await editor.getByRole('tab', { name: 'Market' }).click();
    expect(await editor.getByRole('spinbutton', { name: /^Months/ }).inputValue()).toBe('48');
    await editor.getByRole('tab', { name: 'JSON' }).click();
    expect(await text.inputValue()).toContain('"customers" 5000,');

    // A valid edit applies and shows in the form; a schema problem shows at the field.
    const fixed = JSON.parse(json);
    fixed.market.customers = 5000;
    fixed.market.seed = -1;
    await text.fill(JSON.stringify(fixed, null, 2));
    await editor.getByRole('button', { name: 'Apply JSON' }).click();
    await editor.getByRole('tab', { name: 'Market' }).click();
    expect(await editor.getByRole('spinbutton', { name: /^Customers/ }).inputValue()).toBe('5000');
    expect(await fieldInput(editor, 'seed').getAttribute('aria-invalid')).toBe('true');
    expect(await editor.getByTestId('editor-status').getAttribute('data-valid')).toBe('false');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('misspelt fields', () => {
  it('raw JSON with a misspelt lever is refused by name with the field it meant, in both languages', async () => {
    const { page, errors, editor } = await openEditor('JSON');
    const text = editor.getByRole('textbox', { name: 'Scenario as JSON' });
    const doc = JSON.parse(await text.inputValue());
    doc.operators[0].pricing = { ...doc.operators[0].pricing, tarifIndex: 1.5 };
    await text.fill(JSON.stringify(doc, null, 2));
    await editor.getByRole('button', { name: 'Apply JSON' }).click();
    const issues = page.getByTestId('draft-issues').locator('li');
    await expect.poll(() => issues.allTextContents()).toEqual(['operators[0].pricing.tarifIndex: unknown field — did you mean tariffIndex?']);
    await page.getByLabel('Language').selectOption('zh-CN');
    await expect.poll(() => issues.allTextContents()).toEqual(['operators[0].pricing.tarifIndex: 未知字段——是否应为 tariffIndex？']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('accessibility', () => {
  it('axe finds no serious or critical problems in any editor tab or the panels (groups open)', async () => {
    const { page, errors, editor } = await openEditor();
    const closed = page.getByRole('region', { name: /^Strategy of / }).locator('h4 > button[aria-expanded=false]');
    while ((await closed.count()) > 0) await closed.first().click();
    await injectAxe(page);
    const severe: string[] = [];
    for (const name of ['Scenario', 'Market', 'Segments', 'Operators', 'Events', 'Challenge', 'JSON']) {
      await editor.getByRole('tab', { name }).click();
      if (name === 'Challenge' && (await editor.getByRole('button', { name: '+ Add a challenge' }).count()))
        await editor.getByRole('button', { name: '+ Add a challenge' }).click();
      const found = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact?: string; nodes: { target: unknown[] }[] }[] }> } }
        ).axe;
        const result = await axe.run(document);
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          );
      });
      severe.push(...found.map((f) => `${name} tab: ${f}`));
    }
    expect(severe).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('strategy panel', () => {
  it('changes a lever with a differs marker, help on focus that cites the course, and a group reset', async () => {
    const { page, errors } = await open();
    // In the sidebar only the first operator's section starts open.
    await page.locator('details.operator summary', { hasText: 'China Unicom' }).click();
    const panel = page.getByRole('region', { name: 'Strategy of China Unicom' });
    await panel.getByRole('button', { name: /Contracts and handsets/ }).click();
    const length = panel.getByRole('spinbutton', { name: /^Contract length/ });
    await length.focus();
    const help = await length.getAttribute('aria-describedby');
    expect(help).toBeTruthy();
    const helpText = await page.locator(`[id="${help!.split(' ')[0]}"]`).textContent();
    expect(helpText).toMatch(/Course: 003 L282/);
    expect(await page.locator(`[id="${help!.split(' ')[0]}"]`).isVisible()).toBe(true);

    await commit(length, '24');
    const row = panel.locator('[data-field="contracts.lengthMonths"]');
    await expect.poll(() => row.getAttribute('data-differs')).toBe('true');
    await panel.getByRole('button', { name: 'Reset all of Contracts and handsets to the preset' }).click();
    await expect.poll(() => row.getAttribute('data-differs')).toBeNull();
    expect(await length.inputValue()).toBe('0');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a share is shown in percent and stored as a fraction; an out-of-range value is refused inline', async () => {
    const { page, errors } = await open();
    const panel = page.getByRole('region', { name: 'Strategy of China Mobile' });
    const discount = panel.getByRole('spinbutton', { name: /^Key-account discount/ });
    expect(await discount.inputValue()).toBe('5');
    await commit(discount, '95');
    const row = panel.locator('[data-field="pricing.keyAccountDiscount"]');
    // The limit and the value in the units the field shows; the message states the limit, so no range hint repeats it.
    await expect.poll(() => row.locator('.issue').first().textContent()).toBe('expected a number ≤ 90 %, got 95 %');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in Simplified Chinese an invalid lever is explained in Chinese, at the field and in the list of problems', async () => {
    const { page, errors } = await open();
    await page.getByLabel('Language').selectOption('zh-CN');
    const sidebar = page.locator('aside');
    const discountRow = sidebar.locator('[data-field="pricing.keyAccountDiscount"]').first();
    await commit(discountRow.locator('input').first(), '95');
    await expect.poll(() => discountRow.locator('.issue').first().textContent()).toBe('应不大于 90%，实际为 95%');

    const tariffRow = sidebar.locator('[data-field="pricing.tariffIndex"]').first();
    await commit(tariffRow.locator('input').first(), '-3');
    await expect.poll(() => tariffRow.locator('.issue').first().textContent()).toContain('应不小于 0.1，实际为 -3');
    expect(await tariffRow.locator('.issue').first().textContent()).not.toMatch(/[A-Za-z]/);

    // The shell's list names each field as the forms do (operator · lever), then says what is wrong, all in Chinese.
    const listed = await page.getByTestId('draft-issues').locator('li').allTextContents();
    expect(listed).toHaveLength(2);
    for (const line of listed) {
      const [field, words] = line.split(': ');
      expect(field).toMatch(/^中国移动 · (资费指数|集团客户折扣)$/);
      expect(words).toMatch(/^应不[小大]于 /);
      expect(words).not.toMatch(/[A-Za-z]/);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
