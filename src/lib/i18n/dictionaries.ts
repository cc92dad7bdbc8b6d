/**
 * The UI's words. Each area of the app keeps its strings in `areas/<area>.en.ts` (the reference)
 * and `areas/<area>.zh-CN.ts` (typed as `typeof` the English one, so a missing or misspelt key is a
 * type error, not a blank label). This file joins the areas into one dictionary per language;
 * test/unit/i18n.test.ts checks that no key is defined by two areas.
 */
import { coreEn } from './areas/core.en.ts';
import { coreZhCN } from './areas/core.zh-CN.ts';
import { glassEn } from './areas/glass.en.ts';
import { glassZhCN } from './areas/glass.zh-CN.ts';

/** The areas in merge order; the i18n test reads this list to find duplicate keys. */
export const areas = {
  core: { en: coreEn, 'zh-CN': coreZhCN },
  glass: { en: glassEn, 'zh-CN': glassZhCN },
} as const;

export const en = { ...coreEn, ...glassEn };
export type Messages = typeof en;
export const zhCN: Messages = { ...coreZhCN, ...glassZhCN };
