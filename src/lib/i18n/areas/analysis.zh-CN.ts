import type { analysisEn } from './analysis.en.ts';

/** 分析视图共用的文字：视图切换与批量运行进度。 */
export const analysisZhCN: typeof analysisEn = {
  analysisTab: '分析',
  analysisViews: '分析视图',
  analysisCompare: '对比',
  analysisReplications: '重复运行',
  analysisSweep: '参数扫描',
  analysisTornado: '敏感性',
  analysisNeedsValidScenario: '请先修正情景中的问题：分析按情景的当前内容运行。',
  batchProgressLabel: '已完成的运行',
  batchProgress: (done: number, total: number) => `已完成 ${done}/${total} 次运行`,
  batchEta: (time: string) => `约剩 ${time}`,
  batchCancelled: '已取消。未完成的批次不保留任何结果。',
  batchFailed: (message: string) => `分析中止：${message}。工作线程已重启，请再次运行。`,
  batchSeconds: (seconds: string) => `${seconds} 秒`,
  batchMinutes: (minutes: string) => `${minutes} 分钟`,
};
