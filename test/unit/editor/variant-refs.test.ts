/** Structural edits keep a scenario's variants pointing at the same operators, segments and events. */
import { describe, expect, it } from 'vitest';
import { removeEvent, removeOperator, renameSegment } from '../../../src/lib/editor/structure.ts';
import { validateScenario } from '../../../src/engine/validate.ts';
import { readScenarioInput } from '../../helpers/scenarios.ts';

describe('variants through structural edits', () => {
  it('follow an operator to its new index when one before it is removed, and go with the operator they change', () => {
    const input = readScenarioInput('campus-challenger');
    expect(input.variants?.[0].patch).toEqual({ 'operators[2].network': 0.7 });
    input.variants!.push({ id: 'unicom-net', title: { en: 'u', 'zh-CN': 'u' }, patch: { 'operators[1].network': 0.6 } });
    removeOperator(input, 1);
    expect(input.variants).toEqual([expect.objectContaining({ id: 'level-network', patch: { 'operators[1].network': 0.7 } })]);
    expect(validateScenario(input).ok).toBe(true);
  });

  it('keep a whole-list patch that is still valid, and rename a segment inside patch values', () => {
    const input = readScenarioInput('default');
    removeEvent(input, 0);
    expect(input.variants?.map((v) => v.id)).toEqual(['no-price-cut', 'no-3g']);
    expect(validateScenario(input).ok).toBe(true);

    const gotone = readScenarioInput('gotone-vip-tiers');
    gotone.variants = [{ id: 'cut', title: { en: 'c', 'zh-CN': 'c' }, patch: { 'operators[1].pricing.tariffIndex': { vip: 0.9, default: 1 } } }];
    const vip = gotone.market.segments.findIndex((s) => s.id === 'vip');
    renameSegment(gotone, vip, 'high-end');
    expect(gotone.variants[0].patch).toEqual({ 'operators[1].pricing.tariffIndex': { 'high-end': 0.9, default: 1 } });
    expect(validateScenario(gotone).ok).toBe(true);
  });
});
