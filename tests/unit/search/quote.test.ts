import { describe, expect, test } from 'vitest';
import { readArchive } from '../../../scripts/lib/search/read-archive.ts';
import { findQuotes, formatQuote, queryScript } from '../../../scripts/lib/search/quote.ts';
import { createFold } from '../../../src/lib/search/fold.ts';
import { archiveFoldMap, encodeFoldTable } from '../../../src/lib/search/fold-table.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';

const fold = createFold(encodeFoldTable(archiveFoldMap()));
const archive = readArchive('tests/fixtures/search-content');
const find = (raw: string, script: 'hans' | 'hant', speaker?: string) => findQuotes(archive, parseQuery(raw, fold)!, fold, script, speaker);

describe('queryScript', () => {
  test.each([
    { text: '新質生產力', expected: 'hant' },
    { text: '新质生产力', expected: 'hans' },
    { text: 'CCTV 2024', expected: 'hans' },
  ])('$text', ({ text, expected }) => {
    expect(queryScript(text, fold)).toBe(expected);
  });
});

describe('findQuotes', () => {
  test.each([
    { id: '繁 query finds the 简 press conference and the 繁 report, shown in 繁', raw: '天水麻辣燙', script: 'hant' as const, paths: ['/zh-hant/articles/2024-06-13-search-fixture-press-conference/#t3', '/zh-hant/articles/2024-06-13-search-fixture-press-conference/#t4', '/zh-hant/articles/2023-02-01-search-fixture-traditional/#p3'] },
    { id: '简 query finds the 繁 report, shown in 简', raw: '开门红', script: 'hans' as const, paths: ['/zh-hans/articles/2023-02-01-search-fixture-traditional/#p2'] },
    { id: 'negative: phrase out of order', raw: '"麻辣烫天水"', script: 'hans' as const, paths: [] },
    { id: 'negative: words in different passages', raw: '开门红 麻辣烫', script: 'hans' as const, paths: [] },
  ])('$id', ({ raw, script, paths }) => {
    expect(find(raw, script).map((m) => m.path)).toEqual(paths);
  });

  test('speaker, date, title and outlet in the output script', () => {
    const [match] = find('新質生產力', 'hant');
    expect(match).toMatchObject({ who: '任振鶴回答', date: '2024-06-13', title: '國務院新聞辦「推動高質量發展」系列主題新聞發布會甘肅專場', outlet: '新甘肅·甘肅日報' });
    expect(match?.text.slice(...match.marks[0]!)).toBe('新質生產力');
  });

  test('within one speaker', () => {
    expect(find('甘肃', 'hans', 'zhang-jingang').map((m) => m.who)).toEqual(['张锦刚回答']);
  });

  test('formatQuote prints who, when, where, the passage with marks, and the permalink', () => {
    const [match] = find('新质生产力', 'hans');
    expect(formatQuote(match!, 'https://archive.example', (s) => `[${s}]`)).toBe(
      '任振鹤回答 · 2024-06-13 · 国务院新闻办“推动高质量发展”系列主题新闻发布会甘肃专场 · 新甘肃·甘肃日报\n' +
        '  甘肃经济增速进入全国第一方阵，非常不容易。我们坚持稳中求进工作总基调，加快发展[新质生产力]。\n' +
        '  https://archive.example/zh-hans/articles/2024-06-13-search-fixture-press-conference/#t2',
    );
  });
});
