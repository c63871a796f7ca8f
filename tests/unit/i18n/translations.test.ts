import { describe, expect, test } from 'vitest';
import { localeList } from '../../../src/i18n/locales.ts';
import { createTranslator, interpolate } from '../../../src/i18n/translator.ts';
import { pickTranslations, translations, useTranslations, type UiKey, type UiTable } from '../../../src/i18n/ui.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = Object.keys(translations['zh-hans']) as UiKey[];

describe('one translation table per locale', () => {
  test('every locale has the same keys, none empty', () => {
    for (const locale of localeList) {
      expect(Object.keys(translations[locale]).sort()).toEqual([...keys].sort());
      for (const value of Object.values(translations[locale])) expect(value.trim()).not.toBe('');
    }
  });

  test.each(keys)('%s: same placeholders in every locale', (key) => {
    for (const locale of localeList) expect(placeholders(translations[locale][key])).toEqual(placeholders(translations['zh-hans'][key]));
  });

  test.each([
    { key: 'search.submit', hans: '搜索', hant: '搜尋' },
    { key: 'search.unmatched', hans: '以下词语在档案中没有找到：{terms}。', hant: '以下詞語在檔案中沒有找到：{terms}。' },
    { key: 'kind.interview', hans: '采访', hant: '採訪' },
    { key: 'kind.report', hans: '报道', hant: '報導' },
  ] as const)('$key is written in each script', ({ key, hans, hant }) => {
    expect(translations['zh-hans'][key]).toBe(hans);
    expect(translations['zh-hant'][key]).toBe(hant);
  });

  // Interview has one label across the site (it was 采访 on article pages and 访谈 in the search filter).
  test.each([
    { locale: 'zh-hans', other: '访谈' },
    { locale: 'zh-hant', other: '訪談' },
  ] as const)('$locale never says $other for an interview', ({ locale, other }) => {
    expect(Object.entries(translations[locale]).filter(([, value]) => value.includes(other))).toEqual([]);
  });
});

describe('t(key, vars)', () => {
  test.each([
    { locale: 'zh-hans', expected: '找到 3 段原文。' },
    { locale: 'zh-hant', expected: '找到 3 段原文。' },
  ] as const)('fills placeholders in $locale', ({ locale, expected }) => {
    expect(useTranslations(locale)('search.count', { n: 3 })).toBe(expected);
  });

  test('a string without placeholders needs no values', () => {
    expect(useTranslations('zh-hant')('search.submit')).toBe('搜尋');
  });

  test('an unknown key is an error, not an empty string', () => {
    const t = createTranslator<{ a: string }>({ a: 'x' });
    expect(() => (t as (key: string) => string)('b')).toThrow(/no UI string "b"/);
  });

  test('a browser script gets exactly the keys it asks for, in its locale', () => {
    const strings = pickTranslations('zh-hant', ['search.none', 'search.count']);
    expect(strings).toEqual({ 'search.none': translations['zh-hant']['search.none'], 'search.count': '找到 {n} 段原文。' });
    expect(createTranslator<Pick<UiTable, 'search.none' | 'search.count'>>(strings)('search.count', { n: 2 })).toBe('找到 2 段原文。');
  });
});

describe('interpolate', () => {
  test.each<{ template: string; vars: Record<string, string | number>; expected: string }>([
    { template: '找到 {n} 段原文。', vars: { n: 3 }, expected: '找到 3 段原文。' },
    { template: '{name}回答', vars: { name: '任振鹤' }, expected: '任振鹤回答' },
    { template: '缺少：{terms}', vars: {}, expected: '缺少：{terms}' },
    { template: '“{q}”', vars: { q: '{n}' }, expected: '“{n}”' },
  ])('$template', ({ template, vars, expected }) => {
    expect(interpolate(template, vars)).toBe(expected);
  });
});
