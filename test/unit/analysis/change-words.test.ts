/**
 * "What changed" of a comparison, in words: the field named as the strategy panel names it and the
 * two values in the units its input shows, in both languages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyPatch } from '../../../src/engine/analysis/patch.ts';
import { changeWords } from '../../../src/lib/analysis/changeWords.ts';
import { sideChanges } from '../../../src/lib/analysis/compareSides.ts';
import { en, zhCN } from '../../../src/lib/i18n/dictionaries.ts';
import { i18n } from '../../../src/lib/i18n/index.svelte.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

const avr = mustValidate(readScenarioInput('acquire-vs-retain'));
const variant = (id: string, scenario = avr) => mustValidate(applyPatch(scenario, scenario.variants.find((x) => x.id === id)!.patch));

function lines(baseline: typeof avr, other: typeof avr, locale: 'en' | 'zh-CN'): string[] {
  i18n.locale = locale;
  return sideChanges(baseline, other).map((c) => changeWords(c, baseline, locale === 'en' ? en : zhCN, locale).text);
}

afterEach(() => {
  i18n.locale = 'en';
});

describe('what changed, in words', () => {
  it('names an operator lever by operator, group and label, with shares in percent and money in RMB', () => {
    expect(lines(avr, variant('all-acquisition'), 'en')).toEqual([
      'China Mobile › CRM and retention › Retention budget: 1 % → 0 %',
      'China Mobile › Acquisition › Acquisition budget: 240,000 RMB/mo → 400,000 RMB/mo',
    ]);
  });

  it('says the same in Chinese, with Chinese units and no space before %', () => {
    expect(lines(avr, variant('all-acquisition'), 'zh-CN')).toEqual([
      '中国移动 › 客户关系管理与挽留 › 挽留预算：1% → 0%',
      '中国移动 › 拓展新客户 › 拓客预算：240,000 元/月 → 400,000 元/月',
    ]);
  });

  it('words a choice by its label, not its file value', () => {
    const cew = mustValidate(readScenarioInput('churn-early-warning'));
    const [line] = lines(cew, variant('random', cew), 'en');
    expect(line).toMatch(/^China Mobile › CRM and retention › Offer order: value × risk → at random$/);
  });

  it('names market and segment fields, per-segment values by segment, and keeps the path of fields no form has', () => {
    const changed = mustValidate(
      applyPatch(avr, {
        'market.portability': !avr.market.portability,
        'market.segments[0].baseChurn': 0.05,
        'operators[1].pricing.tariffIndex': { [avr.market.segments[0].id]: 0.9 },
        'operators[0].schedule': [{ month: 3, crm: { budgetShare: 0.02 } }],
      }),
    );
    const words = sideChanges(avr, changed).map((c) => changeWords(c, avr, en, 'en'));
    const segment = avr.market.segments[0].name.en;
    expect(words.find((w) => w.path === 'market.portability')?.label).toBe(`Market › ${en.leversPortability}`);
    expect(words.find((w) => w.path === 'market.portability')?.variant).toBe(avr.market.portability ? 'no' : 'yes');
    expect(words.find((w) => w.path === 'market.segments[0].baseChurn')?.text).toBe(
      `${segment} › ${en.leversBaseChurn}: ${en.leversWithUnit(String(avr.market.segments[0].baseChurn * 100), '%/mo')} → 5 %/mo`,
    );
    const tariff = words.find((w) => w.path.startsWith('operators[1].pricing.tariffIndex'));
    expect(tariff?.label.startsWith(`China Unicom › ${en.leversGroupPricing} › ${en.leversTariffIndex}`)).toBe(true);
    expect(`${tariff?.label} ${tariff?.variant}`).toContain(segment);
    const schedule = words.find((w) => w.path.startsWith('operators[0].schedule'));
    expect(schedule?.label).toBe(schedule?.path);
  });
});
