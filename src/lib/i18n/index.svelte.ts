/**
 * The UI language: one reactive locale, kept across reloads, and the typed dictionaries. Components
 * read everything through `t()` and `localized()`, and format numbers with the helpers below so that
 * separators, percent signs and the currency follow the language.
 */
import type { LocalizedString } from '../../engine/schema.ts';
import type { Locale } from './chooseLocale.ts';
import { firstLocale, loadedMessages, loadMessages, STORAGE_KEY } from './load.ts';
import type { Messages } from './messages.en.ts';

export type { Locale, Messages };

/** The languages offered by the switch, each named in its own language. */
export const LOCALES: readonly { id: Locale; name: string }[] = [
  { id: 'en', name: 'English' },
  { id: 'zh-CN', name: '简体中文' },
];

/** Keys of plain-text entries (not the parameterised ones), for tables of labels. */
export type TextKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

export const i18n = $state<{ locale: Locale }>({ locale: firstLocale() });

/** Settles when the first language's dictionary is there; `t()` may be called after that. */
export const messagesReady: Promise<Messages> = loadMessages(i18n.locale);

/**
 * Switches the language once its dictionary is loaded, and remembers it; without storage the switch
 * still works for this visit. Until then the page stays in the language it was in.
 */
export async function setLocale(locale: Locale): Promise<void> {
  // Remembered at once, so that a reload while the dictionary loads still honours the choice.
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage denied or full: the choice lasts until reload, which is all we can do.
  }
  await loadMessages(locale);
  i18n.locale = locale;
}

/** The dictionary of the current locale (reactive when read in a component or $derived). */
export function t(): Messages {
  const messages = loadedMessages(i18n.locale);
  if (!messages) throw new Error(`the ${i18n.locale} dictionary is not loaded yet (await messagesReady)`);
  return messages;
}

/** Pick the current language from a scenario's bilingual text, falling back to English. */
export function localized(text: LocalizedString | undefined): string {
  if (!text) return '';
  return text[i18n.locale] || text.en;
}

/**
 * Intl formatters are costly to create, and the key figures, tables and tooltips format hundreds of
 * numbers per update, so they are kept per locale and options.
 */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache, not state: nothing renders from it
const formatters = new Map<string, Intl.NumberFormat>();

/** Numbers in the current locale (thousands separators etc.). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  const key = `${i18n.locale}|${JSON.stringify(options ?? {})}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.NumberFormat(i18n.locale, options)));
  return formatter.format(value);
}

/** A fraction (0.123) as a percentage in the current locale ("12.3%"). */
export function formatPercent(fraction: number, digits = 1): string {
  return formatNumber(fraction, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** An amount in RMB, whole yuan, with the locale's separators and currency sign. */
export function formatRMB(value: number): string {
  return formatNumber(value, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 0 });
}
