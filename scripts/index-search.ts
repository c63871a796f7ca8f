/**
 * `node scripts/index-search.ts`: the search index and the offline service worker, after `astro build`.
 *
 * Pagefind's own crawl (`pagefind --site dist`) would index every page once per script, in one index
 * per `<html lang>`: a query in Simplified would find nothing published in Traditional, and the index
 * would hold every text twice. Instead, one record per article goes in through Pagefind's Node API:
 * its text folded to one script (src/lib/search/fold.ts) and cut into words here with the segmenter
 * the browser cuts queries with (src/lib/search/index-words.ts), its passages in both scripts as metadata
 * (src/lib/search/record.ts). The search page folds the query the same way.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { contentDir, distDir } from './lib/paths.ts';
import { readArchive } from './lib/search/read-archive.ts';
import { cacheVersion, precacheList, serviceWorkerSource, type BuiltFile } from './lib/search/service-worker.ts';
import { writeSearchFiles } from './lib/search/write-search-files.ts';
import { passageSeparator, type SearchRecord } from '../src/lib/search/record.ts';
import { archiveSearchHandOff, type SearchHandOff } from '../src/lib/search/records.ts';
import { handOffPath, readHandOff } from '../src/lib/search/hand-off-lines.ts';
import { indexWords } from '../src/lib/search/index-words.ts';
import { configuredShardSize, planShards } from '../src/lib/search/shard-plan.ts';
import { shardFilter } from '../src/lib/search/sharded-pagefind.ts';

/** Pagefind's default UI bundles: the archive has its own UI (src/lib/search/page.ts), so they are removed. */
const unusedBundles = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;
/** Files every bundle gets that only the first one's are loaded: the search page imports `/pagefind/pagefind.js`, whose worker and wasm serve merged shards too. */
const sharedFiles = /^(?:pagefind\.js|pagefind-worker\.js|wasm\..*\.pagefind)$/;
/** Records sent to the Pagefind service at once. */
const concurrency = 32;

function fail(message: string): never {
  console.error(`index-search: ${message}`);
  process.exit(1);
}

function walk(root: string, dir = root): BuiltFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(root, path) : [{ path: relative(root, path).split('\\').join('/'), bytes: statSync(path).size }];
  });
}

const dist = distDir();
const out = join(dist, 'pagefind');
const started = Date.now();
// A bad ARCHIVE_SEARCH_SHARD_SIZE stops the step with its message, before anything is read.
try {
  configuredShardSize(process.env);
} catch (error) {
  fail((error as Error).message);
}

// 1. The records: handed over by `astro build` (src/pages/[locale]/search/records.jsonl.ts), which has
//    parsed and converted every article already; read from the content folder when run on its own.
const handOff = join(dist, handOffPath);
let handed: SearchHandOff;
if (existsSync(handOff)) {
  handed = readHandOff(handOff);
  rmSync(handOff);
} else {
  console.log(`index-search: no ${handOffPath} in ${dist} (not built by astro build): reading ${contentDir()}`);
  handed = archiveSearchHandOff(readArchive(contentDir()));
}
let records: SearchRecord[] = handed.records;
// The passages' display texts in chunks and the people table, fetched by the search page beside the index;
// then the hand-off is let go of but for the records.
const searchFiles = writeSearchFiles(dist, handed);
handed = { records: [], chunks: [], people: [] };

// 2. Index the records with Pagefind's Node API and write the bundle, one shard after another
//    (src/lib/search/shard-plan.ts): Pagefind holds a whole index in memory until it is written, so
//    each shard's service is closed before the next one starts.
rmSync(out, { recursive: true, force: true });
const shards = planShards(records.length, configuredShardSize(process.env));
for (const [position, shard] of shards.entries()) {
  const number = position + 1;
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail(`Pagefind could not start: ${errors.join('; ')}`);
  for (let i = shard.start; i < shard.end; i += concurrency) {
    // A sharded index names each record's shard in a filter, so a date-sorted search can keep its order across shards (src/lib/search/sharded-pagefind.ts).
    // The content goes in cut into words (src/lib/search/index-words.ts): Pagefind does not segment the index's language.
    const batch = records.slice(i, Math.min(i + concurrency, shard.end)).map((record) => ({ ...record, content: indexWords(record.content), ...(shards.length > 1 ? { filters: { ...record.filters, [shardFilter]: [String(number)] } } : {}) }));
    const responses = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
    const problems = responses.flatMap((response, j) => response.errors.map((e) => `${batch[j]?.url}: ${e}`));
    if (problems.length > 0) fail(`Pagefind rejected records:\n${problems.join('\n')}`);
  }
  const shardOut = join(dist, shard.folder);
  const written = await index.writeFiles({ outputPath: shardOut });
  if (written.errors.length > 0) fail(`Pagefind could not write ${shardOut}: ${written.errors.join('; ')}`);
  await pagefind.close();
  // The first bundle's JS serves every shard; a shard keeps only its index (entry, meta, chunks, fragments, filters).
  for (const name of readdirSync(shardOut)) if (unusedBundles.test(name) || (shard.folder !== 'pagefind' && sharedFiles.test(name))) rmSync(join(shardOut, name));
}
// Records are let go of before the service worker step: at 10,000 articles they are hundreds of MB.
const recordCount = records.length;
const passages = records.reduce((sum, record) => sum + record.content.split(passageSeparator).length - 1, 0);
records = [];

// 3. The service worker, precaching the finished build.
const files = walk(dist);
const precache = precacheList(files);
const entries = shards.map((shard) => readFileSync(join(dist, shard.folder, 'pagefind-entry.json'), 'utf8'));
writeFileSync(join(dist, 'sw.js'), serviceWorkerSource(cacheVersion(files, entries), precache.urls));

const indexFiles = files.filter((file) => file.path.startsWith('pagefind/'));
const indexBytes = indexFiles.reduce((sum, file) => sum + file.bytes, 0);
console.log(
  `Indexed ${recordCount} articles (${passages} passages, one index for both scripts${shards.length > 1 ? `, in ${shards.length} shards of at most ${configuredShardSize(process.env)}` : ''}): ` +
    `${(indexBytes / 1024).toFixed(0)} KiB in ${indexFiles.length} files → ${relative(process.cwd(), out) || out}/; ` +
    `${searchFiles.files} text chunks and people shards (${(searchFiles.bytes / 1024).toFixed(0)} KiB); ` +
    `sw.js precaches ${precache.urls.length} URLs (${(precache.bytes / 1024 / 1024).toFixed(1)} MiB${precache.complete ? ', the whole site' : ', the shell only: the site is over the budget'}) ` +
    `in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
