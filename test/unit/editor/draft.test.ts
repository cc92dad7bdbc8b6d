/**
 * ScenarioDraft (runes, compiled by the svelte plugin in vitest.config.ts): edits by path,
 * undo/redo, one-step batches, differs-from-preset, reset, and validation issues by path.
 */
import { describe, expect, it } from 'vitest';
import { ScenarioDraft } from '../../../src/lib/editor/draft.svelte.ts';
import type { ScenarioInput } from '../../../src/engine/schema.ts';
import defaultJson from '../../../scenarios/default.json' with { type: 'json' };

const preset = () => structuredClone(defaultJson) as unknown as ScenarioInput;
const tariff = ['operators', 1, 'pricing', 'tariffIndex'] as const;

describe('ScenarioDraft', () => {
  it('starts equal to its preset, valid, with nothing to undo', () => {
    const draft = new ScenarioDraft(preset());
    expect(draft.result.ok).toBe(true);
    expect(draft.differs([])).toBe(false);
    expect([draft.canUndo, draft.canRedo]).toEqual([false, false]);
  });

  it('sets a field, marks it as differing, and undoes and redoes it', () => {
    const draft = new ScenarioDraft(preset());
    draft.set(tariff, 0.8);
    expect(draft.get(tariff)).toBe(0.8);
    expect(draft.differs(tariff)).toBe(true);
    expect(draft.differs(['operators', 1])).toBe(true);
    expect(draft.differs(['operators', 0])).toBe(false);
    draft.undo();
    expect(draft.get(tariff)).toBe(0.95);
    expect(draft.differs([])).toBe(false);
    expect(draft.canRedo).toBe(true);
    draft.redo();
    expect(draft.get(tariff)).toBe(0.8);
    // a new edit after an undo drops the redo branch
    draft.undo();
    draft.set(tariff, 0.7);
    expect(draft.canRedo).toBe(false);
  });

  it('setting the same value again adds no undo step', () => {
    const draft = new ScenarioDraft(preset());
    draft.set(tariff, 0.95);
    expect(draft.canUndo).toBe(false);
  });

  it('reports invalid values at their path and recovers when fixed', () => {
    const draft = new ScenarioDraft(preset());
    draft.set(tariff, -3);
    expect(draft.result.ok).toBe(false);
    const issues = draft.issuesAt(tariff);
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toMatch(/≥ 0\.1, got -3/);
    expect(draft.issuesAt(['operators', 1])).toHaveLength(1);
    expect(draft.issuesAt(['operators', 0])).toEqual([]);
    // a path that only shares a prefix of the name is not "inside"
    expect(draft.issuesAt(['operators', 1, 'pricing', 'tariff'])).toEqual([]);
    draft.set(tariff, 1.1);
    expect(draft.result.ok).toBe(true);
  });

  it('resets one field, or everything, to the preset (undoably)', () => {
    const draft = new ScenarioDraft(preset());
    draft.set(tariff, 0.5);
    draft.set(['market', 'months'], 60);
    draft.reset(tariff);
    expect(draft.get(tariff)).toBe(0.95);
    expect(draft.differs(['market', 'months'])).toBe(true);
    draft.reset();
    expect(draft.differs([])).toBe(false);
    draft.undo();
    expect(draft.get(['market', 'months'])).toBe(60);
  });

  it('resetting a field the preset leaves out removes it again (the default applies)', () => {
    const draft = new ScenarioDraft(preset());
    const recall = ['operators', 2, 'crm', 'recall'];
    expect(draft.get(recall)).toBeUndefined();
    draft.set(recall, 0.4);
    draft.reset(recall);
    expect(draft.get(recall)).toBeUndefined();
    expect(draft.differs(recall)).toBe(false);
  });

  it('its validation follows every kind of change, starting from a draft that was never edited', () => {
    // `result` validates a plain copy until the first change (draft.svelte.ts #pristine): each
    // kind of change must bring it back to the live input.
    const months = (draft: ScenarioDraft) => (draft.result.ok ? draft.result.scenario.market.months : null);
    const draft = new ScenarioDraft(preset());
    expect(months(draft)).toBe(36);
    draft.set(['market', 'months'], 40);
    expect(months(draft)).toBe(40);
    draft.batch((input) => void (input.market.months = 44));
    expect(months(draft)).toBe(44);
    draft.undo();
    expect(months(draft)).toBe(40);
    draft.redo();
    expect(months(draft)).toBe(44);
    const replaced = preset();
    replaced.market.months = 12;
    draft.replace(replaced);
    expect(months(draft)).toBe(12);
    draft.set(['market', 'months'], 0);
    expect(draft.result.ok).toBe(false);
    draft.undo();
    expect(months(draft)).toBe(12);
    // a batch right after a replace, and an undo right after making the draft from an edited one
    draft.replace(preset());
    draft.batch((input) => void (input.market.months = 24));
    expect(months(draft)).toBe(24);
    const reopened = new ScenarioDraft(preset(), replaced);
    expect(months(reopened)).toBe(12);
    reopened.set(['market', 'months'], 18);
    reopened.undo();
    expect(months(reopened)).toBe(12);
  });

  it('a batch of changes is one undo step', () => {
    const draft = new ScenarioDraft(preset());
    draft.batch((input) => {
      input.market.months = 48;
      input.operators[0].brand = 0.9;
    });
    expect([draft.get(['market', 'months']), draft.get(['operators', 0, 'brand'])]).toEqual([48, 0.9]);
    draft.undo();
    expect([draft.get(['market', 'months']), draft.get(['operators', 0, 'brand'])]).toEqual([36, 0.85]);
    expect(draft.canUndo).toBe(false);
  });

  it('replace (raw JSON) keeps the preset to compare with, unless a new origin is given', () => {
    const draft = new ScenarioDraft(preset());
    const edited = preset();
    edited.market.customers = 5000;
    draft.replace(edited);
    expect(draft.differs(['market', 'customers'])).toBe(true);
    draft.replace(edited, edited);
    expect(draft.differs([])).toBe(false);
  });

  it('changes to the draft never touch the preset object it came from', () => {
    const origin = preset();
    const draft = new ScenarioDraft(origin);
    draft.set(tariff, 0.5);
    expect(origin.operators[1].pricing?.tariffIndex).toBe(0.95);
  });
});

