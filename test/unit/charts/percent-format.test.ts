import { afterEach, describe, expect, it } from 'vitest';
import { percent } from '../../../src/lib/charts/numberFormats.ts';
import { formatPercent, setLocale } from '../../../src/lib/i18n/index.svelte.ts';

describe('percentages in the charts', () => {
  afterEach(() => setLocale('en'));

  it('are written as the locale writes them, like the key figures (a value in percent in, a percentage out)', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      setLocale(locale);
      expect(percent(53.94, 1)).toBe(formatPercent(0.5394, 1));
      expect(percent(53.94, 1)).toBe('53.9%');
      expect(percent(1.372, 2)).toBe('1.37%');
      expect(percent(100, 0)).toBe('100%');
    }
  });

  it('show a dash for a missing value', () => {
    expect(percent(Number.NaN, 1)).toBe('–');
    expect(percent(Number.POSITIVE_INFINITY, 0)).toBe('–');
  });
});
