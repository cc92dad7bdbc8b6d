/**
 * Writing cited numbers in each language. Always the absolute value (the sentence's words say
 * up or down), so a number shown is exactly |value| rounded, which the tests check.
 */
import type { Lang, ValueFormat } from './types.ts';

const grouped = (x: number) => Math.round(x).toLocaleString('en-US');

export function formatValue(value: number, format: ValueFormat, lang: Lang): string {
  const x = Math.abs(value);
  const zh = lang === 'zh-CN';
  switch (format) {
    case 'percent':
      return zh ? `${(x * 100).toFixed(1)}%` : `${(x * 100).toFixed(1)} %`;
    case 'points':
      return zh ? `${(x * 100).toFixed(1)}个百分点` : `${(x * 100).toFixed(1)} points`;
    case 'money':
      if (zh) return x >= 1e8 ? `${(x / 1e8).toFixed(2)}亿元` : x >= 1e4 ? `${(x / 1e4).toFixed(1)}万元` : `${grouped(x)}元`;
      return x >= 1e6 ? `RMB ${(x / 1e6).toFixed(2)} million` : `RMB ${grouped(x)}`;
    case 'count':
      return grouped(x);
    case 'month':
      return String(Math.round(x));
    case 'decimal':
      return x.toFixed(2);
  }
}
