import { describe, expect, test } from 'vitest';
import { articleIdFor, freshId, slugify, speakerIdFor, suggestArticleId } from '../../../scripts/lib/validate/suggest-id.ts';
import { asciiId } from '../../../src/lib/article/schema.ts';

describe('articleIdFor', () => {
  test.each([
    { date: '2024-06-13', title: '加快建设幸福美好新甘肃', expected: '2024-06-13-jia-kuai-jian-she-xing-fu' },
    { date: '2024-06-13', title: '甘肃：GDP增长5.2%', expected: '2024-06-13-gan-su-gdp-zeng-zhang-5' },
    { date: '2023-11-02', title: '綠色發展 繁體標題' /* ü is written v */, expected: '2023-11-02-lv-se-fa-zhan-fan-ti' },
    { date: '2024-06-13', title: '《》——', expected: '2024-06-13' },
  ])('$title → $expected', ({ date, title, expected }) => {
    const id = articleIdFor(date, title);
    expect(id).toBe(expected);
    expect(asciiId.safeParse(id).success).toBe(true);
  });
});

describe('slugify', () => {
  test.each([
    { text: '任振鹤', limit: 6, expected: 'ren-zhen-he' },
    { text: 'ABC 发布会', limit: 6, expected: 'abc-fa-bu-hui' },
    { text: '一二三四五六七八', limit: 3, expected: 'yi-er-san' },
  ])('$text → $expected', ({ text, limit, expected }) => {
    expect(slugify(text, limit)).toBe(expected);
  });
});

describe('freshId', () => {
  test.each([
    { base: 'a', taken: [], expected: 'a' },
    { base: 'a', taken: ['a'], expected: 'a-2' },
    { base: 'a', taken: ['a', 'a-2', 'a-3'], expected: 'a-4' },
    { base: 'a', taken: ['a-2'], expected: 'a' },
  ])('$base with $taken taken → $expected', ({ base, taken, expected }) => {
    expect(freshId(base, new Set(taken))).toBe(expected);
  });
});

describe('speakerIdFor', () => {
  test.each([
    { name: '任振鹤', expected: 'ren-zhenhe' },
    { name: '任振鶴', expected: 'ren-zhenhe' },
    { name: '卢莹', expected: 'lu-ying' },
    { name: '王占东', expected: 'wang-zhandong' },
  ])('$name → $expected', ({ name, expected }) => {
    expect(speakerIdFor(name)).toBe(expected);
  });
});

describe('suggestArticleId', () => {
  test.each([
    { date: '2024-06-13', bad: '甘肃发布会', expected: '2024-06-13-gan-su-fa-bu-hui' },
    { date: '2024-06-13', bad: '2024-06-13-甘肃发布会', expected: '2024-06-13-gan-su-fa-bu-hui' },
    { date: '', bad: 'Gansu_Press', expected: 'gansu-press' },
    { date: 'not a date', bad: '新闻', expected: 'xin-wen' },
  ])('$bad → $expected', ({ date, bad, expected }) => {
    expect(suggestArticleId(date, bad)).toBe(expected);
  });
});
