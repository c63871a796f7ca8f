/**
 * How the search index is split into shards: Pagefind holds everything it indexes in memory until it
 * writes the bundle (about 1 MiB per article of this archive, measured in bench/results.md), so past
 * `shardSize` articles the records go to several Pagefind bundles, built one after another by
 * `scripts/index-search.ts`, which the search page merges at query time (Pagefind's `mergeIndex`).
 * The first bundle stays at `/pagefind/` (the service worker and the search page load its JS); the
 * others are `/pagefind/shard-2/`, `/pagefind/shard-3/`…, which reuse its Web Worker and wasm.
 *
 * Records are newest first, so a shard is a contiguous range of dates. Build (the indexer) and page
 * (the search page's configuration) compute the same plan from the number of articles.
 */

/**
 * Articles per shard at most, chosen from what a shard costs (bench/results.md, “Search shards”):
 * Pagefind needs about 1 MiB per article of this archive while it indexes (10,000 articles as two
 * shards of 5,000: 4.57 GiB), so 6,000 keeps the indexing step near 5 GiB at any size. A query
 * pays per shard it searches: the shard's meta, which grows with its articles (6.9 / 13.5 / 26.4 KB
 * at 500 / 1,000 / 2,000 articles), and one set of index chunks per word, which hardly does (82–89 KB
 * for `新质生产力` at each of those sizes). The search page searches the newest shard first
 * (`sharded-pagefind.ts`), so a first query costs one shard whatever the archive's size, and a
 * phrase found nowhere costs every shard's chunks (138 / 243 / 540 KB as 1 / 2 / 4 shards of
 * 2,000 articles): shards are as large as that memory allows.
 */
export const shardSize = 6_000;

/**
 * The shard size of a build: `ARCHIVE_SEARCH_SHARD_SIZE` when set (tests build a sharded index from
 * a few articles with it), else `shardSize`. A value that is not a whole number ≥ 1 is an error.
 */
export function configuredShardSize(env: Readonly<Record<string, string | undefined>>): number {
  const raw = env.ARCHIVE_SEARCH_SHARD_SIZE;
  if (raw === undefined || raw === '') return shardSize;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) throw new Error(`ARCHIVE_SEARCH_SHARD_SIZE must be a whole number ≥ 1 (articles per search shard), got "${raw}"`);
  return size;
}

/** One shard: the slice `[start, end)` of the records and the URL of its Pagefind bundle. */
export interface Shard {
  start: number;
  end: number;
  /** Bundle URL with a trailing slash: `/pagefind/` for the first shard. */
  bundle: string;
  /** The bundle folder relative to the site root, `/`-separated. */
  folder: string;
}

/**
 * Splits `count` records into the fewest shards of at most `size` records, as even as possible.
 * @example planShards(10_000, 6_000) → 2 shards of 5,000 records
 */
export function planShards(count: number, size: number = shardSize): Shard[] {
  if (!Number.isInteger(count) || count < 0) throw new Error(`planShards: count must be a whole number ≥ 0, got ${count}`);
  if (!Number.isInteger(size) || size < 1) throw new Error(`planShards: size must be a whole number ≥ 1, got ${size}`);
  const shards = Math.max(1, Math.ceil(count / size));
  const base = Math.floor(count / shards);
  const larger = count % shards;
  const out: Shard[] = [];
  let start = 0;
  for (let i = 0; i < shards; i++) {
    const end = start + base + (i < larger ? 1 : 0);
    const folder = i === 0 ? 'pagefind' : `pagefind/shard-${i + 1}`;
    out.push({ start, end, bundle: `/${folder}/`, folder });
    start = end;
  }
  return out;
}
