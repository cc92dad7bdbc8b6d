import type { Dictionary } from './dictionary.ts';

/** English strings of the band charts, interval texts, replications view and batch estimates (pool). */
export const replicationsEn = {
  intervalMeanHalf: (mean: string, half: string) => `${mean} ± ${half}`,
  intervalRange: (lo: string, hi: string) => `[${lo}, ${hi}]`,
  intervalSpoken: (mean: string, lo: string, hi: string) => `mean ${mean}, 95% interval ${lo} to ${hi}`,
  bandLo: (name: string) => `${name} 95% low`,
  bandHi: (name: string) => `${name} 95% high`,
  bandMean: (name: string) => `${name} mean`,
  bandLegend: '95% interval (shaded)',
  bandZero: 'no difference',
  bandSummary: (title: string, names: string, months: number) =>
    `${title}: the mean of each of ${names} month by month over ${months} months, with the 95% interval as a shaded band.`,
} satisfies Dictionary;
