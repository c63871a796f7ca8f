/**
 * `node scripts/index-search.ts`: the search index and the offline service worker, after `astro build`.
 *
 * Pagefind's own crawl (`pagefind --site dist`) would index every page once per script, in one index
 * per `<html lang>`: a query in Simplified would find nothing published in Traditional, and the index
 * would hold every text twice. Instead, one record per article goes in through Pagefind's Node API:
 * its text folded to one script (src/lib/search/fold.ts), its passages in both scripts as metadata
 * (src/lib/search/record.ts). The search page folds the query the same way.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { contentDir, distDir } from './lib/paths.ts';
import { readArchive } from './lib/search/read-archive.ts';
import { cacheVersion, precacheList, serviceWorkerSource, type BuiltFile } from './lib/search/service-worker.ts';
import { createFold } from '../src/lib/search/fold.ts';
import { archiveFoldMap, encodeFoldTable } from '../src/lib/search/fold-table.ts';
import { recordInputOf } from '../src/lib/search/record-input.ts';
import { buildSearchRecord, type SearchRecord } from '../src/lib/search/record.ts';

/** Pagefind's default UI bundles: the archive has its own UI (src/lib/search/page.ts), so they are removed. */
const unusedBundles = /^pagefind-(?:ui|component-ui|modular-ui|highlight)\.(?:js|css)$/;
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

// 1. Read the articles as the site does, in both scripts.
const archive = readArchive(contentDir());
const fold = createFold(encodeFoldTable(archiveFoldMap()));
const hantById = new Map(archive.articles('zh-hant').map((article) => [article.id, article]));
const records: SearchRecord[] = archive.articles('zh-hans').map((hans) => {
  const hant = hantById.get(hans.id);
  if (!hant) fail(`article ${hans.id} has no Traditional rendering`);
  return buildSearchRecord(recordInputOf(hans, hant), fold);
});

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
const passages = records.reduce((sum, record) => sum + record.content.split('\n').length, 0);
console.log(
  `Indexed ${records.length} articles (${passages} passages, one index for both scripts): ` +
    `${(indexBytes / 1024).toFixed(0)} KiB in ${indexFiles.length} files → ${relative(process.cwd(), out) || out}/; ` +
    `sw.js precaches ${precache.urls.length} URLs (${(precache.bytes / 1024 / 1024).toFixed(1)} MiB${precache.complete ? ', the whole site' : ', the shell only: the site is over the budget'}) ` +
    `in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
);
