/** One case table for every ASCII id the archive makes (src/lib/article/ids.ts). */
import { describe, expect, test } from 'vitest';
import { articleIdFor, freshId, nameIdFor, slugify, speakerIdFor, suggestArticleId, uniqueSlugs } from '../../../src/lib/article/ids.ts';
import { asciiId } from '../../../src/lib/article/schema.ts';
import { speakerEntry } from '../../../scripts/lib/stages/speakers.ts';
import { inferMeta } from '../../../scripts/lib/stages/infer-meta.ts';
import { splitSourceBlocks } from '../../../scripts/lib/stages/split-blocks.ts';

describe('articleIdFor', () => {
  test.each([
    { id: 'han-title', date: '2024-06-13', title: '加快建设幸福美好新甘肃', expected: '2024-06-13-jia-kuai-jian-she-xing-fu' },
    { id: 'latin-and-digits-kept-whole', date: '2024-06-13', title: '甘肃：GDP增长5.2%', expected: '2024-06-13-gan-su-gdp-zeng-zhang-5' },
    { id: 'digit-runs-not-split', date: '2024-11-20', title: '2024年G20峰会新闻发布会', expected: '2024-11-20-2024-nian-g20-feng-hui-xin' },
    { id: 'a title that opens with its full date: the id does not repeat it', date: '2024-03-12', title: '2024年3月12日外交部发言人毛宁主持例行记者会', expected: '2024-03-12-wai-jiao-bu-fa-yan-ren' },
    { id: 'traditional-u-umlaut-as-v', date: '2023-11-02', title: '綠色發展 繁體標題', expected: '2023-11-02-lv-se-fa-zhan-fan-ti' },
    { id: 'punctuation-only', date: '2024-06-13', title: '《》——', expected: '2024-06-13' },
  ])('$id: $title → $expected', ({ date, title, expected }) => {
    const id = articleIdFor(date, title);
    expect(id).toBe(expected);
    expect(asciiId.safeParse(id).success).toBe(true);
  });

  test('npm run import infers the same id as npm run new for the same title and date', () => {
    const title = '2024年G20峰会新闻发布会';
    const { meta } = inferMeta(splitSourceBlocks(`${title}\n\n正文。`), { date: '2024-11-20', outlet: '甘肃日报', region: '甘肃' });
    expect(meta?.articles[0]?.id).toBe(articleIdFor('2024-11-20', title));
  });
});

describe('slugify', () => {
  test.each([
    { text: '任振鹤', limit: 6, expected: 'ren-zhen-he' },
    { text: 'ABC 发布会', limit: 6, expected: 'abc-fa-bu-hui' },
    { text: '一二三四五六七八', limit: 3, expected: 'yi-er-san' },
    { text: '·—', limit: 6, expected: '' },
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

describe('speakerIdFor (surname readings)', () => {
  test.each([
    { name: '任振鹤', expected: 'ren-zhenhe' },
    { name: '卢莹', expected: 'lu-ying' },
    { name: '王占东', expected: 'wang-zhandong' },
    { name: '刘长发', expected: 'liu-changfa' },
    { name: '单雄', expected: 'shan-xiong' },
    { name: '曾庆红', expected: 'zeng-qinghong' },
    { name: '吕梁', expected: 'lv-liang' },
  ])('$name → $expected', ({ name, expected }) => {
    expect(speakerIdFor(name)).toBe(expected);
  });

  test('the normalizer registers 单雄 with the id the validator suggests', () => {
    expect(speakerEntry('單雄', 'hant').id).toBe(speakerIdFor('单雄'));
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

describe('nameIdFor (outlets, regions)', () => {
  test.each([
    { hans: '新甘肃·甘肃日报', expected: 'xin-gan-su-gan-su-ri-bao' },
    { hans: '庆阳', expected: 'qing-yang' },
    { hans: '吕梁', expected: 'lv-liang' },
    { hans: 'CGTN 新闻', expected: 'cgtn-xin-wen' },
    { hans: '·—', expected: 'x' },
  ])('$hans → $expected', ({ hans, expected }) => {
    expect(nameIdFor(hans)).toBe(expected);
  });

  test('uniqueSlugs suffixes collisions independently of input order', () => {
    const names = [{ key: '长安', hans: '长安' }, { key: '长案', hans: '长案' }, { key: '长安', hans: '长安' }];
    const forward = uniqueSlugs(names);
    const backward = uniqueSlugs([...names].reverse());
    expect([...forward]).toEqual([...backward]);
    expect([...forward.values()].sort()).toEqual(['chang-an', 'chang-an-2']);
  });
});
