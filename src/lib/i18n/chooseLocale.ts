/**
 * Which language the app opens in: a `?lang=` in the address (a link a lecturer sends) wins, then
 * the reader's own choice from an earlier visit, then the browser's languages, so that a reader
 * whose browser prefers Chinese sees Chinese on the first visit without finding the switch.
 */
export type Locale = 'en' | 'zh-CN';

export const isLocale = (value: unknown): value is Locale => value === 'en' || value === 'zh-CN';

/** A BCP 47 tag as one of ours: any Chinese (zh, zh-CN, zh-Hans-SG, zh-TW…) or any English; else null. */
export function localeOfTag(tag: string | null | undefined): Locale | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  return null;
}

export interface LocaleSources {
  /** The `lang` parameter of the page's address, if any. */
  param: string | null;
  /** The language stored by the switch on an earlier visit, if any. */
  stored: string | null;
  /** navigator.languages, most preferred first. */
  languages: readonly string[];
}

export function chooseLocale({ param, stored, languages }: LocaleSources): Locale {
  const fromParam = localeOfTag(param);
  if (fromParam) return fromParam;
  if (isLocale(stored)) return stored;
  // The browser's first language we speak; a reader of neither gets English.
  for (const tag of languages) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return 'en';
}
