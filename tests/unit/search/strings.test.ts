import { describe, expect, test } from 'vitest';
import { fill, searchStrings } from '../../../src/lib/search/strings.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('search UI strings', () => {
  test.each(Object.keys(searchStrings['zh-hans']) as (keyof (typeof searchStrings)['zh-hans'])[])('%s: same placeholders in both scripts', (key) => {
    expect(placeholders(searchStrings['zh-hant'][key])).toEqual(placeholders(searchStrings['zh-hans'][key]));
  });

  test.each([
    { key: 'search.submit', hans: '搜索', hant: '搜尋' },
    { key: 'search.unmatched', hans: '以下词语在档案中没有找到：{terms}。', hant: '以下詞語在檔案中沒有找到：{terms}。' },
  ] as const)('$key is written in each script', ({ key, hans, hant }) => {
    expect(searchStrings['zh-hans'][key]).toBe(hans);
    expect(searchStrings['zh-hant'][key]).toBe(hant);
  });
});

describe('fill', () => {
  test.each<{ template: string; values: Record<string, string | number>; expected: string }>([
    { template: '找到 {n} 段原文。', values: { n: 3 }, expected: '找到 3 段原文。' },
    { template: '{name}回答', values: { name: '任振鹤' }, expected: '任振鹤回答' },
    { template: '缺少：{terms}', values: {}, expected: '缺少：{terms}' },
  ])('$template', ({ template, values, expected }) => {
    expect(fill(template, values)).toBe(expected);
  });
});
