import { afterEach, describe, expect, it } from 'vitest';
import { bandAt, hasInterval, meanHalfText, rangeText, spokenInterval } from '../../../src/lib/analysis/intervalFormat.ts';
import { bandTable, bandValues } from '../../../src/lib/analysis/bandTable.ts';
import { meanInterval } from '../../../src/engine/analysis/interval.ts';
import { percent, whole } from '../../../src/lib/charts/numberFormats.ts';
import { setLocale } from '../../../src/lib/i18n/index.svelte.ts';
import { monthBand } from '../../../src/lib/charts/line.ts';
import { scaleLinear } from 'd3-scale';

const pct = (v: number) => percent(v * 100, 1);

describe('interval texts', () => {
  afterEach(() => setLocale('en'));

  it('write mean ± half-width and [lo, hi] with the caller’s number format, in both languages', async () => {
    const interval = meanInterval([0.5, 0.52, 0.54, 0.56]);
    for (const locale of ['en', 'zh-CN'] as const) {
      await setLocale(locale);
      const text = meanHalfText(interval, pct);
      expect(text).toBe(`${pct(interval.mean)} ± ${pct(interval.half)}`);
      expect(rangeText(interval, pct)).toBe(`[${pct(interval.lo)}, ${pct(interval.hi)}]`);
    }
  });

  it('take the half-width from lo and hi when it is not given (a band month)', () => {
    expect(meanHalfText({ mean: 1000, lo: 900, hi: 1100 }, whole)).toBe('1,000 ± 100');
  });

  it('write only the mean when there is no interval (one replication)', () => {
    const one = meanInterval([0.5]);
    expect(hasInterval(one)).toBe(false);
    expect(meanHalfText(one, pct)).toBe(pct(0.5));
    expect(rangeText(one, pct)).toBe('');
    expect(spokenInterval(one, pct)).toBe(pct(0.5));
  });

  it('say the interval in words for screen readers in the chosen language', async () => {
    const interval = { mean: 10, lo: 8, hi: 12 };
    await setLocale('en');
    expect(spokenInterval(interval, whole)).toBe('mean 10, 95% interval 8 to 12');
    await setLocale('zh-CN');
    expect(spokenInterval(interval, whole)).toBe('均值 10，95%置信区间 8 至 12');
  });

  it('read a month of a band, with NaN bounds for a series without one', () => {
    const band = { mean: [1, 2], lo: [0.5, 1.5], hi: [1.5, 2.5] };
    expect(bandAt(band, 1)).toEqual({ mean: 2, lo: 1.5, hi: 2.5 });
    const bare = bandAt({ mean: [1, 2] }, 0);
    expect(bare.mean).toBe(1);
    expect(hasInterval(bare)).toBe(false);
  });
});

describe('band chart table', () => {
  const names = { month: 'Month', mean: (n: string) => `${n} mean`, lo: (n: string) => `${n} lo`, hi: (n: string) => `${n} hi` };

  it('has a mean, low and high column per banded series and one column for a bare line, scaled', () => {
    const table = bandTable(
      names,
      [
        { id: 'a', name: 'A', color: 'red', mean: Float64Array.of(0.1, 0.2), lo: Float64Array.of(0.05, 0.15), hi: Float64Array.of(0.15, 0.25) },
        { id: 'b', name: 'B', color: 'blue', mean: Float64Array.of(0.3, NaN) },
      ],
      100,
    );
    expect(table.columns).toEqual(['Month', 'A mean', 'A lo', 'A hi', 'B']);
    expect(table.rows[0]).toEqual([0, 10, 5, 15, 30]);
    expect(table.rows[1][0]).toBe(1);
    expect(table.rows[1][1]).toBeCloseTo(20);
    expect(table.rows[1][4]).toBeNull();
  });

  it('gives the y domain every finite mean and band value', () => {
    const values = [...bandValues([{ id: 'a', name: 'A', color: '', mean: [1, NaN], lo: [0, 2], hi: [3, 4] }], 2)];
    expect(values.sort((a, b) => a - b)).toEqual([0, 2, 4, 6, 8]);
  });
});

describe('band path', () => {
  it('encloses lo and hi and leaves a gap where a bound is missing', () => {
    const x = scaleLinear().domain([0, 3]).range([0, 300]);
    const y = scaleLinear().domain([0, 10]).range([100, 0]);
    const path = monthBand(x, y)([1, 2, NaN, 1], [3, 4, 5, 3]);
    // Two separate closed areas: months 0–1 and month 3 alone.
    expect(path.match(/M/g)?.length).toBe(2);
    expect(path).toContain('0,90');
    expect(path).toContain('0,70');
    expect(monthBand(x, y)([], [])).toBe('');
  });
});
