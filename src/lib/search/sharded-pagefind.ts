/**
 * Search over a sharded index (`shard-plan.ts`), newest shard first. Shards are contiguous ranges
 * of dates (the first, `/pagefind/`, holds the newest articles), and every record carries its shard
 * in the `shard` filter (scripts/index-search.ts). A query starts on the first shard alone; `widen()`
 * merges the next older one into the search (Pagefind's `mergeIndex`), whose chunks are then the
 * only new bytes, since the shards merged before keep what they loaded. `runSearch()` widens while
 * a query has checked every candidate and has not filled a screen, so the first query of a large
 * archive costs one shard's meta and chunks whatever the number of shards, and a phrase found in
 * one old article is still found: the search goes on to the oldest shard before it says “nothing”.
 *
 * Pagefind merges the results of merged indexes by score, and a sorted search scores by rank within
 * each index (0, −1, −2…), so the merged list would interleave the shards' dates: a sorted search
 * asks each merged shard on its own and concatenates them, newest first from the first shard on,
 * oldest first from the last (an oldest-first search merges every shard at once, since the oldest
 * articles are in the last one). A search by relevance is Pagefind's own merge.
 */
import type { PagefindLike } from './run-search.ts';

/** The filter naming a record's shard, `'1'` for the first (`/pagefind/`). */
export const shardFilter = 'shard';

/**
 * Wraps a Pagefind whose first bundle is loaded so that the `older` bundles (`/pagefind/shard-2/`…,
 * newest first) are merged one at a time by `widen()`, through `merge` (the page's `mergeIndex`).
 */
export function tieredPagefind(pagefind: PagefindLike, older: readonly string[], merge: (bundle: string) => Promise<void>): PagefindLike {
  if (older.length === 0) return pagefind;
  const total = older.length + 1;
  let merged = 1;
  const widen = async (): Promise<boolean> => {
    if (merged >= total) return false;
    await merge(older[merged - 1]!);
    merged++;
    return true;
  };
  return {
    async search(term, options) {
      const direction = options.sort ? Object.values(options.sort)[0] : undefined;
      if (direction === 'asc') while (await widen());
      if (!direction || merged === 1) return pagefind.search(term, options);
      const order = Array.from({ length: merged }, (_, i) => String(i + 1));
      if (direction === 'asc') order.reverse();
      const answers = await Promise.all(order.map((shard) => pagefind.search(term, { ...options, filters: { ...options.filters, [shardFilter]: shard } })));
      if (answers.every((answer) => answer === null)) return null;
      return { results: answers.flatMap((answer) => answer?.results ?? []) };
    },
    widen,
    unsearched: () => total - merged,
  };
}
