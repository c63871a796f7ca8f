/**
 * `npm run normalize`: every raw text in content/sources/ → Markdown articles in content/articles/
 * and the speakers registry, with a report. `--check`: regenerate in memory and exit 1 with a diff
 * summary when the committed files differ (part of `npm test`). Incremental: a source whose inputs
 * and the normalizer's code are unchanged is taken from the cache (normalize-cache.ts); `--check`
 * and `--no-cache` always normalize every source. Only article files opened by the normalizer's
 * marker line (generated-marker.ts) are replaced or removed; `--adopt` takes over unmarked ones
 * at the paths the sources produce (for articles generated before the marker existed).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readErrata, readRegistry, readSources, renderRegistry, writeAtomically } from './lib/archive-files.ts';
import type { ByteStages } from './lib/normalize/normalize-source.ts';
import { diffSummary } from './lib/normalize/diff-summary.ts';
import { generatedFrom } from '../src/lib/article/generated-marker.ts';
import { allCached, normalizeArchive, type IncrementalOptions } from './lib/normalize/normalize-archive.ts';
import { codeVersion, defaultCacheDir, fileCache } from './lib/normalize/normalize-cache-files.ts';
import { contentDir } from './lib/paths.ts';
import { reportSource } from './lib/normalize/report.ts';

const usage = 'usage: npm run normalize [-- --check] [--no-cache] [--source <id>] [--adopt]';
let flags: { check?: boolean; adopt?: boolean; 'no-cache'?: boolean; source?: string } = {};
try {
  // `--source <id>`: normalize one source only (while working on its layout). `--adopt`: take over
  // unmarked article files at the paths the sources produce (articles generated before the marker existed).
  flags = parseArgs({ options: { check: { type: 'boolean' }, adopt: { type: 'boolean' }, 'no-cache': { type: 'boolean' }, source: { type: 'string' } } }).values;
} catch (error) {
  console.error(`normalize: ${(error as Error).message.split('\n')[0]}\n${usage}`);
  process.exit(1);
}
const check = flags.check === true;
const adopt = flags.adopt === true;
const useCache = !check && flags['no-cache'] !== true;
const only = flags.source;
const root = resolve('.');
const content = contentDir();
const articlesDir = join(content, 'articles');
const registryPath = join(content, 'speakers.yaml');

try {
  if (!existsSync(join(content, 'sources'))) {
    // A content folder of hand-written articles only (e.g. the benchmark's fixtures): nothing to normalize.
    console.log(`normalize: ${join(content, 'sources')} does not exist; nothing to normalize.`);
    process.exit(0);
  }
  // 1. Read raw texts (checked against SHA256SUMS), meta files, the registry and the errata.
  const sources = readSources(join(content, 'sources')).filter((s) => !only || s.id.startsWith(only));
  if (sources.length === 0) throw new Error(`no source matches --source ${only}`);
  const registry = readRegistry(registryPath);
  const errata = readErrata(join(content, 'sources', 'errata.yaml'));
  const incremental: IncrementalOptions | undefined = useCache ? { cache: fileCache(join(root, defaultCacheDir)), code: codeVersion(root), errata } : undefined;
  // The byte-level stages take most of a second to load: only when some source is not cached.
  let stages: ByteStages | undefined;
  if (!incremental || !allCached(sources, registry.speakers, incremental)) {
    const { byteStages } = await import('./lib/normalize/byte-stages.ts');
    stages = byteStages(errata);
  }
  // 2. Normalize everything in memory; any failure stops here, before a file is touched.
  const output = normalizeArchive(sources, registry.speakers, () => {
    if (!stages) throw new Error('internal: a source missed the cache after allCached() said every source hit');
    return stages;
  }, incremental);
  const reused = new Set(output.reused);
  for (const result of output.results) {
    if (reused.has(result.id)) console.log(`■ ${result.id}: unchanged, taken from the cache (${result.articles.length} article(s))`);
    else console.log(reportSource(result).join('\n'));
  }
  // 3. Compare with (or write to) content/: articles, stale generated articles, the registry.
  const wanted = new Map([...output.articles].map(([id, md]) => [join(articlesDir, `${id}.md`), md]));
  wanted.set(registryPath, renderRegistry(registry.header, output.registry));
  // Only files carrying the normalizer's marker (generated-marker.ts) are its own: a hand-written
  // article is never replaced or removed, whatever it mentions.
  const sourceFiles = new Set(sources.map((s) => s.file));
  const articleFiles = (existsSync(articlesDir) ? readdirSync(articlesDir, { withFileTypes: true }) : [])
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(articlesDir, entry.name));
  const ownerOf = (path: string): string | null => generatedFrom(readFileSync(path, 'utf8'));
  const stale = articleFiles.filter((path) => !wanted.has(path) && sourceFiles.has(ownerOf(path) ?? ''));
  const foreign = [...wanted.keys()].filter((path) => path !== registryPath && existsSync(path) && ownerOf(path) === null);
  if (foreign.length > 0 && !adopt) {
    throw new Error(
      foreign.map((path) => `${path}: not written by the normalizer (its first line is not the “# Generated by npm run normalize …” marker), but a source now produces an article with this id.`).join('\n') +
        '\nRename the hand-written article, or give the source\'s article another id in its meta file. If the file is an article generated before markers existed, run `npm run normalize -- --adopt` once to let the normalizer take it over.',
    );
  }
  for (const path of foreign) console.log(`normalize --adopt: ${path} taken over (it had no generated marker)`);
  const changed = [...wanted].filter(([path, md]) => !existsSync(path) || readFileSync(path, 'utf8') !== md);
  const total = output.results.reduce((n, r) => n + r.articles.length, 0);
  if (check) {
    if (changed.length === 0 && stale.length === 0) {
      console.log(`normalize --check: ${total} articles and the speakers registry match the sources.`);
    } else {
      for (const [path, md] of changed) console.log(diffSummary(path, existsSync(path) ? readFileSync(path, 'utf8') : null, md, root));
      for (const path of stale) console.log(`✗ ${path}: generated from a source but no longer produced (would be deleted)`);
      console.error(`normalize --check: ${changed.length + stale.length} file(s) differ from what the sources produce. Run \`npm run normalize\` and review the diff.`);
      process.exitCode = 1;
    }
  } else {
    writeAtomically(changed.map(([path, md]) => ({ path, content: md })), stale);
    const normalized = output.results.length - reused.size;
    console.log(`normalize: ${total} articles from ${output.results.length} sources (${normalized} normalized, ${reused.size} unchanged from the cache); ${changed.length} file(s) written, ${stale.length} removed.`);
  }
} catch (error) {
  console.error(`normalize: ${(error as Error).message}\nNothing was written.`);
  process.exitCode = 1;
}
