import type { coreEn } from './core.en.ts';

/** Simplified Chinese strings of the first screen; typed against the English ones so none can be missing. */
export const coreZhCN: typeof coreEn = {
  appName: '电信客户策略工作台',
  scenarioLabel: '情景',
  customers: '客户数',
  months: '月数',
  seed: '随机种子',
  run: '运行',
  cancel: '取消',
  progressLabel: '模拟进度',
  progress: (month, months) => `第 ${month} 月 / 共 ${months} 月`,
  statusIdle: '就绪。',
  statusStarting: '正在启动模拟…',
  statusRunning: (month, months) => `运行中：第 ${month} 月 / 共 ${months} 月。`,
  statusDone: (months, seconds) => `已完成 ${months} 个月，用时 ${seconds} 秒。`,
  statusCancelled: (month, months) => `已在第 ${month} 月（共 ${months} 月）取消。`,
  statusError: (message) => `运行失败：${message}`,
  workerRestarted: '模拟线程意外停止，已重新启动。请再次点击“运行”。',
  charts: '图表',
  legend: '图例',
};
