/**
 * Every preset in scenarios/ is a complete teaching case: it validates, is named after its file,
 * says what it is in both languages, cites the seed lines it is built from, says which of its
 * numbers are assumed, and carries learning objectives and "what to look at" notes that point to
 * real views and to months inside the run.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LocalizedString } from '../../../src/engine/schema.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

const files = readdirSync(new URL('../../../scenarios/', import.meta.url))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));

/** The twelve course cases of issue 5, and retention-economics and price-war (issue 16). */
const COURSE_PRESETS = [
  'default',
  'key-account-defence',
  'gotone-vip-tiers',
  'phone-account-managers',
  'campus-challenger',
  'number-portability',
  '3g-migration',
  'bundle-push',
  'churn-early-warning',
  'acquire-vs-retain',
  'service-recovery',
  'dominant-incumbent',
  'retention-economics',
  'price-war',
];

const CHINESE = /[\u4e00-\u9fff]/;
function expectBilingual(text: LocalizedString, what: string) {
  expect(text.en.trim().length, `${what} (en)`).toBeGreaterThan(0);
  expect(text['zh-CN'], `${what} (zh-CN)`).toMatch(CHINESE);
}

describe('presets: files', () => {
  it('all fourteen course presets are there', () => {
    for (const name of COURSE_PRESETS) expect(files).toContain(name);
  });

  it.each(files)('%s is a valid, sourced, bilingual teaching case named after its file', (name) => {
    const scenario = mustValidate(readScenarioInput(name));
    expect(scenario.id).toBe(name);
    expectBilingual(scenario.title, 'title');
    expectBilingual(scenario.description, 'description');

    expect(scenario.sources.length).toBeGreaterThan(0);
    for (const source of scenario.sources) {
      expect(source.lines).toMatch(/^L\d+/);
      expect(source.note.trim().length).toBeGreaterThan(0);
    }
    // Numbers the seeds do not give are said to be assumed, in the description or a source note.
    const said = [scenario.description.en, ...scenario.sources.map((s) => s.note)].join(' ');
    expect(said).toMatch(/assum/i);

    expect(scenario.objectives.length).toBeGreaterThan(0);
    scenario.objectives.forEach((objective, i) => expectBilingual(objective, `objectives[${i}]`));
    expect(scenario.lookAt.length).toBeGreaterThan(0);
    scenario.lookAt.forEach((note, i) => {
      expectBilingual(note.note, `lookAt[${i}].note`);
      if (note.month !== undefined) expect(note.month, `lookAt[${i}].month`).toBeLessThanOrEqual(scenario.market.months);
    });
    // The objectives and notes live in their own fields, not in the description.
    expect(scenario.description.en).not.toMatch(/what to look at|learning goals/i);

    // Defaults that run in about a second in the browser and give smooth curves.
    expect(scenario.market.customers).toBeGreaterThanOrEqual(20_000);
    expect(scenario.market.customers).toBeLessThanOrEqual(200_000);
    expect(scenario.market.months).toBeGreaterThanOrEqual(24);
    expect(scenario.market.months).toBeLessThanOrEqual(60);
  });
});
