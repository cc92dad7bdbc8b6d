import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../../src/engine/analysis/patch.ts';
import { describeViolation, leverViolations, rulePattern } from '../../../src/engine/challenge/index.ts';
import type { Challenge, Scenario } from '../../../src/engine/schema.ts';
import { mustValidate, readScenarioInput } from '../../helpers/scenarios.ts';

const preset = mustValidate(readScenarioInput('churn-early-warning'));
const constraints = (levers?: Challenge['constraints']['levers']): Pick<Challenge, 'constraints'> => ({ constraints: levers ? { levers } : {} });
const trainee = (patch: Record<string, unknown>): Scenario => mustValidate(applyPatch(preset, patch));

describe('lever constraints', () => {
  const rules = constraints([
    { path: 'operators[0].crm.budgetShare', min: 0, max: 0.01 },
    { path: 'operators[0].crm.targeting' },
    { path: 'operators[0].service.tiers[*].accountManagerRatio', min: 50 },
    { path: 'operators[0].pricing.tariffIndex', min: 0.8, max: 1.2 },
  ]);

  it('lets allowed levers change within their ranges', () => {
    const t = trainee({
      'operators[0].crm.budgetShare': 0.008,
      'operators[0].crm.targeting': 'value',
      'operators[0].service.tiers[3].accountManagerRatio': 100,
    });
    expect(leverViolations(rules, preset, t)).toEqual([]);
  });

  it('reports each change outside the allowed levers by path', () => {
    const t = trainee({ 'operators[0].crm.saveRate': 0.9, 'operators[1].pricing.tariffIndex': 0.5, 'operators[0].crm.budgetShare': 0.005 });
    const v = leverViolations(rules, preset, t);
    expect(v.map((x) => [x.path, x.kind])).toEqual([
      ['operators[0].crm.saveRate', 'notAllowed'],
      ['operators[1].pricing.tariffIndex', 'notAllowed'],
    ]);
    expect(describeViolation(v[0])).toMatch(/^operators\[0\]\.crm\.saveRate: this challenge does not let you change it/);
  });

  it('reports values out of range, in per-segment objects and tier lists too', () => {
    const t = trainee({
      'operators[0].crm.budgetShare': 0.02,
      'operators[0].service.tiers[2].accountManagerRatio': 10,
      'operators[0].pricing.tariffIndex': { vip: 0.7, default: 1 },
    });
    const v = leverViolations(rules, preset, t);
    expect(v).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'operators[0].crm.budgetShare', kind: 'aboveMax', limit: 0.01, value: 0.02 }),
        expect.objectContaining({ path: 'operators[0].service.tiers[2].accountManagerRatio', kind: 'belowMin', limit: 50 }),
        expect.objectContaining({ path: 'operators[0].pricing.tariffIndex', kind: 'belowMin', limit: 0.8 }),
      ]),
    );
    expect(v).toHaveLength(3);
  });

  it('does not count texts, teaching notes, the seed or the run size as levers', () => {
    const t = trainee({ 'title.en': 'My attempt', 'market.seed': 99, 'market.customers': 5000, variants: [] });
    expect(leverViolations(rules, preset, t)).toEqual([]);
    // Months are not a lever either: a shorter run would dodge a late goal.
    expect(leverViolations(rules, preset, trainee({ 'market.months': 12 }))[0]).toMatchObject({ path: 'market.months', kind: 'notAllowed' });
  });

  it('allows any change when the challenge names no levers', () => {
    expect(leverViolations(constraints(), preset, trainee({ 'operators[1].network': 0.9 }))).toEqual([]);
  });

  it('matches a rule path and the fields under it, not a field that merely starts alike', () => {
    const re = rulePattern('operators[0].crm');
    expect(re.test('operators[0].crm.recall')).toBe(true);
    expect(re.test('operators[0].crm')).toBe(true);
    expect(re.test('operators[0].crmx')).toBe(false);
    expect(rulePattern('operators[*].network').test('operators[2].network')).toBe(true);
    expect(rulePattern('operators[*].network').test('operators[2].networkX')).toBe(false);
  });
});
