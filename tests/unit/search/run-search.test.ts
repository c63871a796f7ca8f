import { describe, expect, test } from 'vitest';
import type { SearchFilters } from '../../../src/lib/search/engine.ts';
import { createFold } from '../../../src/lib/search/fold.ts';
import { matchPeople, type PersonEntry } from '../../../src/lib/search/people.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { indexedLine, passageSeparator, storedFilter, type StoredArticle } from '../../../src/lib/search/record.ts';
import { clusterSize, denseStarts, fragmentBudget, leaveOneOut, runSearch, spanOfAll, type PagefindLike } from '../../../src/lib/search/run-search.ts';

const fold = createFold('');

interface Fake {
  article: StoredArticle;
  /** Passage texts, the headline first, then the line of names the record indexes. */
  texts: string[];
}
const article = (id: string, texts: [anchor: string, text: string, speaker?: string][], names: string[] = []): Fake => ({
  article: { id, date: '2024-01-01', kind: 'press-conference', title: id, outlet: '报', headline: id, chunks: [1], passages: [{ a: '' }, ...texts.map(([a, , s]) => (s ? { a, r: 'a' as const, s } : { a }))] },
  texts: [id, ...texts.map(([, x]) => x), names.join(' ')],
});

const articles = [
  article('a', [['t1', '天水麻辣烫火爆出圈', 'zhang'], ['t2', '兰州牛肉面', 'ren']], ['张锦刚', '任振鹤']),
  article('b', [['p1', '天水的新变化'], ['p2', '麻辣烫的故事']]),
  article('c', [['p1', '麻辣烫天水']]),
];

/**
 * A fake Pagefind: every Han character is a word, as is every run of Latin letters or digits, over the
 * record's indexed text (punctuation gone, `indexedLine()`), with word positions like the real one's.
 * Unquoted, it returns every article containing all words of the query anywhere (a superset), with the
 * positions of all of them; quoted, the articles where they stand in a row, with those positions. It
 * loads a fragment (counted) only when `data()` is called; content comes back as Pagefind returns it,
 * words joined by zero-width spaces.
 */
const wordsOf = (text: string): string[] => text.match(/\p{Script=Han}|[\p{L}\p{N}]+|\u241e/gu) ?? [];
const fakePagefind = (pool: Fake[], log: { calls: (string | null)[]; loads: number } = { calls: [], loads: 0 }): PagefindLike => ({
  async search(term, options) {
    log.calls.push(term);
    const quoted = term?.startsWith('"') ?? false;
    const query = wordsOf(term ?? '');
    const hits = pool.flatMap((a) => {
      const speakerOk = !options.filters?.speaker || a.article.passages.some((p) => p.s === options.filters?.speaker);
      const words = wordsOf(a.texts.map(indexedLine).join(passageSeparator));
      const at = quoted
        ? words.flatMap((_, i) => (query.every((w, k) => words[i + k] === w) ? query.map((__, k) => i + k) : []))
        : words.flatMap((w, i) => (query.includes(w) ? [i] : []));
      const found = quoted ? at.length > 0 : query.every((w) => words.includes(w));
      return speakerOk && found && query.length > 0 ? [{ a, at }] : [];
    });
    return {
      results: hits.map(({ a, at }) => ({
        id: a.article.id,
        words: at,
        data: async () => {
          log.loads++;
          return { filters: { [storedFilter]: [JSON.stringify(a.article)] }, content: Array.from(a.texts.map(indexedLine).join(passageSeparator)).join('\u200b') };
        },
      })),
    };
  },
});

const context = (raw: string, filters: SearchFilters = {}, people: PersonEntry[] = []) => {
  const query = parseQuery(raw, fold)!;
  return { query, people: matchPeople(query.keys, people, fold), filters, sort: 'relevance' as const, fold };
};
const run = (raw: string, filters: SearchFilters = {}, people: PersonEntry[] = []) => runSearch(fakePagefind(articles), context(raw, filters, people));
const anchors = (hits: { article: StoredArticle; passage: { a: string } }[]) => hits.map((h) => `${h.article.id}#${h.passage.a}`);

