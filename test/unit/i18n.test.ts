import { describe, expect, it } from 'vitest';
import { areas, en, zhCN } from '../../src/lib/i18n/dictionaries.ts';

describe('UI dictionaries', () => {
  it('no key is defined by two areas (a later area would silently overwrite an earlier one)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [area, dicts] of Object.entries(areas)) {
      for (const key of Object.keys(dicts.en)) {
        const first = owner.get(key);
        if (first) clashes.push(`${key} (${first}, ${area})`);
        else owner.set(key, area);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('Chinese has every English key, of the same kind, and no string is left empty', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) {
      const zh = (zhCN as Record<string, unknown>)[key];
      expect(typeof zh, key).toBe(typeof value);
      if (typeof zh === 'string') expect(zh.trim().length, key).toBeGreaterThan(0);
    }
  });

  it('Chinese strings are not English left untranslated (no run of three Latin words)', () => {
    const sample = (value: unknown): string =>
      typeof value === 'function' ? String((value as (...a: unknown[]) => string)(1, 2, 3, 4)) : String(value);
    const english = Object.entries(zhCN).filter(([, value]) => /[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(sample(value)));
    expect(english.map(([key]) => key)).toEqual([]);
  });
});
