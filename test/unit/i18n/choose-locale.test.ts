import { describe, expect, it } from 'vitest';
import { chooseLocale, localeOfTag } from '../../../src/lib/i18n/chooseLocale.ts';

const none = { param: null, stored: null, languages: [] as string[] };

describe('the language the app opens in', () => {
  it('follows a Chinese browser on the first visit, whatever the Chinese variant', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-Hans-CN', 'zh-TW', 'ZH_cn']) expect(chooseLocale({ ...none, languages: [tag, 'en-US'] })).toBe('zh-CN');
  });

  it('takes the first browser language it speaks, and English for a reader of neither', () => {
    expect(chooseLocale({ ...none, languages: ['en-GB', 'zh-CN'] })).toBe('en');
    expect(chooseLocale({ ...none, languages: ['fr-FR', 'zh-CN'] })).toBe('zh-CN');
    expect(chooseLocale({ ...none, languages: ['fr-FR', 'de'] })).toBe('en');
    expect(chooseLocale(none)).toBe('en');
  });

  it('keeps the switch’s remembered choice over the browser’s languages', () => {
    expect(chooseLocale({ ...none, stored: 'en', languages: ['zh-CN'] })).toBe('en');
    expect(chooseLocale({ ...none, stored: 'zh-CN', languages: ['en-US'] })).toBe('zh-CN');
    expect(chooseLocale({ ...none, stored: 'klingon', languages: ['zh-CN'] })).toBe('zh-CN');
  });

  it('lets ?lang= in a link override both, and ignores a value it does not know', () => {
    expect(chooseLocale({ param: 'zh', stored: 'en', languages: ['en-US'] })).toBe('zh-CN');
    expect(chooseLocale({ param: 'en', stored: 'zh-CN', languages: ['zh-CN'] })).toBe('en');
    expect(chooseLocale({ param: 'xx', stored: 'zh-CN', languages: ['en-US'] })).toBe('zh-CN');
  });

  it('reads only the primary subtag', () => {
    expect(localeOfTag(' zh-hant ')).toBe('zh-CN');
    expect(localeOfTag('eng')).toBeNull();
    expect(localeOfTag('')).toBeNull();
    expect(localeOfTag(undefined)).toBeNull();
  });
});
