/**
 * The Sweep form read into a sweep: the lever list an analyst picks from, and every problem with a
 * typed path or value named by the field it is about, before anything runs.
 */
import { describe, expect, it } from 'vitest';
import { en, zhCN } from '../../../src/lib/i18n/dictionaries.ts';
import { setLocale } from '../../../src/lib/i18n/index.svelte.ts';
import { leverChoices, resolveLeverPath } from '../../../src/lib/analysis/leverCatalog.ts';
import { defaultRange, parseNumberList, planSweep, type LeverInput } from '../../../src/lib/analysis/sweepPlan.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

const scenario = mustValidate(readScenarioInput('default'));
const groups = leverChoices(scenario, en);
const size = { replications: '2', customers: '2000', months: '12' };
const range = (path: string, lo: string, hi: string, points = '3'): LeverInput => ({ path, kind: 'range', lo, hi, points, list: '' });
const list = (path: string, values: string): LeverInput => ({ path, kind: 'list', lo: '', hi: '', points: '', list: values });

describe('lever choices', () => {
  it('lists every operator, segment and market lever by path, in the editor’s words, without run settings', async () => {
    const all = groups.flatMap((g) => g.choices);
    const tariff = all.find((c) => c.path === 'operators[1].pricing.tariffIndex')!;
    expect(tariff).toMatchObject({ owner: 'China Unicom', label: 'Tariff index', min: 0.1, max: 5, value: 0.95 });
    expect(all.find((c) => c.path === 'market.segments[0].baseChurn')).toBeDefined();
    expect(all.find((c) => c.path === 'operators[0].service.tiers[3].privileges')?.label).toMatch(/·/);
    expect(all.some((c) => ['market.customers', 'market.months', 'market.seed'].includes(c.path))).toBe(false);
    expect(new Set(all.map((c) => c.path)).size).toBe(all.length);
    // Both languages word the same levers.
    await setLocale('zh-CN');
    try {
      const zh = leverChoices(scenario, zhCN).flatMap((g) => g.choices);
      expect(zh.find((c) => c.path === tariff.path)).toMatchObject({ owner: '中国联通', label: zhCN.leversTariffIndex });
      expect(zh.map((c) => c.path)).toEqual(all.map((c) => c.path));
    } finally {
      await setLocale('en');
    }
  });

  it('accepts a typed numeric path the list lacks and refuses what is not one, by kind', () => {
    const typed = resolveLeverPath(scenario, 'operators[2].pricing.bundle.uptake.key', groups);
    expect(typed).toMatchObject({ path: 'operators[2].pricing.bundle.uptake.key', min: 0, max: 1, value: 0.3 });
    expect(resolveLeverPath(scenario, 'operators[1].', groups)).toBe('notAPath');
    expect(resolveLeverPath(scenario, 'operators[1].name', groups)).toBe('notANumber');
    expect(resolveLeverPath(scenario, 'operators[1].pricing.price', groups)).toBe('notInScenario');
    expect(resolveLeverPath(scenario, 'operators[3].brand', groups)).toBe('notInScenario');
  });

  it('starts a lever at ±20 % of its value within its limits', () => {
    const level = resolveLeverPath(scenario, 'operators[0].service.level', groups);
    if (typeof level === 'string') throw new Error(level);
    expect(defaultRange(level)).toEqual({ lo: 0.56, hi: 0.84 });
  });
});

describe('planning a sweep', () => {
  it('makes a 2-D grid of validated scenarios with the sizes asked for', () => {
    const plan = planSweep(
      scenario,
      groups,
      [range('operators[1].pricing.tariffIndex', '0.8', '1.2'), list('operators[1].service.level', '0.5, 0.7')],
      size,
      en,
    );
    if (Array.isArray(plan)) throw new Error(plan.join('\n'));
    expect(plan.points).toHaveLength(6);
    expect(plan.params[0].values).toEqual([0.8, 1, 1.2]);
    expect(plan.scenarios[5].operators[1].pricing.tariffIndex).toBe(1.2);
    expect(plan.scenarios[5].operators[1].service.level).toBe(0.7);
    expect(plan).toMatchObject({ replications: 2, customers: 2000, months: 12 });
  });

  it('names the path and the limits of a value out of range, and a bad typed path', () => {
    const out = planSweep(scenario, groups, [range('operators[1].service.level', '0.5', '1.5', '2')], size, en);
    expect(out).toEqual(['operators[1].service.level: 1.5 is outside the allowed 0 to 1.']);
    const bad = planSweep(scenario, groups, [range('operators[1].pricing.price', '1', '2')], size, en);
    expect(bad).toEqual([`operators[1].pricing.price: ${en.sweepNotInScenario}`]);
    const text = planSweep(scenario, groups, [list('operators[1].brand', '0.5, high')], size, zhCN);
    expect((text as string[])[0]).toContain('“high”');
  });

  it('refuses a point that is not a valid scenario, saying where and why in the editor’s words', () => {
    // Initial shares above 100 % together: each value is allowed alone, the scenario is not.
    const out = planSweep(scenario, groups, [list('operators[0].initialShare', '0.68, 0.95')], size, en);
    expect(Array.isArray(out)).toBe(true);
    expect((out as string[])[0]).toMatch(/^At operators\[0\]\.initialShare = 0\.95: /);
  });

  it('refuses replications, customers and months outside their limits, by name', () => {
    const out = planSweep(scenario, groups, [range('operators[1].brand', '0.5', '0.6')], { replications: '51', customers: '50', months: '12' }, en);
    expect(out).toEqual([en.sweepBadCount('Replications', '1', '50'), en.sweepBadCount('Customers', '100', '2,000,000')]);
  });

  it('reads lists with either comma width, semicolons or spaces', () => {
    expect(parseNumberList('0.8, 0.9，1；1.1 1.2')).toEqual({ values: [0.8, 0.9, 1, 1.1, 1.2], bad: null });
    expect(parseNumberList('1, x').bad).toBe('x');
  });
});

describe('lever words', () => {
  it('names the account-manager ratio by what it counts, with its tier', () => {
    const all = groups.flatMap((g) => g.choices);
    expect(all.find((c) => c.path === 'operators[0].service.tiers[3].accountManagerRatio')?.label).toBe(`${en.leversTier3} · Customers per account manager`);
  });
});
