import { describe, expect, it } from 'vitest';
import { loadAnnotations, saveAnnotations, strokePath, type KeyValueStore } from '../../../src/lib/present/annotations.ts';

function memoryStore(failWrites = false): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (failWrites) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

describe('a lecturer’s marks', () => {
  it('are kept per case and read back as written', () => {
    const store = memoryStore();
    const marks = {
      '2': [
        { kind: 'pen' as const, points: [0.1, 0.2, 0.3, 0.4] },
        { kind: 'text' as const, x: 0.5, y: 0.5, text: '价格战' },
      ],
    };
    expect(saveAnnotations('default', marks, store)).toBe(true);
    expect(loadAnnotations('default', store)).toEqual(marks);
    expect(loadAnnotations('acquire-vs-retain', store)).toEqual({});
  });

  it('drop slides without marks, and leave nothing stored when none remain', () => {
    const store = memoryStore();
    saveAnnotations('default', { '1': [{ kind: 'text', x: 0, y: 1, text: 'a' }] }, store);
    saveAnnotations('default', { '1': [] }, store);
    expect(store.data.size).toBe(0);
  });

  it('report what cannot be read instead of overwriting it, and a refused write', () => {
    const store = memoryStore();
    store.setItem('tsw.annotations.default', '{"1":[{"kind":"pen","points":[2]}]}');
    expect(loadAnnotations('default', store)).toBeNull();
    store.setItem('tsw.annotations.default', 'not json');
    expect(loadAnnotations('default', store)).toBeNull();
    expect(saveAnnotations('default', { '1': [{ kind: 'text', x: 0, y: 0, text: 'a' }] }, memoryStore(true))).toBe(false);
  });

  it('draw a stroke scaled to the chart', () => {
    expect(strokePath([0, 0, 0.5, 1], 200, 100)).toBe('M0.0,0.0L100.0,100.0');
  });
});
