import { describe, expect, it } from 'vitest';
import { formatPath, getAt, matchingPath, setAt } from '../../../src/engine/path.ts';

describe('field paths', () => {
  it('format like validation issues name fields', () => {
    expect(formatPath(['operators', 1, 'pricing', 'tariffIndex'])).toBe('operators[1].pricing.tariffIndex');
    expect(formatPath(['market', 'segments', 0, 'tierThresholds', 2])).toBe('market.segments[0].tierThresholds[2]');
    expect(formatPath([])).toBe('');
  });

  it('read values and give undefined for any missing step', () => {
    const root = { a: [{ b: 1 }], c: null };
    expect(getAt(root, ['a', 0, 'b'])).toBe(1);
    expect(getAt(root, ['a', 3, 'b'])).toBeUndefined();
    expect(getAt(root, ['c', 'x'])).toBeUndefined();
    expect(getAt(root, [])).toBe(root);
  });

  it('set values, creating objects (or arrays before a numeric key) on the way', () => {
    const root: Record<string, unknown> = {};
    setAt(root, ['pricing', 'bundle', 'uptake'], 0.3);
    setAt(root, ['list', 0, 'name'], 'x');
    expect(root).toEqual({ pricing: { bundle: { uptake: 0.3 } }, list: [{ name: 'x' }] });
  });

  it('undefined deletes an object key (the default applies) and removes an array item', () => {
    const root: Record<string, unknown> = { a: { b: 1, c: 2 }, list: [1, 2, 3] };
    setAt(root, ['a', 'b'], undefined);
    setAt(root, ['list', 1], undefined);
    expect(root).toEqual({ a: { c: 2 }, list: [1, 3] });
    expect(() => setAt(root, [], 1)).toThrow();
  });

  it('match list items by id in another version of the scenario, by position without ids', () => {
    const origin = { operators: [{ id: 'cm' }, { id: 'cu' }, { id: 'ct' }], events: [{ month: 3 }, { month: 9 }] };
    // The first operator removed: cu is compared with cu, not with cm.
    const removed = { operators: [{ id: 'cu' }, { id: 'ct' }], events: origin.events };
    expect(matchingPath(removed, origin, ['operators', 0, 'pricing'])).toEqual(['operators', 1, 'pricing']);
    expect(matchingPath(removed, origin, ['operators', 1])).toEqual(['operators', 2]);
    // A new operator has no counterpart; events have no ids and go by position.
    const added = { operators: [...origin.operators, { id: 'new' }] };
    expect(matchingPath(added, origin, ['operators', 3, 'brand'])).toBeNull();
    expect(matchingPath(removed, origin, ['events', 1, 'month'])).toEqual(['events', 1, 'month']);
    // A renamed operator (its old id gone from the draft) is still itself, by position.
    const renamed = { operators: [{ id: 'cmcc' }, { id: 'cu' }, { id: 'ct' }] };
    expect(matchingPath(renamed, origin, ['operators', 0, 'brand'])).toEqual(['operators', 0, 'brand']);
    expect(matchingPath(origin, origin, ['market', 'segments', 2])).toEqual(['market', 'segments', 2]);
  });
});
