/**
 * Adding and removing operators, segments and events keeps every bundled preset valid, cleans up
 * references to removed ids, respects the 2–4 operator and 1–8 segment limits, and is one undo step.
 */
import { describe, expect, it } from 'vitest';
import { loadPresets } from '../../../src/lib/scenario/presets.ts';
import type { ScenarioInput } from '../../../src/engine/schema.ts';
import { formatIssue, validateScenario } from '../../../src/engine/validate.ts';
import {
  EVENT_TYPES,
  addEvent,
  addOperator,
  addSegment,
  changeEventType,
  freshId,
  removeEvent,
  removeOperator,
  removeSegment,
  renameOperator,
  renameSegment,
  setEventOperator,
} from '../../../src/lib/editor/structure.ts';
import { ScenarioDraft } from '../../../src/lib/editor/draft.svelte.ts';

// Every preset's file (the app fetches all but the default when first opened).
const presets = await loadPresets();

const valid = presets.filter((p) => p.result.ok);
const issues = (input: ScenarioInput) => {
  const r = validateScenario(input);
  return r.ok ? [] : r.issues.map(formatIssue);
};
const clone = (input: ScenarioInput) => structuredClone(input);

describe('structural edits keep presets valid', () => {
  it('there are valid presets to test with', () => {
    expect(valid.length).toBeGreaterThan(3);
  });

  it.each(valid.map((p) => [p.file, p.input] as const))('%s: add an operator (up to 4)', (_, input) => {
    const s = clone(input);
    while (s.operators.length < 4) {
      const index = addOperator(s);
      expect(index).toBe(s.operators.length - 1);
      expect(issues(s)).toEqual([]);
    }
    expect(addOperator(s)).toBeNull();
    const ids = s.operators.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const colours = s.operators.map((o) => o.color).filter(Boolean);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it.each(valid.map((p) => [p.file, p.input] as const))('%s: remove each operator (never below 2)', (_, input) => {
    for (let i = 0; i < input.operators.length; i++) {
      const s = clone(input);
      const gone = s.operators[i].id;
      const removed = removeOperator(s, i);
      expect(removed).toBe(input.operators.length > 2);
      if (!removed) continue;
      expect(issues(s)).toEqual([]);
      expect(JSON.stringify(s.events ?? [])).not.toContain(`"operator":"${gone}"`);
    }
  });

  it.each(valid.map((p) => [p.file, p.input] as const))('%s: add a segment', (_, input) => {
    const s = clone(input);
    const index = addSegment(s);
    expect(index).toBe(s.market.segments.length - 1);
    expect(issues(s)).toEqual([]);
  });

  it.each(valid.map((p) => [p.file, p.input] as const))('%s: remove each segment, and every reference to it', (_, input) => {
    for (let i = 0; i < input.market.segments.length; i++) {
      const s = clone(input);
      const gone = s.market.segments[i].id;
      expect(removeSegment(s, i)).toBe(input.market.segments.length > 1);
      expect(issues(s)).toEqual([]);
      // no per-segment key, list entry or key-account flag names the removed segment any more
      const text = JSON.stringify({ ...s, market: { ...s.market, segments: [] } });
      expect(text).not.toMatch(new RegExp(`"${gone}"`));
    }
  });
});

describe('structural edits in detail', () => {
  const base = () => clone(presets.find((p) => p.file === 'default')!.input);

  it('a new operator takes a fair share of every segment, the others shrink in proportion', () => {
    const s = base();
    const before = s.operators.map((o) => o.initialShare as number);
    addOperator(s);
    const after = s.operators.map((o) => o.initialShare as number);
    expect(after[3]).toBeCloseTo(0.25, 4);
    for (let i = 0; i < 3; i++) expect(after[i]).toBeCloseTo(before[i] * 0.75, 3);
  });

  it('removing an operator moves a challenge about it to a remaining operator', () => {
    const s = base();
    s.challenges = [
      {
        id: 'c',
        title: { en: 'g', 'zh-CN': '目标' },
        operator: 'telecom',
        goals: [{ operator: 'telecom', metric: 'profit', comparison: 'atLeast', target: 0 }],
      },
    ];
    removeOperator(s, 2);
    expect(s.challenges[0].operator).toBe('mobile');
    expect(s.challenges[0].goals[0].operator).toBeUndefined();
    expect(issues(s)).toEqual([]);
  });

  it('removing a segment drops a price cut aimed only at it, and its id from other cuts', () => {
    const s = base();
    s.events!.push({ type: 'priceCut', month: 3, operator: 'mobile', segments: ['rural'], factor: 0.9 });
    removeSegment(
      s,
      s.market.segments.findIndex((x) => x.id === 'youth'),
    );
    const cuts = s.events!.filter((e) => e.type === 'priceCut');
    expect(cuts.map((e) => ('segments' in e ? e.segments : null))).toEqual([['mass'], ['rural']]);
    removeSegment(
      s,
      s.market.segments.findIndex((x) => x.id === 'rural'),
    );
    expect(s.events!.filter((e) => e.type === 'priceCut')).toHaveLength(1);
    expect(issues(s)).toEqual([]);
  });

  it('segment shares still add up to 1 after adding and removing', () => {
    const s = base();
    addSegment(s);
    addSegment(s);
    removeSegment(s, 0);
    const sum = s.market.segments.reduce((a, x) => a + x.share, 0);
    expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
  });

  it('every event type can be added, and changing a type keeps month and operator', () => {
    const s = base();
    for (const type of EVENT_TYPES) addEvent(s, type, 10);
    expect(issues(s)).toEqual([]);
    const i = s.events!.length - 1; // networkLaunch
    changeEventType(s, i, 'outage');
    expect(s.events![i]).toMatchObject({ type: 'outage', month: 10, operator: 'telecom' });
    expect(s.events![i]).not.toHaveProperty('network');
    expect(issues(s)).toEqual([]);
  });

  it('fresh ids do not clash', () => {
    expect(freshId('segment', ['segment-7', 'segment-8'])).toBe('segment-3');
    expect(freshId('segment', ['segment-1', 'segment-2'])).toBe('segment-3');
  });

  it('through the draft, adding an operator is one undo step', () => {
    const draft = new ScenarioDraft(base());
    draft.batch((input) => void addOperator(input));
    expect(draft.input.operators).toHaveLength(4);
    expect(draft.result.ok).toBe(true);
    draft.undo();
    expect(draft.input.operators).toHaveLength(3);
    expect(draft.differs([])).toBe(false);
  });
});

describe('new-entrant events and starting shares', () => {
  const base = () => clone(presets.find((p) => p.file === 'default')!.input);

  it('adding, retargeting and removing a new-entrant event keeps the shares adding up', () => {
    const s = base();
    const i = addEvent(s, 'newEntrant', 6);
    expect(issues(s)).toEqual([]);
    setEventOperator(s, i, 'unicom');
    expect(issues(s)).toEqual([]);
    removeEvent(s, i);
    expect(issues(s)).toEqual([]);
    expect(s.events!.some((e) => e.type === 'newEntrant')).toBe(false);
  });
});

describe('renaming ids', () => {
  const base = () => clone(presets.find((p) => p.file === 'default')!.input);

  it('renaming a segment updates every reference, so the scenario stays valid', () => {
    const s = base();
    const i = s.market.segments.findIndex((x) => x.id === 'youth');
    renameSegment(s, i, 'campus');
    expect(issues(s)).toEqual([]);
    const text = JSON.stringify(s);
    expect(text).not.toContain('"youth"');
    expect(text).toContain('"campus"');
    // key accounts too
    renameSegment(
      s,
      s.market.segments.findIndex((x) => x.id === 'key'),
      'group',
    );
    expect(s.market.keyAccountSegments).toEqual(['group']);
    expect(issues(s)).toEqual([]);
  });

  it('renaming and removing a segment carry over to the response rules that watch it', () => {
    const s = clone(presets.find((p) => p.file === 'price-war')!.input);
    renameSegment(
      s,
      s.market.segments.findIndex((x) => x.id === 'mass'),
      'masses',
    );
    expect(s.operators.map((op) => op.responses?.map((r) => r.segment))).toEqual([['masses'], ['masses']]);
    expect(issues(s)).toEqual([]);
    // A rule watching only a removed segment goes with it (it would otherwise watch the whole market).
    removeSegment(
      s,
      s.market.segments.findIndex((x) => x.id === 'masses'),
    );
    expect(s.operators.map((op) => op.responses)).toEqual([[], []]);
    expect(issues(s)).toEqual([]);
  });

  it('renaming to a taken id leaves references alone and is reported as a duplicate', () => {
    const s = base();
    renameSegment(s, 0, 'vip');
    expect(s.market.keyAccountSegments).toEqual(['key']);
    expect(issues(s).some((m) => m.includes('duplicate id'))).toBe(true);
  });

  it('renaming an operator updates its events and challenge', () => {
    const s = base();
    s.challenges = [
      { id: 'c', title: { en: 'g', 'zh-CN': '目标' }, operator: 'unicom', goals: [{ operator: 'unicom', metric: 'profit', comparison: 'atLeast', target: 0 }] },
    ];
    renameOperator(s, 1, 'cu');
    expect(issues(s)).toEqual([]);
    expect(s.challenges[0].operator).toBe('cu');
    expect(s.challenges[0].goals[0].operator).toBe('cu');
    expect(JSON.stringify(s.events)).toContain('"operator":"cu"');
  });
});
