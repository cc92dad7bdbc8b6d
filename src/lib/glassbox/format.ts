/**
 * Number formats of the glass box for one locale (pure: tests pass the locale). Counts with
 * grouping, rates as percentages, hazard factors with two or three decimals, money in RMB.
 */
export interface GlassFormat {
  count(x: number): string;
  percent(x: number, digits?: number): string;
  /** A signed percentage (price gap): +18.2 % / −3.0 %. */
  signedPercent(x: number): string;
  factor(x: number): string;
  /** Plain decimals (utility, satisfaction). */
  decimal(x: number, digits?: number): string;
  signedDecimal(x: number, digits?: number): string;
  rmb(x: number): string;
}

export function glassFormat(locale: string): GlassFormat {
  const counts = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const pct = (digits: number) => new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
  const pct2 = pct(2);
  const signedPct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const dec = (digits: number, sign = false) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: sign ? 'exceptZero' : 'auto' });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', maximumFractionDigits: 0 });
  const smallMoney = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    count: (x) => counts.format(x),
    percent: (x, digits = 2) => (digits === 2 ? pct2 : pct(digits)).format(x),
    signedPercent: (x) => signedPct.format(x),
    factor: (x) => dec(Math.abs(x) < 0.1 && x !== 0 ? 3 : 2).format(x),
    decimal: (x, digits = 2) => dec(digits).format(x),
    signedDecimal: (x, digits = 2) => dec(digits, true).format(x),
    rmb: (x) => (x !== 0 && Math.abs(x) < 100 ? smallMoney : money).format(x),
  };
}
