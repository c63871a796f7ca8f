/**
 * Date-sorted search over a sharded index (`shard-plan.ts`). Pagefind merges the results of merged
 * indexes by score, and a sorted search scores by rank within each index (0, −1, −2…), so the merged
 * list would interleave the shards' dates. Shards are contiguous ranges of dates (the first holds
 * the newest articles) and every record carries its shard in the `shard` filter
 * (scripts/index-search.ts), so a sorted search asks each shard on its own and concatenates them:
 * newest first from the first shard on, oldest first from the last. A search by relevance is
 * Pagefind's own merge.
 */
import type { PagefindLike } from './run-search.ts';

/** The filter naming a record's shard, `'1'` for the first (`/pagefind/`). */
export const shardFilter = 'shard';

/** Wraps a Pagefind with `shards` merged bundles (the first included) so that sorted searches keep their order across shards. */
export function shardedPagefind(pagefind: PagefindLike, shards: number): PagefindLike {
  if (shards <= 1) return pagefind;
  return {
    async search(term, options) {
      const direction = options.sort ? Object.values(options.sort)[0] : undefined;
      if (!direction) return pagefind.search(term, options);
      const order = Array.from({ length: shards }, (_, i) => String(i + 1));
      if (direction === 'asc') order.reverse();
      const answers = await Promise.all(order.map((shard) => pagefind.search(term, { ...options, filters: { ...options.filters, [shardFilter]: shard } })));
      if (answers.every((answer) => answer === null)) return null;
      return { results: answers.flatMap((answer) => answer?.results ?? []) };
    },
  };
}
