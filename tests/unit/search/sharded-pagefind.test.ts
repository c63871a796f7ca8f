import { describe, expect, test } from 'vitest';
import type { PagefindLike } from '../../../src/lib/search/run-search.ts';
import { tieredPagefind } from '../../../src/lib/search/sharded-pagefind.ts';

/** A fake merged index: pages with a date and a shard; sorted searches come back interleaved by rank, as Pagefind merges them. */
const pages = [
  { id: 'a', date: '2025-01-01', shard: '1' },
  { id: 'b', date: '2024-06-01', shard: '1' },
  { id: 'c', date: '2023-03-01', shard: '2' },
  { id: 'd', date: '2022-01-01', shard: '2' },
  { id: 'e', date: '2021-01-01', shard: '3' },
];
/** `merged`: the bundles merged so far (the first is always there), as `mergeIndex` adds them. */
function fakePagefind(calls: unknown[], loadedShards = new Set(['1', '2', '3'])): PagefindLike {
  return {
    async search(_term, options) {
      calls.push(options);
      const chosen = pages.filter((p) => loadedShards.has(p.shard) && Object.entries(options.filters ?? {}).every(([k, v]) => (p as Record<string, string>)[k] === v));
      const direction = options.sort?.date;
      const byShard = ['1', '2', '3'].map((s) => chosen.filter((p) => p.shard === s).sort((x, y) => (direction === 'asc' ? x.date.localeCompare(y.date) : y.date.localeCompare(x.date))));
      // Pagefind's merge: rank within each shard, ties in shard order.
      const merged = direction ? byShard.flatMap((list, shard) => list.map((p, rank) => ({ p, rank, shard }))).sort((x, y) => x.rank - y.rank || x.shard - y.shard).map((x) => x.p) : chosen;
      return { results: merged.map((p) => ({ id: p.id, data: async () => ({ filters: { year: [p.date.slice(0, 4)] }, content: '' }) })) };
    },
  };
}

/** A tiered index over the fake: shard 1 loaded, the older bundles merged by `widen()`. */
function tiered(calls: unknown[], merges: string[] = []) {
  const merged = new Set(['1']);
  const bundles = ['/pagefind/shard-2/', '/pagefind/shard-3/'];
  return tieredPagefind(fakePagefind(calls, merged), bundles, async (bundle) => {
    merges.push(bundle);
    merged.add(String(bundles.indexOf(bundle) + 2));
  });
}
const widenAll = async (pagefind: PagefindLike) => {
  while (await pagefind.widen?.());
  return pagefind;
};

describe('tieredPagefind', () => {
  test.each([
    { id: 'newest first across shards', sort: { date: 'desc' as const }, expected: ['a', 'b', 'c', 'd', 'e'] },
    { id: 'oldest first across shards', sort: { date: 'asc' as const }, expected: ['e', 'd', 'c', 'b', 'a'] },
  ])('$id', async ({ sort, expected }) => {
    const calls: unknown[] = [];
    const answer = await (await widenAll(tiered(calls))).search('x', { sort });
    expect(answer?.results.map((r) => r.id)).toEqual(expected);
    expect(calls).toHaveLength(3);
  });

  test('a query starts on the newest shard alone; widen() merges the older ones one at a time, newest first', async () => {
    const merges: string[] = [];
    const pagefind = tiered([], merges);
    expect((await pagefind.search('x', {}))?.results.map((r) => r.id)).toEqual(['a', 'b']);
    expect(pagefind.unsearched?.()).toBe(2);
    expect(await pagefind.widen?.()).toBe(true);
    expect(merges).toEqual(['/pagefind/shard-2/']);
    expect((await pagefind.search('x', { sort: { date: 'desc' } }))?.results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(await pagefind.widen?.()).toBe(true);
    expect(await pagefind.widen?.()).toBe(false);
    expect(merges).toEqual(['/pagefind/shard-2/', '/pagefind/shard-3/']);
    expect(pagefind.unsearched?.()).toBe(0);
  });

  test('oldest first merges every shard before it searches (the oldest articles are in the last)', async () => {
    const merges: string[] = [];
    const answer = await tiered([], merges).search('x', { sort: { date: 'asc' } });
    expect(merges).toHaveLength(2);
    expect(answer?.results[0]?.id).toBe('e');
  });

  test('the reader’s filters are kept beside the shard filter', async () => {
    const calls: { filters?: Record<string, string> }[] = [];
    const pagefind = tiered(calls as unknown[]);
    await pagefind.widen?.();
    await pagefind.search('x', { filters: { year: '2024' }, sort: { date: 'desc' } });
    expect(calls.map((c) => c.filters)).toEqual([{ year: '2024', shard: '1' }, { year: '2024', shard: '2' }]);
  });

  test('negative: a search by relevance is one merged search, untouched', async () => {
    const calls: unknown[] = [];
    const answer = await (await widenAll(tiered(calls))).search('x', {});
    expect(answer?.results.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(calls).toEqual([{}]);
  });

  test('negative: one shard is the index itself', () => {
    const pagefind = fakePagefind([]);
    expect(tieredPagefind(pagefind, [], async () => undefined)).toBe(pagefind);
  });

  test('the fake interleaves as Pagefind does (what the wrapper corrects)', async () => {
    const answer = await fakePagefind([]).search('x', { sort: { date: 'desc' } });
    expect(answer?.results.map((r) => r.id)).toEqual(['a', 'c', 'e', 'b', 'd']);
  });
});
