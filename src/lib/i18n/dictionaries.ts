/**
 * The UI's words. Each area of the app keeps its strings in `areas/<area>.en.ts` (the reference)
 * and `areas/<area>.zh-CN.ts` (typed as `typeof` the English one, so a missing or misspelt key is a
 * type error, not a blank label). `messages.en.ts` and `messages.zh-CN.ts` join the areas into one
 * dictionary per language, each loaded only when its language is shown (index.svelte.ts); this
 * file lists the areas for test/unit/i18n/dictionaries.test.ts, which checks that no key is defined
 * by two areas. The app imports only types from here, so that it does not bundle both languages.
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
import { backupEn } from './areas/backup.en.ts';
import { backupZhCN } from './areas/backup.zh-CN.ts';
import { compareEn } from './areas/compare.en.ts';
import { compareZhCN } from './areas/compare.zh-CN.ts';
import { gameEn } from './areas/game.en.ts';
import { gameZhCN } from './areas/game.zh-CN.ts';
import { presentEn } from './areas/present.en.ts';
import { presentZhCN } from './areas/present.zh-CN.ts';
import { pwaEn } from './areas/pwa.en.ts';
import { pwaZhCN } from './areas/pwa.zh-CN.ts';
import { replicationsEn } from './areas/replications.en.ts';
import { replicationsZhCN } from './areas/replications.zh-CN.ts';
import { rivalsEn } from './areas/rivals.en.ts';
import { rivalsZhCN } from './areas/rivals.zh-CN.ts';
import { sweepEn } from './areas/sweep.en.ts';
import { sweepZhCN } from './areas/sweep.zh-CN.ts';
import { teachingEn } from './areas/teaching.en.ts';
import { teachingZhCN } from './areas/teaching.zh-CN.ts';
import { tenureEn } from './areas/tenure.en.ts';
import { tenureZhCN } from './areas/tenure.zh-CN.ts';

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
  backup: { en: backupEn, 'zh-CN': backupZhCN },
  compare: { en: compareEn, 'zh-CN': compareZhCN },
  game: { en: gameEn, 'zh-CN': gameZhCN },
  present: { en: presentEn, 'zh-CN': presentZhCN },
  pwa: { en: pwaEn, 'zh-CN': pwaZhCN },
  replications: { en: replicationsEn, 'zh-CN': replicationsZhCN },
  rivals: { en: rivalsEn, 'zh-CN': rivalsZhCN },
  sweep: { en: sweepEn, 'zh-CN': sweepZhCN },
  teaching: { en: teachingEn, 'zh-CN': teachingZhCN },
  tenure: { en: tenureEn, 'zh-CN': tenureZhCN },
} as const;

export { en, type Messages } from './messages.en.ts';
export { zhCN } from './messages.zh-CN.ts';
