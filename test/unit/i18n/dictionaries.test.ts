import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { areas, en, zhCN } from '../../../src/lib/i18n/dictionaries.ts';

/** Source text of the app outside the dictionaries, where every key must be used. */
function appSource(dir = join(import.meta.dirname, '../../../src')): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return path.endsWith(join('i18n', 'areas')) ? '' : appSource(path);
      return /\.(ts|svelte)$/.test(entry.name) ? readFileSync(path, 'utf8') : '';
    })
    .join('\n');
}

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

  it('every key is used somewhere in the app (a dead string is a translation nobody sees)', () => {
    const source = appSource();
    expect(Object.keys(en).filter((key) => !new RegExp(`\\b${key}\\b`).test(source))).toEqual([]);
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
    const sample = (value: unknown): string => (typeof value === 'function' ? String((value as (...a: unknown[]) => string)(1, 2, 3, 4)) : String(value));
    const english = Object.entries(zhCN).filter(([, value]) => /[A-Za-z]{3,}\s+[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(sample(value)));
    expect(english.map(([key]) => key)).toEqual([]);
  });
});
