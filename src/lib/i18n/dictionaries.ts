/**
 * The UI's words. Each area of the app keeps its strings in `areas/<area>.en.ts` (the reference)
 * and `areas/<area>.zh-CN.ts` (typed as `typeof` the English one, so a missing or misspelt key is a
 * type error, not a blank label). This file joins the areas into one dictionary per language;
 * test/unit/i18n.test.ts checks that no key is defined by two areas.
 */
import { coreEn } from './areas/core.en.ts';
import { coreZhCN } from './areas/core.zh-CN.ts';
import { storageEn } from './areas/storage.en.ts';
import { storageZhCN } from './areas/storage.zh-CN.ts';
import { leversEn } from './areas/levers.en.ts';
import { leversZhCN } from './areas/levers.zh-CN.ts';
import { editorEn } from './areas/editor.en.ts';
import { editorZhCN } from './areas/editor.zh-CN.ts';
import { chartsEn } from './areas/charts.en.ts';
import { chartsZhCN } from './areas/charts.zh-CN.ts';
import { shellEn } from './areas/shell.en.ts';
import { shellZhCN } from './areas/shell.zh-CN.ts';
import { glassEn } from './areas/glass.en.ts';
import { glassZhCN } from './areas/glass.zh-CN.ts';
import { validationEn } from './areas/validation.en.ts';
import { validationZhCN } from './areas/validation.zh-CN.ts';
import { analysisEn } from './areas/analysis.en.ts';
import { analysisZhCN } from './areas/analysis.zh-CN.ts';
import { teachingEn } from './areas/teaching.en.ts';
import { teachingZhCN } from './areas/teaching.zh-CN.ts';
import { presentEn } from './areas/present.en.ts';
import { presentZhCN } from './areas/present.zh-CN.ts';
import { gameEn } from './areas/game.en.ts';
import { gameZhCN } from './areas/game.zh-CN.ts';
import { pwaEn } from './areas/pwa.en.ts';
import { pwaZhCN } from './areas/pwa.zh-CN.ts';
import { backupEn } from './areas/backup.en.ts';
import { backupZhCN } from './areas/backup.zh-CN.ts';

/** The areas in merge order; the i18n test reads this list to find duplicate keys. */
export const areas = {
  core: { en: coreEn, 'zh-CN': coreZhCN },
  storage: { en: storageEn, 'zh-CN': storageZhCN },
  levers: { en: leversEn, 'zh-CN': leversZhCN },
  editor: { en: editorEn, 'zh-CN': editorZhCN },
  charts: { en: chartsEn, 'zh-CN': chartsZhCN },
  shell: { en: shellEn, 'zh-CN': shellZhCN },
  glass: { en: glassEn, 'zh-CN': glassZhCN },
  validation: { en: validationEn, 'zh-CN': validationZhCN },
  analysis: { en: analysisEn, 'zh-CN': analysisZhCN },
  teaching: { en: teachingEn, 'zh-CN': teachingZhCN },
  present: { en: presentEn, 'zh-CN': presentZhCN },
  game: { en: gameEn, 'zh-CN': gameZhCN },
  pwa: { en: pwaEn, 'zh-CN': pwaZhCN },
  backup: { en: backupEn, 'zh-CN': backupZhCN },
} as const;

export const en = {
  ...coreEn,
  ...storageEn,
  ...leversEn,
  ...editorEn,
  ...chartsEn,
  ...shellEn,
  ...glassEn,
  ...validationEn,
  ...analysisEn,
  ...teachingEn,
  ...presentEn,
  ...gameEn,
  ...pwaEn,
  ...backupEn,
};
export type Messages = typeof en;
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
  ...teachingZhCN,
  ...presentZhCN,
  ...gameZhCN,
  ...pwaZhCN,
  ...backupZhCN,
};
