import type { replicationsEn } from './replications.en.ts';

/** 区间带图、区间文字、重复运行视图与批量估算的文字（pool）。 */
export const replicationsZhCN: typeof replicationsEn = {
  intervalMeanHalf: (mean: string, half: string) => `${mean} ± ${half}`,
  intervalRange: (lo: string, hi: string) => `[${lo}, ${hi}]`,
  intervalSpoken: (mean: string, lo: string, hi: string) => `均值 ${mean}，95%置信区间 ${lo} 至 ${hi}`,
  bandLo: (name: string) => `${name} 95%下限`,
  bandHi: (name: string) => `${name} 95%上限`,
  bandMean: (name: string) => `${name} 均值`,
  bandLegend: '95%置信区间（阴影）',
  bandZero: '无差异',
  bandSummary: (title: string, names: string, months: number) => `${title}：${names}各自逐月的均值，共 ${months} 个月，阴影带为95%置信区间。`,
};
