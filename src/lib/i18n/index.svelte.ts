/**
 * The UI language: one reactive locale and the typed dictionaries. A later issue adds the
 * switch; components already read everything through `t()` and `localized()`.
 */
import type { LocalizedString } from '../../engine/schema.ts';
import { en, zhCN, type Messages } from './dictionaries.ts';

export type Locale = 'en' | 'zh-CN';
export type { Messages };

/** Keys of plain-text entries (not the parameterised ones), for tables of labels. */
export type TextKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];

const dictionaries: Record<Locale, Messages> = { en, 'zh-CN': zhCN };

export const i18n = $state<{ locale: Locale }>({ locale: 'en' });

/** The dictionary of the current locale (reactive when read in a component or $derived). */
export function t(): Messages {
  return dictionaries[i18n.locale];
}

/** Pick the current language from a scenario's bilingual text, falling back to English. */
export function localized(text: LocalizedString): string {
  return text[i18n.locale] || text.en;
}

/** Numbers in the current locale (thousands separators etc.). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(i18n.locale, options).format(value);
}
