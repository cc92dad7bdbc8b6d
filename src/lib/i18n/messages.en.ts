/** The English dictionary, all areas joined; loaded on its own so that a Chinese page never fetches it (see index.svelte.ts). */
import { coreEn } from './areas/core.en.ts';
import { storageEn } from './areas/storage.en.ts';
import { leversEn } from './areas/levers.en.ts';
import { editorEn } from './areas/editor.en.ts';
import { chartsEn } from './areas/charts.en.ts';
import { shellEn } from './areas/shell.en.ts';
import { glassEn } from './areas/glass.en.ts';
import { validationEn } from './areas/validation.en.ts';
import { analysisEn } from './areas/analysis.en.ts';
import { backupEn } from './areas/backup.en.ts';
import { compareEn } from './areas/compare.en.ts';
import { gameEn } from './areas/game.en.ts';
import { presentEn } from './areas/present.en.ts';
import { pwaEn } from './areas/pwa.en.ts';
import { replicationsEn } from './areas/replications.en.ts';
import { rivalsEn } from './areas/rivals.en.ts';
import { sweepEn } from './areas/sweep.en.ts';
import { teachingEn } from './areas/teaching.en.ts';
import { tenureEn } from './areas/tenure.en.ts';

// Merge order matters only for clashes, which test/unit/i18n/dictionaries.test.ts forbids.
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
  ...backupEn,
  ...compareEn,
  ...gameEn,
  ...presentEn,
  ...pwaEn,
  ...replicationsEn,
  ...rivalsEn,
  ...sweepEn,
  ...teachingEn,
  ...tenureEn,
};
export type Messages = typeof en;
