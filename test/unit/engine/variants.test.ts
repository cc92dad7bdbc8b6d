/**
 * Named variants of a scenario (schemaVersion 2): each patch is checked as the scenario it makes,
 * and a problem is named under the patch path that caused it.
 */
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../src/engine/validate.ts';
import { readScenarioInput } from '../../helpers/scenarios.ts';

const withVariants = (...patches: Record<string, unknown>[]) => ({
  ...readScenarioInput('default'),
  variants: patches.map((patch, i) => ({ id: `v${i}`, title: { en: `V${i}`, 'zh-CN': `变体${i}` }, patch })),
});
const issuesOf = (data: unknown) => {
  const r = validateScenario(data);
  return r.ok ? [] : r.issues.map((i) => ({ path: i.path, code: i.code }));
};

describe('scenario variants', () => {
  it('accept patches that make a valid scenario, and default to none', () => {
    const r = validateScenario(withVariants({ 'operators[0].crm.budgetShare': 0.02, 'operators[1].pricing.tariffIndex': { mass: 0.8, default: 1 } }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.scenario.variants[0].patch['operators[0].crm.budgetShare']).toBe(0.02);
    const { variants: _dropped, ...without } = readScenarioInput('default');
    const none = validateScenario(without);
    expect(none.ok && none.scenario.variants).toEqual([]);
  });

  it('name a bad value under its patch path, with the schema rule that failed', () => {
    expect(issuesOf(withVariants({ 'operators[0].crm.budgetShare': 0.9 }))).toEqual([{ path: 'variants[0].patch.operators[0].crm.budgetShare', code: 'max' }]);
    expect(issuesOf(withVariants({}, { 'operators[1].pricing.tariffIndex': 'cheap' }))).toEqual([
      { path: 'variants[1].patch.operators[1].pricing.tariffIndex', code: 'type' },
    ]);
  });

  it('refuse paths that are not paths, lead nowhere, or change what names the document', () => {
    expect(issuesOf(withVariants({ 'operators..x': 1 }))).toEqual([{ path: 'variants[0].patch.operators..x', code: 'patchPath' }]);
    expect(issuesOf(withVariants({ 'operators[9].pricing.tariffIndex': 1 }))).toEqual([
      { path: 'variants[0].patch.operators[9].pricing.tariffIndex', code: 'patchPath' },
    ]);
    expect(issuesOf(withVariants({ id: 'other' }))).toEqual([{ path: 'variants[0].patch.id', code: 'patchPath' }]);
  });

  it('refuse two variants with one id', () => {
    const doc = withVariants({}, {});
    doc.variants[1].id = 'v0';
    expect(issuesOf(doc)).toEqual([{ path: 'variants[1].id', code: 'duplicateId' }]);
  });
});
