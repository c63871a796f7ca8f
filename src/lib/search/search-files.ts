/**
 * Where the search page finds what the index does not hold: the display text of passages in small
 * chunks (`/search/text/{id}/{k}.json`, `record.ts`) and the people table in shards
 * (`/search/people/{shard}.json`, `people.ts`). Written by `scripts/index-search.ts`.
 */

/** URL of one text chunk of an article. */
export const textChunkUrl = (id: string, chunk: number): string => `/search/text/${id}/${chunk}.json`;

/** URL of one shard of the people table. */
export const peopleShardUrl = (shard: string): string => `/search/people/${shard}.json`;

/** The chunk that holds passage `index`, from the chunks' start indexes. */
export function chunkOf(starts: readonly number[], index: number): number {
  let chunk = -1;
  for (let k = 0; k < starts.length && starts[k]! <= index; k++) chunk = k;
  return chunk;
}
