import { describe, expect, test } from 'vitest';
import type { PagefindLike } from '../../../src/lib/search/run-search.ts';
import { shardedPagefind } from '../../../src/lib/search/sharded-pagefind.ts';

/** A fake merged index: pages with a date and a shard; sorted searches come back interleaved by rank, as Pagefind merges them. */
const pages = [
  { id: 'a', date: '2025-01-01', shard: '1' },
  { id: 'b', date: '2024-06-01', shard: '1' },
  { id: 'c', date: '2023-03-01', shard: '2' },
  { id: 'd', date: '2022-01-01', shard: '2' },
  { id: 'e', date: '2021-01-01', shard: '3' },
];
function fakePagefind(calls: unknown[]): PagefindLike {
  return {
    async search(_term, options) {
      calls.push(options);
      const chosen = pages.filter((p) => Object.entries(options.filters ?? {}).every(([k, v]) => (p as Record<string, string>)[k] === v));
      const direction = options.sort?.date;
      const byShard = ['1', '2', '3'].map((s) => chosen.filter((p) => p.shard === s).sort((x, y) => (direction === 'asc' ? x.date.localeCompare(y.date) : y.date.localeCompare(x.date))));
      // Pagefind's merge: rank within each shard, ties in shard order.
      const merged = direction ? byShard.flatMap((list, shard) => list.map((p, rank) => ({ p, rank, shard }))).sort((x, y) => x.rank - y.rank || x.shard - y.shard).map((x) => x.p) : chosen;
      return { results: merged.map((p) => ({ id: p.id, data: async () => ({ meta: { date: p.date } }) })) };
    },
  };
}

describe('shardedPagefind', () => {
  test.each([
    { id: 'newest first across shards', sort: { date: 'desc' as const }, expected: ['a', 'b', 'c', 'd', 'e'] },
    { id: 'oldest first across shards', sort: { date: 'asc' as const }, expected: ['e', 'd', 'c', 'b', 'a'] },
  ])('$id', async ({ sort, expected }) => {
    const calls: unknown[] = [];
    const answer = await shardedPagefind(fakePagefind(calls), 3).search('x', { sort });
    expect(answer?.results.map((r) => r.id)).toEqual(expected);
    expect(calls).toHaveLength(3);
  });

  test('the reader’s filters are kept beside the shard filter', async () => {
    const calls: { filters?: Record<string, string> }[] = [];
    await shardedPagefind(fakePagefind(calls as unknown[]), 2).search('x', { filters: { year: '2024' }, sort: { date: 'desc' } });
    expect(calls.map((c) => c.filters)).toEqual([{ year: '2024', shard: '1' }, { year: '2024', shard: '2' }]);
  });

  test('negative: a search by relevance is one merged search, untouched', async () => {
    const calls: unknown[] = [];
    const answer = await shardedPagefind(fakePagefind(calls), 3).search('x', {});
    expect(answer?.results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(calls).toEqual([{}]);
  });

  test('negative: one shard is the index itself', () => {
    const pagefind = fakePagefind([]);
    expect(shardedPagefind(pagefind, 1)).toBe(pagefind);
  });

  test('the fake interleaves as Pagefind does (what the wrapper corrects)', async () => {
    const answer = await fakePagefind([]).search('x', { sort: { date: 'desc' } });
    expect(answer?.results.map((r) => r.id)).toEqual(['a', 'c', 'e', 'b', 'd']);
  });
});
