import { describe, expect, test } from 'vitest';
import { assertLocale, localeOfScript, pickLocale } from '../../../src/i18n/locales.ts';
import { ui } from '../../../src/i18n/ui.ts';

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
  test('every locale has the same UI keys, none empty', () => {
    const keys = Object.keys(ui['zh-hans']).sort();
    expect(Object.keys(ui['zh-hant']).sort()).toEqual(keys);
    for (const strings of Object.values(ui)) {
      for (const value of Object.values(strings)) expect(value.trim()).not.toBe('');
    }
  });
});
