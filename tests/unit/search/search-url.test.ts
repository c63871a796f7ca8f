import { describe, expect, test } from 'vitest';
import { readSearchParams, searchUrl } from '../../../src/lib/search/search-url.ts';

describe('searchUrl', () => {
  test.each([
    { id: 'bare page', locale: 'zh-hans' as const, params: {}, expected: '/zh-hans/search/' },
    { id: 'query encoded', locale: 'zh-hant' as const, params: { q: '新质生产力' }, expected: '/zh-hant/search/?q=%E6%96%B0%E8%B4%A8%E7%94%9F%E4%BA%A7%E5%8A%9B' },
    { id: 'within one speaker', locale: 'zh-hans' as const, params: { speaker: 'ren-zhenhe' }, expected: '/zh-hans/search/?speaker=ren-zhenhe' },
    { id: 'empty values left out, fixed order', locale: 'zh-hans' as const, params: { sort: 'newest', q: '甘肃', outlet: ' ' }, expected: '/zh-hans/search/?q=%E7%94%98%E8%82%83&sort=newest' },
  ])('$id', ({ locale, params, expected }) => {
    expect(searchUrl(locale, params)).toBe(expected);
  });
});

describe('readSearchParams', () => {
  test.each([
    { search: '?q=%E7%94%98%E8%82%83&speaker=ren-zhenhe', expected: { q: '甘肃', speaker: 'ren-zhenhe' } },
    { search: '?q=+&unknown=1&year=2024', expected: { year: '2024' } },
    { search: '', expected: {} },
  ])('$search', ({ search, expected }) => {
    expect(readSearchParams(search)).toEqual(expected);
  });
});
