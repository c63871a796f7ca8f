/**
 * `node scripts/index-search.ts`: the search index and the offline service worker, after `astro build`.
 *
 * Pagefind's own crawl (`pagefind --site dist`) would index every page once per script, in one index
 * per `<html lang>`: a query in Simplified would find nothing published in Traditional, and the index
 * would hold every text twice. Instead, one record per article goes in through Pagefind's Node API:
 * its text folded to one script (src/lib/search/fold.ts), its passages in both scripts as metadata
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

/** Pagefind's default UI bundles: the archive has its own UI (src/lib/search/page.ts), so they are removed. */
const unusedBundles = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;
/** Where `astro build` leaves the records (src/pages/[locale]/search/records.json.ts). */
const recordsPath = 'zh-hans/search/records.json';
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

// 1. The records: handed over by `astro build` (src/pages/[locale]/search/records.json.ts), which has
//    parsed and converted every article already; read from the content folder when run on its own.
const handOff = join(dist, recordsPath);
let handed: SearchHandOff;
if (existsSync(handOff)) {
  handed = JSON.parse(readFileSync(handOff, 'utf8')) as SearchHandOff;
  rmSync(handOff);
} else {
  console.log(`index-search: no ${recordsPath} in ${dist} (not built by astro build): reading ${contentDir()}`);
  handed = archiveSearchHandOff(readArchive(contentDir()));
}
const records: SearchRecord[] = handed.records;
// The passages' display texts in chunks and the people table, fetched by the search page beside the index.
const searchFiles = writeSearchFiles(dist, handed);

// 2. Index the records with Pagefind's Node API and write the bundle.
const { index, errors } = await pagefind.createIndex({});
if (!index) fail(`Pagefind could not start: ${errors.join('; ')}`);
for (let i = 0; i < records.length; i += concurrency) {
  const responses = await Promise.all(records.slice(i, i + concurrency).map((record) => index.addCustomRecord(record)));
  const problems = responses.flatMap((response, j) => response.errors.map((e) => `${records[i + j]?.url}: ${e}`));
  if (problems.length > 0) fail(`Pagefind rejected records:\n${problems.join('\n')}`);
}
rmSync(out, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath: out });
if (written.errors.length > 0) fail(`Pagefind could not write ${out}: ${written.errors.join('; ')}`);
await pagefind.close();
for (const name of readdirSync(out)) if (unusedBundles.test(name)) rmSync(join(out, name));

// 3. The service worker, precaching the finished build.
const files = walk(dist);
const precache = precacheList(files);
const entry = readFileSync(join(out, 'pagefind-entry.json'), 'utf8');
writeFileSync(join(dist, 'sw.js'), serviceWorkerSource(cacheVersion(files, [entry]), precache.urls));

const indexFiles = files.filter((file) => file.path.startsWith('pagefind/'));
const indexBytes = indexFiles.reduce((sum, file) => sum + file.bytes, 0);
const passages = records.reduce((sum, record) => sum + record.content.split(passageSeparator).length - 1, 0);
console.log(
  `Indexed ${records.length} articles (${passages} passages, one index for both scripts): ` +
    `${(indexBytes / 1024).toFixed(0)} KiB in ${indexFiles.length} files → ${relative(process.cwd(), out) || out}/; ` +
    `${searchFiles.files} text chunks and people shards (${(searchFiles.bytes / 1024).toFixed(0)} KiB); ` +
    `sw.js precaches ${precache.urls.length} URLs (${(precache.bytes / 1024 / 1024).toFixed(1)} MiB${precache.complete ? ', the whole site' : ', the shell only: the site is over the budget'}) ` +
    `in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
