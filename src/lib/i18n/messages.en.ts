/** The English dictionary, all areas joined; loaded on its own so that a Chinese page never fetches it (see index.svelte.ts). */
import { coreEn } from './areas/core.en.ts';
import { storageEn } from './areas/storage.en.ts';
import { leversEn } from './areas/levers.en.ts';
import { editorEn } from './areas/editor.en.ts';
import { chartsEn } from './areas/charts.en.ts';
import { shellEn } from './areas/shell.en.ts';
import { glassEn } from './areas/glass.en.ts';
import { validationEn } from './areas/validation.en.ts';

// Merge order matters only for clashes, which test/unit/i18n/dictionaries.test.ts forbids.
export const en = { ...coreEn, ...storageEn, ...leversEn, ...editorEn, ...chartsEn, ...shellEn, ...glassEn, ...validationEn };
export type Messages = typeof en;
