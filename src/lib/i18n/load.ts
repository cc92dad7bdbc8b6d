/**
 * The page's first language and the fetching of each language's dictionary. Plain TypeScript (no
 * runes), so that main.ts can start fetching the page's words at once, alongside the app chunk,
 * rather than after it (index.svelte.ts, the reactive part, uses the same cache).
 */
import { chooseLocale, type Locale } from './chooseLocale.ts';
import type { Messages } from './messages.en.ts';

export const STORAGE_KEY = 'workbench.locale';

/** The switch's choice from an earlier visit; storage may be missing or denied (private mode, tests). */
function storedChoice(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The language the page opens in: `?lang=`, then the stored choice, then the browser's languages. */
export function firstLocale(): Locale {
  const address = globalThis.location?.search ?? '';
  return chooseLocale({ param: new URLSearchParams(address).get('lang'), stored: storedChoice(), languages: globalThis.navigator?.languages ?? [] });
}

// Each language's words are a chunk of their own, fetched when the language is first shown: a page
// in one language does not download the other's (about 13–14 kB gzipped each).
const loaders: Record<Locale, () => Promise<Messages>> = {
  en: () => import('./messages.en.ts').then((module) => module.en),
  'zh-CN': () => import('./messages.zh-CN.ts').then((module) => module.zhCN),
};
const loading = new Map<Locale, Promise<Messages>>();
const loaded: Partial<Record<Locale, Messages>> = {};

/** Fetches a language's dictionary once; the same promise for every later call. */
export function loadMessages(locale: Locale): Promise<Messages> {
  let promise = loading.get(locale);
  if (!promise) {
    promise = loaders[locale]().then((messages) => (loaded[locale] = messages));
    loading.set(locale, promise);
    // A failed fetch (offline before the chunk was cached) may be retried by the next switch.
    promise.catch(() => loading.delete(locale));
  }
  return promise;
}

/** A dictionary already fetched, else undefined. */
export function loadedMessages(locale: Locale): Messages | undefined {
  return loaded[locale];
}
