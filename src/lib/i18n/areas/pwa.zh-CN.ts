import type { pwaEn } from './pwa.en.ts';

/** 离线应用（更新提示）的简体中文文字。 */
export const pwaZhCN: typeof pwaEn = {
  pwaUpdateReady: '工作台有新版本可用，当前草稿会保留。',
  pwaReload: '重新加载以更新',
  pwaUpdatedElsewhere: '工作台已在另一个标签页中更新。方便时请重新加载本页（草稿会保留）。',
  pwaReloadNow: '重新加载',
};