describe('runSearch', () => {
  test.each([
    { id: 'word: only passages that contain it, not articles with its pieces scattered', query: '天水麻辣烫', hits: ['a#t1'] },
    { id: 'words: both in one passage, any order; the phrase in order first', query: '麻辣烫 天水', hits: ['c#p1', 'a#t1'] },
    { id: 'phrase in order', query: '"天水麻辣烫"', hits: ['a#t1'] },
    { id: 'negative: phrase reversed', query: '"麻辣烫天水"', hits: ['c#p1'] },
    { id: 'negative: words in two passages are not a passage match', query: '天水 故事', hits: [] },
    { id: 'punctuation typed is part of the phrase', query: '天水麻辣烫，火爆', hits: ['a#t1'] },
    { id: 'negative: punctuation typed does not split the phrase', query: '天水，故事', hits: [] },
    { id: 'regex metacharacters are literal', query: 'COVID-19 (a+b)*', hits: [] },
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

  test('a misspelt word: suggestions from the articles with all but one of its characters', async () => {
    const outcome = await run('天水麻辣汤');
    expect(outcome.hits).toEqual([]);
    expect(outcome.suggestions.map((s) => s.key)).toEqual(['天水麻辣烫']);
    expect(outcome.suggestions[0]?.article.id).toBe('a');
  });

  test('a name finds the articles where that person speaks (their names are indexed), their answers first', async () => {
    const ren: PersonEntry = { id: 'ren', name: '任振鹤', positions: [], answers: 1 };
    const outcome = await run('任振鹤', {}, [ren]);
    expect(anchors(outcome.hits)).toEqual(['a#t2']);
  });

  test('sends each term to Pagefind on its own, punctuation as spaces, then as a phrase', async () => {
    const log = { calls: [] as (string | null)[], loads: 0 };
    await runSearch(fakePagefind(articles, log), context('"天水 麻辣烫"'));
    await runSearch(fakePagefind(articles, log), context('天水 麻辣烫，火爆'));
    expect(log.calls).toEqual(['天水麻辣烫', '"天水麻辣烫"', '天水', '麻辣烫 火爆', '"天水"', '"麻辣烫 火爆"']);
  });

  test('a term naming a person is not asked for as a phrase (their passages need not contain the name)', async () => {
    const log = { calls: [] as (string | null)[], loads: 0 };
    const ren: PersonEntry = { id: 'ren', name: '任振鹤', positions: [], answers: 1 };
    await runSearch(fakePagefind(articles, log), context('任振鹤 兰州', {}, [ren]));
    expect(log.calls).toEqual(['任振鹤', '兰州', '"兰州"']);
  });
});

describe('bounded cost', () => {
  // 100 articles with 天水 and 故事 in different passages: every one is a candidate, none a match.
  const many = Array.from({ length: 100 }, (_, i) => article(`n${i}`, [['p1', '天水的新变化'], ['p2', '麻辣烫的故事']]));

  test('a negative query loads at most the budget, and says how many candidates are unchecked', async () => {
    const log = { calls: [] as (string | null)[], loads: 0 };
    const outcome = await runSearch(fakePagefind(many, log), context('天水 故事'));
    expect(outcome.hits).toEqual([]);
    expect(outcome.candidates).toBe(100);
    expect(outcome.checked).toBe(fragmentBudget.first);
    expect(outcome.hasMore).toBe(true);
    expect(log.loads).toBeLessThanOrEqual(fragmentBudget.first + fragmentBudget.relaxed);
    expect(log.loads).toBeLessThanOrEqual(40);
    await outcome.more();
    expect(outcome.checked).toBe(fragmentBudget.first + fragmentBudget.later);
  });

  test('a misspelt query with no candidates loads at most the relaxed budget', async () => {
    const log = { calls: [] as (string | null)[], loads: 0 };
    const outcome = await runSearch(fakePagefind(many, log), context('麻辣汤的故事'));
    expect(outcome.candidates).toBe(0);
    expect(log.loads).toBeLessThanOrEqual(fragmentBudget.relaxed);
    expect(outcome.suggestions.map((s) => s.key)).toEqual(['麻辣烫的故事']);
  });
});

describe('first screen', () => {
  // Ten articles with the three words in one passage but 高质量发展 not in a row (its pieces closer
  // together than in the real matches), before four articles that have it, in Pagefind's order.
  const decoys = Array.from({ length: 10 }, (_, i) => article(`d${i}`, [['p1', '甘肃发展项目高质量']]));
  const matches = Array.from({ length: 4 }, (_, i) => article(`m${i}`, [['p1', '甘肃的新变化'], ['p2', '甘肃重大项目推动高质量发展']]));

  test('shows the best passages across all candidate articles, not the first articles Pagefind lists', async () => {
    const log = { calls: [] as (string | null)[], loads: 0 };
    const outcome = await runSearch(fakePagefind([...decoys, ...matches], log), context('甘肃 高质量发展 项目'));
    expect(outcome.candidates).toBe(14);
    expect(anchors(outcome.hits)).toEqual(['m0#p2', 'm1#p2', 'm2#p2', 'm3#p2']);
    expect(log.loads).toBeLessThanOrEqual(fragmentBudget.first);
  });

  test('a phrase typed without its comma is in a row in the index, and checked first', async () => {
    const reversed = Array.from({ length: 20 }, (_, i) => article(`r${i}`, [['p1', '甘肃不一般，上下五千年']]));
    const outcome = await runSearch(fakePagefind([...reversed, article('real', [['p1', '上下五千年，甘肃不一般。']])]), context('"上下五千年甘肃不一般"'));
    expect(anchors(outcome.hits)).toEqual(['real#p1']);
  });

  test('a screenful found in the first fragments: the rest of the first batch waits', async () => {
    const log = { calls: [] as (string | null)[], loads: 0 };
    const rich = Array.from({ length: 20 }, (_, i) => article(`x${i}`, [['p1', '天水的新变化'], ['p2', '天水麻辣烫'], ['p3', '天水人']]));
    const outcome = await runSearch(fakePagefind(rich, log), context('天水'));
    expect(log.loads).toBe(fragmentBudget.step);
    expect(outcome.hits.length).toBeGreaterThanOrEqual(fragmentBudget.enough);
    expect(outcome.candidates - outcome.checked).toBe(20 - fragmentBudget.step);
  });

  test('negative: every candidate fits in the first batch: all are checked, the ranking is complete', async () => {
    const log = { calls: [] as (string | null)[], loads: 0 };
    const few = Array.from({ length: fragmentBudget.first }, (_, i) => article(`x${i}`, [['p1', '天水的新变化'], ['p2', '天水麻辣烫'], ['p3', '天水人']]));
    const outcome = await runSearch(fakePagefind(few, log), context('天水'));
    expect(log.loads).toBe(fragmentBudget.first);
    expect(outcome.hasMore).toBe(false);
  });

  test('candidates without the term in a row: only a few join the first batch, the rest are counted as unchecked', async () => {
    const log = { calls: [] as (string | null)[], loads: 0 };
    const reversed = Array.from({ length: 30 }, (_, i) => article(`r${i}`, [['p1', '甘肃不一般，上下五千年']]));
    const outcome = await runSearch(fakePagefind(reversed, log), context('"上下五千年甘肃不一般"'));
    expect(outcome.hits).toEqual([]);
    expect(outcome.candidates).toBe(30);
    expect(outcome.checked).toBe(fragmentBudget.unphrased);
    expect(log.loads).toBe(fragmentBudget.unphrased);
    expect(outcome.hasMore).toBe(true);
    await outcome.more();
    expect(outcome.checked).toBe(fragmentBudget.unphrased + fragmentBudget.later);
  });
});

describe('helpers', () => {
  test.each([
    { words: [1, 2, 3, 40], width: 3, expected: 3 },
    { words: [1, 10, 20], width: 3, expected: 1 },
    { words: undefined, width: 3, expected: 0 },
  ])('clusterSize($words, $width)', ({ words, width, expected }) => {
    expect(clusterSize(words, width)).toBe(expected);
  });

  test.each([
    { positions: [[1, 50], [48], [60]], expected: 12 },
    { positions: [[5], [5]], expected: 0 },
    { positions: [[1], []], expected: Infinity },
  ])('spanOfAll($positions)', ({ positions, expected }) => {
    expect(spanOfAll(positions)).toBe(expected);
  });

  test.each([
    { id: 'three words in a row', words: [3, 4, 5, 20], width: 5, count: 3, expected: [3] },
    { id: 'a word alone is no whole occurrence', words: [3, 9, 20], width: 5, count: 2, expected: [] },
    { id: 'every position when one word is the whole term', words: [3, 9], width: 2, count: 1, expected: [3, 9] },
  ])('denseStarts: $id', ({ words, width, count, expected }) => {
    expect(denseStarts(words, width, count)).toEqual(expected);
  });

  test.each([
    { key: '东数西箅', expected: ['数西箅', '东西箅', '东数箅', '东数西'] },
    { key: '天水', expected: [] },
  ])('leaveOneOut($key)', ({ key, expected }) => {
    expect(leaveOneOut(key)).toEqual(expected);
  });
});

describe('a sharded index, newest shard first', () => {
  /** Shards of the fake index, newest first: `widen()` merges the next one, as the search page's `mergeIndex` does. */
  const sharded = (shards: Fake[][], log = { calls: [] as (string | null)[], loads: 0 }) => {
    let merged = 1;
    const pagefind: PagefindLike = {
      search: (term, options) => fakePagefind(shards.slice(0, merged).flat(), log).search(term, options),
      widen: async () => (merged < shards.length ? (merged++, true) : false),
      unsearched: () => shards.length - merged,
    };
    return { pagefind, merged: () => merged, log };
  };
  const rich = Array.from({ length: 20 }, (_, i) => article(`new${i}`, [['p1', '天水的新变化'], ['p2', '天水麻辣烫'], ['p3', '天水人']]));
  const old = Array.from({ length: 20 }, (_, i) => article(`old${i}`, [['p1', '天水的新变化'], ['p2', '上下五千年，甘肃不一般。']]));

  test('a screenful in the newest shard: the older shards are not searched, and say so', async () => {
    const index = sharded([rich, old, old]);
    const outcome = await runSearch(index.pagefind, context('天水'));
    expect(outcome.hits.length).toBeGreaterThanOrEqual(fragmentBudget.enough);
    expect(outcome.hits.every((hit) => hit.article.id.startsWith('new'))).toBe(true);
    expect(index.merged()).toBe(1);
    expect(outcome.unsearched).toBe(2);
    expect(outcome.hasMore).toBe(true);
  });

  test('a quoted phrase only in the oldest shard is found: the search goes on shard by shard', async () => {
    const index = sharded([rich, rich.map((a) => ({ ...a, article: { ...a.article, id: `mid-${a.article.id}` } })), [old[0]!]]);
    const outcome = await runSearch(index.pagefind, context('"上下五千年甘肃不一般"'));
    expect(anchors(outcome.hits)).toEqual(['old0#p2']);
    expect(index.merged()).toBe(3);
    expect(outcome.unsearched).toBe(0);
    expect(index.log.loads).toBe(1);
  });

  test('more() goes on in the next older shard once the newest one’s candidates are all checked', async () => {
    const few = rich.slice(0, 12);
    const index = sharded([few, old]);
    const outcome = await runSearch(index.pagefind, context('天水'));
    expect(index.merged()).toBe(1);
    await outcome.more();
    expect(outcome.checked).toBe(12);
    await outcome.more();
    expect(index.merged()).toBe(2);
    expect(outcome.checked).toBe(12 + fragmentBudget.later);
    expect(outcome.hasMore).toBe(true);
  });

  test('candidates left unchecked without the words in a row do not keep the older shards from being searched', async () => {
    const apart = Array.from({ length: 6 }, (_, i) => article(`apart${i}`, [['p1', '国家的公园']]));
    const index = sharded([apart, [article('park', [['p1', '三江源国家公园']])]]);
    const outcome = await runSearch(index.pagefind, context('国家公园'));
    expect(anchors(outcome.hits)).toEqual(['park#p1']);
    expect(index.merged()).toBe(2);
    expect(index.log.loads).toBeLessThanOrEqual(2 * fragmentBudget.unphrased + 1);
  });

  test('negative: a phrase found nowhere searches every shard before it says so', async () => {
    const index = sharded([rich, [old[0]!]]);
    const outcome = await runSearch(index.pagefind, context('"甘肃不一般上下五千年"'));
    expect(outcome.hits).toEqual([]);
    expect(index.merged()).toBe(2);
    expect(outcome.unsearched).toBe(0);
    expect(outcome.hasMore).toBe(false);
  });
});
