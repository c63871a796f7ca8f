import { describe, expect, test } from 'vitest';
import { assertLocale, localeList, localeOfPath, localeOfScript, otherLocale, otherScript, pickLocale } from '../../../src/i18n/locales.ts';

describe('pickLocale', () => {
  test.each([
    { languages: ['zh-TW'], expected: 'zh-hant' },
    { languages: ['zh-HK', 'en'], expected: 'zh-hant' },
    { languages: ['zh-MO'], expected: 'zh-hant' },
    { languages: ['zh-Hant-TW'], expected: 'zh-hant' },
    { languages: ['en-US', 'zh-tw'], expected: 'zh-hant' },
    { languages: ['zh-CN'], expected: 'zh-hans' },
    { languages: ['zh'], expected: 'zh-hans' },
    { languages: ['zh-SG', 'zh-TW'], expected: 'zh-hans' },
    { languages: ['zh-Hans-HK'], expected: 'zh-hans' },
    { languages: ['en-US', 'fr'], expected: 'zh-hans' },
    { languages: [], expected: 'zh-hans' },
  ])('$languages → $expected', ({ languages, expected }) => {
    expect(pickLocale(languages)).toBe(expected);
  });
});

describe('locale table', () => {
  test('maps scripts to locales both ways', () => {
    expect(localeOfScript('hans')).toBe('zh-hans');
    expect(localeOfScript('hant')).toBe('zh-hant');
  });
  test('rejects unknown locale segments', () => {
    expect(assertLocale('zh-hant')).toBe('zh-hant');
    expect(() => assertLocale('zh-tw')).toThrow(/unknown locale "zh-tw"/);
    expect(() => assertLocale(undefined)).toThrow(/unknown locale/);
  });
  test.each([
    { locale: 'zh-hans', other: 'zh-hant' },
    { locale: 'zh-hant', other: 'zh-hans' },
  ] as const)('otherLocale($locale) = $other', ({ locale, other }) => {
    expect(otherLocale(locale)).toBe(other);
  });
  test('the other locale of the other locale is the locale itself, for every locale', () => {
    for (const locale of localeList) expect(otherLocale(otherLocale(locale))).toBe(locale);
  });
  test.each([
    { script: 'hans', other: 'hant' },
    { script: 'hant', other: 'hans' },
  ] as const)('otherScript($script) = $other', ({ script, other }) => {
    expect(otherScript(script)).toBe(other);
  });
  test.each([
    { path: '/zh-hant/articles/x/', expected: 'zh-hant' },
    { path: '/zh-hans/', expected: 'zh-hans' },
    { path: '/zh-hans', expected: 'zh-hans' },
    { path: '/zh-hant?q=1', expected: 'zh-hant' },
    { path: '/zh-hant#t3', expected: 'zh-hant' },
    { path: '/zh-hansx/', expected: undefined },
    { path: '/zh-tw/', expected: undefined },
    { path: '/exports/turns.zh-hant.csv', expected: undefined },
    { path: '/', expected: undefined },
    { path: '/constructor/', expected: undefined },
  ])('localeOfPath($path) = $expected', ({ path, expected }) => {
    expect(localeOfPath(path)).toBe(expected);
  });
});
