/** The Simplified Chinese dictionary, all areas joined; loaded on its own so that an English page never fetches it (see index.svelte.ts). */
import type { Messages } from './messages.en.ts';
import { coreZhCN } from './areas/core.zh-CN.ts';
import { storageZhCN } from './areas/storage.zh-CN.ts';
import { leversZhCN } from './areas/levers.zh-CN.ts';
import { editorZhCN } from './areas/editor.zh-CN.ts';
import { chartsZhCN } from './areas/charts.zh-CN.ts';
import { shellZhCN } from './areas/shell.zh-CN.ts';
import { glassZhCN } from './areas/glass.zh-CN.ts';
import { validationZhCN } from './areas/validation.zh-CN.ts';
import { analysisZhCN } from './areas/analysis.zh-CN.ts';
import { backupZhCN } from './areas/backup.zh-CN.ts';
import { compareZhCN } from './areas/compare.zh-CN.ts';
import { gameZhCN } from './areas/game.zh-CN.ts';
import { presentZhCN } from './areas/present.zh-CN.ts';
import { pwaZhCN } from './areas/pwa.zh-CN.ts';
import { replicationsZhCN } from './areas/replications.zh-CN.ts';
import { rivalsZhCN } from './areas/rivals.zh-CN.ts';
import { sweepZhCN } from './areas/sweep.zh-CN.ts';
import { teachingZhCN } from './areas/teaching.zh-CN.ts';
import { tenureZhCN } from './areas/tenure.zh-CN.ts';

export const zhCN: Messages = {
  ...coreZhCN,
  ...storageZhCN,
  ...leversZhCN,
  ...editorZhCN,
  ...chartsZhCN,
  ...shellZhCN,
  ...glassZhCN,
  ...validationZhCN,
  ...analysisZhCN,
  ...backupZhCN,
  ...compareZhCN,
  ...gameZhCN,
  ...presentZhCN,
  ...pwaZhCN,
  ...replicationsZhCN,
  ...rivalsZhCN,
  ...sweepZhCN,
  ...teachingZhCN,
  ...tenureZhCN,
};
