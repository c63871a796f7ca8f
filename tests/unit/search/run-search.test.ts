import { describe, expect, test } from 'vitest';
import { createFold } from '../../../src/lib/search/fold.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import type { StoredArticle } from '../../../src/lib/search/record.ts';
import { runSearch, type PagefindLike, type SearchFilters } from '../../../src/lib/search/run-search.ts';

const fold = createFold('');

const article = (id: string, texts: [anchor: string, text: string, speaker?: string][]): StoredArticle => ({
  id,
  date: '2024-01-01',
  kind: 'press-conference',
  title: id,
  outlet: '报',
  passages: texts.map(([a, x, s]) => (s ? { a, x, r: 'a' as const, s } : { a, x })),
});

const articles = [
  article('a', [['t1', '天水麻辣烫火爆出圈', 'zhang'], ['t2', '兰州牛肉面', 'ren']]),
  article('b', [['p1', '天水的新变化'], ['p2', '麻辣烫的故事']]),
  article('c', [['p1', '麻辣烫天水']]),
];

/** A fake Pagefind: like the real one, it returns every article containing all characters of the query anywhere (a superset). */
const fakePagefind = (calls: string[] = []): PagefindLike => ({
  async search(term, options) {
    calls.push(term);
    const chars = Array.from(term.replace(/\s/g, ''));
    const hits = articles.filter((a) => {
      const text = a.passages.map((p) => p.x).join('');
      const speakerOk = !options.filters?.speaker || a.passages.some((p) => p.s === options.filters?.speaker);
      return speakerOk && chars.every((c) => text.includes(c));
    });
    return { results: hits.map((a) => ({ id: a.id, data: async () => ({ meta: { data: JSON.stringify(a) } }) })) };
  },
});

const run = (raw: string, filters: SearchFilters = {}) => runSearch(fakePagefind(), parseQuery(raw, fold)!, filters, 'relevance', fold);
const anchors = (hits: { article: StoredArticle; passage: { a: string } }[]) => hits.map((h) => `${h.article.id}#${h.passage.a}`);

describe('runSearch', () => {
  test.each([
    { id: 'word: only passages that contain it, not articles with its pieces scattered', query: '天水麻辣烫', hits: ['a#t1'] },
    { id: 'words: both in one passage, any order', query: '麻辣烫 天水', hits: ['a#t1', 'c#p1'] },
    { id: 'phrase in order', query: '"天水麻辣烫"', hits: ['a#t1'] },
    { id: 'negative: phrase reversed', query: '"麻辣烫天水"', hits: ['c#p1'] },
    { id: 'negative: words in two passages are not a passage match', query: '天水 故事', hits: [] },
  ])('$id', async ({ query, hits }) => {
    expect(anchors((await run(query)).hits)).toEqual(hits);
  });

  test('a word found nowhere is reported, and partial matches say what they miss', async () => {
    const outcome = await run('天水麻辣烫 重庆');
    expect(outcome.hits).toEqual([]);
    expect(outcome.unmatched).toEqual([1]);
    expect(anchors(outcome.partial)).toEqual(['a#t1']);
    expect(outcome.partial[0]?.missing).toEqual([1]);
  });

  test('words that exist but never together: no hits, nothing unmatched, partial matches listed', async () => {
    const outcome = await run('牛肉面 故事');
    expect(outcome.hits).toEqual([]);
    expect(outcome.unmatched).toEqual([]);
    expect(anchors(outcome.partial).sort()).toEqual(['a#t2', 'b#p2']);
  });

  test('a phrase with no match has no partial matches', async () => {
    const outcome = await run('"天水故事"');
    expect(outcome.hits).toEqual([]);
    expect(outcome.partial).toEqual([]);
  });

  test('speaker filter keeps only that speaker’s passages', async () => {
    expect(anchors((await run('天水', { speaker: 'zhang' })).hits)).toEqual(['a#t1']);
    expect(anchors((await run('兰州', { speaker: 'zhang' })).hits)).toEqual([]);
  });

  test('sends each term to Pagefind on its own, unquoted', async () => {
    const calls: string[] = [];
    await runSearch(fakePagefind(calls), parseQuery('"天水 麻辣烫"', fold)!, {}, 'newest', fold);
    await runSearch(fakePagefind(calls), parseQuery('天水 麻辣烫', fold)!, {}, 'newest', fold);
    expect(calls).toEqual(['天水麻辣烫', '天水', '麻辣烫']);
  });
});
