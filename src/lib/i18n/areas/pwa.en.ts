import type { Dictionary } from './dictionary.ts';

/** English strings of the offline app: the update prompt. */
export const pwaEn = {
  pwaUpdateReady: 'A new version of the workbench is ready. Your draft is kept.',
  pwaReload: 'Reload to update',
  pwaUpdatedElsewhere: 'The workbench was updated in another tab. Reload this one when it suits you (your draft is kept).',
  pwaReloadNow: 'Reload',
} satisfies Dictionary;
