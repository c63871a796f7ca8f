/**
 * Writes what the search page fetches beside the Pagefind bundle: every article's text chunks
 * (`/search/text/{id}/{k}.json`), the people table in shards (`/search/people/{shard}.json`) and
 * the speaker filter's directory (`/search/speakers/{prefix}.json`).
 * Called by `scripts/index-search.ts`; replaces `dist/search/` as a whole.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { peopleShards } from '../../../src/lib/search/people.ts';
import { archiveFold, type SearchHandOff } from '../../../src/lib/search/records.ts';
import { peopleShardUrl, textChunkUrl } from '../../../src/lib/search/search-files.ts';
import { buildDirectory, directoryUrl } from '../../../src/lib/search/speaker-directory.ts';

/** Writes the chunks and shards of a hand-off into `dist`; returns how many files and bytes. */
export function writeSearchFiles(dist: string, handOff: SearchHandOff): { files: number; bytes: number } {
  rmSync(join(dist, 'search'), { recursive: true, force: true });
  let files = 0;
  let bytes = 0;
  const write = (url: string, value: unknown): void => {
    const path = join(dist, url);
    const text = JSON.stringify(value);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    files++;
    bytes += Buffer.byteLength(text);
  };
  for (const { id, chunks } of handOff.chunks) chunks.forEach((chunk, k) => write(textChunkUrl(id, k), chunk));
  for (const [shard, people] of peopleShards(handOff.people, archiveFold())) write(peopleShardUrl(shard), people);
  for (const [prefix, node] of buildDirectory(handOff.people, archiveFold())) write(directoryUrl(prefix), node);
  return { files, bytes };
}