describe('committing a field from an input', () => {
  it('a tier field of an operator without tiers creates all four tiers, in one undo step', async () => {
    const { commitField } = await import('../../../src/lib/editor/commit.ts');
    const input = preset();
    delete input.operators[2].service!.tiers;
    const draft = new ScenarioDraft(input);
    const path = ['operators', 2, 'service', 'tiers', 2, 'privileges'];
    commitField(draft, path, 0.2);
    expect(draft.get(['operators', 2, 'service', 'tiers'])).toEqual([{}, {}, { privileges: 0.2 }, {}]);
    expect(draft.result.ok).toBe(true);
    draft.undo();
    expect(draft.get(['operators', 2, 'service', 'tiers'])).toBeUndefined();
    // clearing a field that is not there does nothing (and leaves no sparse array behind)
    commitField(draft, path, undefined);
    expect(draft.get(['operators', 2, 'service', 'tiers'])).toBeUndefined();
    expect(draft.canRedo).toBe(true);
  });

  it('a scheduled change copies the operator’s tiers before changing one, since a change replaces all four', async () => {
    const { commitField } = await import('../../../src/lib/editor/commit.ts');
    const draft = new ScenarioDraft(preset());
    const tiers = structuredClone(draft.get(['operators', 0, 'service', 'tiers'])) as unknown[];
    commitField(draft, ['operators', 0, 'schedule', 0, 'service', 'tiers', 3, 'accountManagerRatio'], 500, () => tiers);
    const copied = draft.get(['operators', 0, 'schedule', 0, 'service', 'tiers']) as { accountManagerRatio?: number }[];
    expect(copied.map((t) => t.accountManagerRatio)).toEqual([undefined, 1000, 400, 500]);
    expect(draft.result.ok).toBe(true);
  });

  it('compares operators with themselves, not with whoever now holds their place', () => {
    const draft = new ScenarioDraft(preset());
    const [, second, third] = draft.input.operators.map((op) => op.id);
    draft.batch((input) => {
      input.operators.splice(0, 1);
    });
    // The remaining operators' levers are the preset's own: nothing marked but what changed.
    expect(draft.input.operators.map((op) => op.id)).toEqual([second, third]);
    expect(draft.differs(['operators', 0, 'pricing'])).toBe(false);
    expect(draft.differs(['operators', 1, 'service'])).toBe(false);
    draft.set(['operators', 0, 'pricing', 'tariffIndex'], 0.5);
    expect(draft.differs(['operators', 0, 'pricing', 'tariffIndex'])).toBe(true);
    // Reset brings back this operator's own preset value.
    draft.reset(['operators', 0, 'pricing', 'tariffIndex']);
    expect(draft.get(['operators', 0, 'pricing', 'tariffIndex'])).toBe(preset().operators[1].pricing?.tariffIndex);
    expect(draft.differs(['operators', 0, 'pricing'])).toBe(false);
    // An operator the preset does not have has no preset value at all.
    draft.batch((input) => {
      input.operators.push({ ...structuredClone(preset().operators[0]), id: 'newcomer' });
    });
    expect(draft.originAt(['operators', 2])).toBeUndefined();
    // …so its fields are new as a whole, not each marked as changed.
    expect(draft.differs(['operators', 2, 'brand'])).toBe(true);
    expect(draft.changed(['operators', 2, 'brand'], ['operators', 2])).toBe(false);
    expect(draft.changed(['operators', 0, 'pricing', 'tariffIndex'], ['operators', 0])).toBe(false);
  });
});
