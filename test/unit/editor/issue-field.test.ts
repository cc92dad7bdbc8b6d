import { describe, expect, it } from 'vitest';
import { issueSummary } from '../../../src/lib/editor/issueField.ts';
import { validateScenario } from '../../../src/engine/validate.ts';
import { en, zhCN } from '../../../src/lib/i18n/dictionaries.ts';
import { readScenarioInput } from '../../helpers/scenarios.ts';

/** The issues of the default scenario with one change, worded for the shell's problem list. */
function summaries(change: (s: any) => void, locale: 'en' | 'zh-CN' = 'en'): string[] {
  const input = readScenarioInput('default') as any;
  change(input);
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected the change to make the scenario invalid');
  return result.issues.map((issue) => issueSummary(issue, input, locale === 'en' ? en : zhCN, locale));
}

describe('problem list wording', () => {
  it('names an operator lever by operator and label, with a share in percent as the input shows it', () => {
    expect(summaries((s) => (s.operators[0].pricing = { keyAccountDiscount: 0.95 }))).toEqual([
      'China Mobile · Key-account discount: expected a number ≤ 90 %, got 95 %',
    ]);
  });

  it('finds per-segment values and per-tier fields under their lever', () => {
    const [tariff] = summaries((s) => (s.operators[1].pricing = { tariffIndex: { mass: -3 } }));
    expect(tariff).toMatch(/^China Unicom · Tariff index: .*-3/);
    const [tier] = summaries((s) => (s.operators[2].service = { tiers: [{}, {}, {}, { privileges: 2 }] }));
    expect(tier).toMatch(/^China Telecom · .+ · .+: /);
  });

  it('names segment and market fields; keeps the path where no form field matches', () => {
    const [segment] = summaries((s) => (s.market.segments[0].baseChurn = 0.9));
    expect(segment).toMatch(/^Group key accounts · /);
    const [market] = summaries((s) => (s.market.months = 0));
    expect(market).toMatch(/^Months: /);
    const [other] = summaries((s) => (s.id = 'Not An Id'));
    expect(other).toMatch(/^id: /);
  });

  it('speaks Chinese in Chinese mode, with the Chinese operator name', () => {
    const [line] = summaries((s) => (s.operators[0].pricing = { keyAccountDiscount: 0.95 }), 'zh-CN');
    expect(line).toMatch(/^中国移动 · /);
    expect(line).not.toMatch(/[a-z]{3,}/);
  });
});
