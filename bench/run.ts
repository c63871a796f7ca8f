/**
 * `npm run bench [-- --quick] [--sizes 100,1000,10000] [--corpus recombined,realistic] [--scale]
 * [--work bench/out] [--out bench]`: the archive's cost at N = 100, 1,000 and 10,000 generated
 * articles, side by side with a plain Astro + Pagefind floor built from the same Markdown (issues 9
 * and 18), on the recombined corpus and on the realistic one (real Debian documentation mixed in,
 * installed with apt when missing; skipped with the reason when it cannot be). Writes results.json
 * and results.md to --out (default bench/, or bench/out/ for --quick so that a smoke run never
 * overwrites the committed full results) and prints the Markdown. `--quick` (N = 100, recombined)
 * is CI's smoke run. `--scale` builds ours only at N = 20,000 and 50,000 (or --sizes) and adds its
 * table to --out's results. The work folder must be inside the repository: Astro writes its
 * prerender chunks to `<cwd>/.astro/` when the output folder is outside the working directory,
 * which parallel builds share.
 *
 * Per corpus and N: generate the corpus → build ours (scripts/build.ts's steps without normalize) →
 * build the floor → weigh pages. Then the browser figures against the largest N of each corpus, the
 * normalizer on the real sources, and the budgets. Ports 4340–4349.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measurePrecache, measureReading, measureSearch, type BrowserTarget } from './lib/browser.ts';
import { measureSearchQueries } from './lib/search-queries.ts';
import { judgeBudgets } from './lib/budgets.ts';
import { buildFloor, buildOurs, siteDirs } from './lib/build-site.ts';
import { countArticles, loadContent, writeCorpus } from './lib/corpus-io.ts';
import { pagefindBundles } from './lib/figures.ts';
import { generateCorpus } from './lib/generate-corpus.ts';
import { listFiles } from './lib/measure.ts';
import { measureNormalizer } from './lib/normalizer.ts';
import { pageWeight, type PageWeight } from './lib/page-weight.ts';
import { renderResults } from './lib/report.ts';
import { ensureRealText, readRealText, type RealText } from './lib/real-text-source.ts';
import type { BrowserResult, CorpusKind, NotAvailable, Results, ScaleSize, SizeResult } from './lib/results.ts';
import { vocabulary } from './lib/vocabulary.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    seed: { type: 'string', default: '9' },
    work: { type: 'string', default: 'bench/out' },
    out: { type: 'string' },
    from: { type: 'string' },
    port: { type: 'string', default: '4340' },
    'keep-dist': { type: 'boolean', default: false },
    /** Re-measure only the browser figures against the builds already in the work folder (updates --out's results). */
    'browser-only': { type: 'boolean', default: false },
    /** Corpora to measure: `recombined` (the real articles recombined), `realistic` (real Debian documentation mixed in, installed with apt when missing). */
    corpus: { type: 'string' },
    /** The scale probe: ours only at N = 20,000 and 50,000 (or --sizes), added to --out's results. */
    scale: { type: 'boolean', default: false },
  },
});
const scale = values.scale;
const quick = values.quick;
const sizes = values.sizes ? values.sizes.split(',').map(Number) : scale ? [20_000, 50_000] : quick ? [100] : [100, 1000, 10_000];
const corpusKinds = ['recombined', 'realistic'] as const;
const corpora = (values.corpus ?? (quick || scale ? 'recombined' : 'recombined,realistic')).split(',').map((c) => c.trim()) as CorpusKind[];
for (const corpus of corpora) {
  if (!(corpusKinds as readonly string[]).includes(corpus)) {
    console.error(`bench: --corpus takes ${corpusKinds.join(', ')} (comma-separated), got "${corpus}"`);
    process.exit(1);
  }
}
const seed = Number(values.seed);
const work = resolve(values.work);
const port = Number(values.port);
const queries = { first: '新质生产力', later: '高质量发展' };
const started = Date.now();
const log = (line: string): void => console.log(line.startsWith('\n▶') ? `${line}  [${((Date.now() - started) / 1000).toFixed(0)} s]` : line);
const na = (error: unknown): NotAvailable => ({ na: (error as Error).message.split('\n').slice(0, 4).join(' ').slice(0, 600) });
const startedAt = new Date().toISOString();
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
// A quick run never overwrites the committed results of a full run.
const out = resolve(values.out ?? (quick ? values.work : 'bench'));
mkdirSync(work, { recursive: true });
const browserOnly = values['browser-only'];
if ((browserOnly || scale) && !existsSync(join(out, 'results.json'))) {
  console.error(`bench: ${browserOnly ? '--browser-only' : '--scale'} adds to the results of a full run, and ${join(out, 'results.json')} does not exist: run \`npm run bench\` first`);
  process.exit(1);
}
const previous = browserOnly || scale ? (JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results) : undefined;

// 1. The real articles: the pool the corpus recombines (fixtures until the normalizer has written some).
const from = values.from ?? (countArticles('content') > 0 ? 'content' : 'bench/fixtures');
const content = loadContent(from);
log(`▶ bench${scale ? ' --scale (ours only)' : ''}: N = ${sizes.join(', ')}; corpora ${corpora.join(', ')}; ${content.articles.length} real articles from ${from}; work folder ${work}`);

// The realistic corpus' real text: installed with apt when missing, skipped with the reason when it cannot be.
let realText: RealText | undefined;
let realistic: Results['realistic'] = previous?.realistic;
if (corpora.includes('realistic') && !browserOnly) {
  const ready = ensureRealText(log);
  if (ready.ok) {
    realText = readRealText();
    const all = [...realText.paragraphs.hans, ...realText.paragraphs.hant];
    realistic = { text: { from: realText.from, paragraphs: all.length, vocabulary: vocabulary(all) } };
    log(`  realistic corpus: ${all.length} real paragraphs from ${realText.from}`);
  } else {
    realistic = { text: { na: ready.reason } };
    log(`  ⚠ realistic corpus skipped: ${ready.reason}`);
    corpora.splice(corpora.indexOf('realistic'), 1);
  }
}

/** Finds a page of the article in a built site, by its id, preferring the given locale. */
function findArticlePage(files: readonly { path: string }[], id: string, locale: string): string | undefined {
  const hit = files.find((f) => f.path.startsWith(`${locale}/`) && f.path.endsWith(`/${id}/index.html`));
  return hit ? `/${hit.path.slice(0, -'index.html'.length)}` : undefined;
}

/** Weighs a built page: its HTML and the stylesheets it links, gzipped. */
function weigh(dist: string, urlPath: string | undefined): PageWeight | NotAvailable {
  if (!urlPath) return { na: 'page not found in dist' };
  const html = readFileSync(join(dist, urlPath, 'index.html'), 'utf8');
  return pageWeight(html, (href) => {
    const path = href.startsWith('/') ? join(dist, href.split('?')[0] ?? '') : join(dist, urlPath, href.split('?')[0] ?? '');
    return existsSync(path) ? readFileSync(path) : undefined;
  });
}

const sizeResults: SizeResult[] = previous ? previous.sizes : [];
/** Issue 16's query rows, measured after the browser figures (step 3). */
let searchQueries: Results['searchQueries'];
type Targets = { ours?: BrowserTarget; floor?: BrowserTarget; expected?: { text: string; locale: 'zh-hans' | 'zh-hant'; id: string }; speaker?: string };
const targetsByCorpus = new Map<CorpusKind, Targets>();
const scaleSizes: ScaleSize[] = [];

// 2. Per corpus and N: corpus, ours, floor (the scale probe: ours and its browser figures only).
for (const corpusKind of browserOnly ? (['recombined'] as CorpusKind[]) : corpora) {
  const variant = corpusKind === 'realistic' ? 'realistic-' : '';
  let browserTargets: Targets = {};
  for (const [index, count] of (browserOnly ? sizes.slice(-1) : sizes).entries()) {
    log(`\n▶ N = ${count}, ${corpusKind} corpus${browserOnly ? ' (browser only: the builds in the work folder)' : ''}`);
    const corpusDir = join(work, `${variant}corpus-${count}`);
    const corpus = generateCorpus(content.pool, content.registry, { count, seed, ...(corpusKind === 'realistic' && realText ? { realText: realText.paragraphs } : {}) });
    if (!browserOnly) writeCorpus(corpusDir, corpus);
    const bySize = [...corpus.articles].sort((a, b) => a.body.length - b.body.length);
    const median = bySize[Math.floor(bySize.length / 2)] ?? corpus.articles[0];
    if (!median) throw new Error('empty corpus');
    const medianLocale = median.frontmatter.script === 'hant' ? 'zh-hant' : 'zh-hans';
    const firstText = (/[\u3400-\u9fff][^\n*]{11}/.exec(median.body)?.[0] ?? '').trim();
    const result: SizeResult = {
      articles: count,
      corpus: corpusKind,
      corpusBytes: corpus.articles.reduce((n, a) => n + Buffer.byteLength(a.markdown), 0),
      speakers: corpus.speakers.length,
      vocabulary: vocabulary(corpus.articles.map((a) => a.body)),
      ours: { na: 'not built' },
      floor: { na: 'not built' },
    };
    log(`  corpus: ${count} articles, ${result.speakers} speakers, ${result.vocabulary.distinctBigrams} distinct Han bigrams`);
    const oursDirs = siteDirs(work, 'ours', count, variant);
    const floorDirs = siteDirs(work, 'floor', count, variant);
    if (scale) {
      log('  ours:');
      const ours = await buildOurs(corpusDir, oursDirs, log).catch(na);
      const files = listFiles(oursDirs.dist);
      const bundles = pagefindBundles(files);
      const article = findArticlePage(files, median.id, medianLocale);
      const browser = 'na' in ours ? { na: 'the build failed' } : await measureSearch({ dist: oursDirs.dist, bundle: '/pagefind/', merge: bundles.filter((b) => b.startsWith('pagefind/')).sort().map((b) => `/${b}/`), articlePath: { 'zh-hans': findArticlePage(files, median.id, 'zh-hans') ?? article, 'zh-hant': findArticlePage(files, median.id, 'zh-hant') ?? article }, hasSearchPage: existsSync(join(oursDirs.dist, 'zh-hans', 'search', 'index.html')) }, queries, { gzip: false, port }).catch(na);
      scaleSizes.push({ articles: count, corpus: corpusKind, vocabulary: result.vocabulary, ours, browser });
      // A 50,000-article build is several GB: only its figures are kept.
      if (!values['keep-dist']) rmSync(join(work, `ours-${variant}${count}`), { recursive: true, force: true });
      rmSync(corpusDir, { recursive: true, force: true });
      writeScale(false);
      continue;
    }
    if (!browserOnly) {
      log('  ours:');
      result.ours = await buildOurs(corpusDir, oursDirs, log).catch(na);
      log('  floor:');
      result.floor = await buildFloor(corpusDir, floorDirs, log).catch(na);
    }

    const oursFiles = listFiles(oursDirs.dist);
    const floorFiles = listFiles(floorDirs.dist);
    const oursPage = findArticlePage(oursFiles, median.id, medianLocale);
    const floorPage = findArticlePage(floorFiles, median.id, medianLocale);
    result.articlePage = { path: oursPage ?? `/${medianLocale}/articles/${median.id}/`, ours: weigh(oursDirs.dist, oursPage), floor: weigh(floorDirs.dist, floorPage) };
    const longest = bySize[bySize.length - 1] ?? median;
    const longestPage = findArticlePage(oursFiles, longest.id, longest.frontmatter.script === 'hant' ? 'zh-hant' : 'zh-hans');
    const longestWeight = weigh(oursDirs.dist, longestPage);
    if (longestPage && !('na' in longestWeight)) result.longestArticlePage = { path: longestPage, bodyBytes: Buffer.byteLength(longest.body), ...longestWeight };
    const speakerPages = oursFiles.filter((f) => /speaker/i.test(f.path) && f.path.endsWith('/index.html')).sort((a, b) => b.bytes - a.bytes);
    const largest = speakerPages[0];
    const largestPath = largest ? `/${largest.path.slice(0, -'index.html'.length)}` : undefined;
    const largestWeight = weigh(oursDirs.dist, largestPath);
    result.largestSpeakerPage = largestPath && !('na' in largestWeight) ? { path: largestPath, ...largestWeight } : { na: 'no page with "speaker" in its path in dist' };
    if (!browserOnly) sizeResults.push(result);

    const target = (dist: string, files: readonly { path: string }[], id: string): BrowserTarget => {
      const bundles = pagefindBundles(files);
      const bundle = bundles.includes('pagefind') ? 'pagefind' : bundles[0];
      // Bundles inside the first one are its search shards (src/lib/search/shard-plan.ts).
      const merge = bundle === undefined ? [] : bundles.filter((b) => b !== bundle && (bundle === '' || b.startsWith(`${bundle}/`))).sort();
      return {
        dist,
        ...(bundle !== undefined ? { bundle: bundle === '' ? '/' : `/${bundle}/` } : {}),
        ...(merge.length > 0 ? { merge: merge.map((b) => `/${b}/`) } : {}),
        articlePath: { 'zh-hans': findArticlePage(files, id, 'zh-hans'), 'zh-hant': findArticlePage(files, id, 'zh-hant') },
        hasSearchPage: existsSync(join(dist, 'zh-hans', 'search', 'index.html')),
      };
    };
    // The speaker filter's value: the speaker whose own page is largest (`/speakers/page/4/` is a page of the speakers' index, not a speaker).
    const speaker = speakerPages.map((page) => /\/speakers?\/([^/]+)\//.exec(`/${page.path}`)?.[1]).find((id) => id !== undefined && id !== 'page');
    browserTargets = { ours: target(oursDirs.dist, oursFiles, median.id), floor: target(floorDirs.dist, floorFiles, median.id), expected: { text: firstText, locale: medianLocale, id: median.id }, ...(speaker ? { speaker } : {}) };
    // Keep only the largest N's builds (the browser measures them); the others' dists can be large.
    if (!browserOnly && index < sizes.length - 1 && !values['keep-dist']) {
      rmSync(oursDirs.dist, { recursive: true, force: true });
      rmSync(floorDirs.dist, { recursive: true, force: true });
    }
    if (browserOnly) continue;
    rmSync(oursDirs.cache, { recursive: true, force: true });
    rmSync(floorDirs.cache, { recursive: true, force: true });
    writeResults({ na: 'not measured yet' }, { met: null, figure: 'not measured yet' }, { na: 'not measured yet' }, false);
  }
  targetsByCorpus.set(corpusKind, browserTargets);
}

/** The scale probe's results, added to those of the last full run in --out. */
function writeScale(final: boolean): void {
  if (!previous) return;
  const partial: Omit<Results, 'budgets'> = { ...previous, scale: { startedAt, finishedAt: final ? new Date().toISOString() : `not finished (partial results written ${new Date().toISOString()})`, commit, sizes: scaleSizes } };
  const results: Results = { ...partial, budgets: judgeBudgets(partial) };
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(out, 'results.md'), renderResults(results));
  if (final) log(`\n${renderResults(results)}\nWrote the scale probe into ${join(out, 'results.json')} and ${join(out, 'results.md')}.`);
}
if (scale) {
  writeScale(true);
  const failed = scaleSizes.filter((s) => 'na' in s.ours);
  if (failed.length > 0) {
    console.error(`✖ bench --scale: ${failed.map((s) => `ours at N = ${s.articles}: ${'na' in s.ours ? s.ours.na : ''}`).join('\n  ')}`);
    process.exitCode = 1;
  }
  process.exit();
}

// 3. Browser figures against the largest N (the realistic corpus: plain server only).
log(`\n▶ browser (N = ${sizes[sizes.length - 1]})`);
let browser: BrowserResult | NotAvailable;
try {
  const { ours, floor, expected, speaker } = targetsByCorpus.get('recombined') ?? {};
  if (!ours || !floor || !expected) throw new Error('no build to measure');
  const safe = async <T>(fn: () => Promise<T>): Promise<T | NotAvailable> => fn().catch(na);
  browser = {
    articles: sizes[sizes.length - 1] ?? 0,
    ours: { plain: await safe(() => measureSearch(ours, queries, { gzip: false, port, ...(speaker ? { speaker } : {}) })), gzip: await safe(() => measureSearch(ours, queries, { gzip: true, port: port + 1, ...(speaker ? { speaker } : {}) })) },
    floor: { plain: await safe(() => measureSearch(floor, queries, { gzip: false, port: port + 2 })), gzip: await safe(() => measureSearch(floor, queries, { gzip: true, port: port + 3 })) },
    precache: { ours: ours.articlePath[expected.locale] ? await safe(() => measurePrecache(ours.dist, ours.articlePath[expected.locale] ?? '/', port + 6, true)) : { na: 'no article page found in ours' } },
    reading: {
      ours: ours.articlePath[expected.locale] ? await safe(() => measureReading(ours.dist, ours.articlePath[expected.locale] ?? '/', expected.text, port + 4)) : { na: 'no article page found in ours' },
      floor: floor.articlePath[expected.locale] ? await safe(() => measureReading(floor.dist, floor.articlePath[expected.locale] ?? '/', expected.text, port + 5)) : { na: 'no article page found in the floor' },
    },
  };
} catch (error) {
  browser = na(error);
}
// Issue 16's query rows: a negative, a misspelt, a name and a three-word query on ours' search page vs the floor.
log(`\n▶ search queries (N = ${sizes[sizes.length - 1]})`);
try {
  const { ours, floor } = targetsByCorpus.get('recombined') ?? {};
  if (!ours || !floor) throw new Error('no build to measure');
  searchQueries = await measureSearchQueries(ours, floor, port + 7);
} catch (error) {
  searchQueries = na(error);
}
writeResults({ na: 'not measured yet' }, { met: null, figure: 'not measured yet' }, browser, false);
const realisticTargets = targetsByCorpus.get('realistic');
if (realisticTargets && realistic) {
  log(`\n▶ browser, realistic corpus (N = ${sizes[sizes.length - 1]})`);
  const { ours, floor, speaker } = realisticTargets;
  const safe = async <T>(fn: () => Promise<T>): Promise<T | NotAvailable> => fn().catch(na);
  realistic.browser =
    ours && floor
      ? {
          articles: sizes[sizes.length - 1] ?? 0,
          ours: { plain: await safe(() => measureSearch(ours, queries, { gzip: false, port, ...(speaker ? { speaker } : {}) })), gzip: { na: 'not measured for the realistic corpus' } },
          floor: { plain: await safe(() => measureSearch(floor, queries, { gzip: false, port: port + 2 })), gzip: { na: 'not measured for the realistic corpus' } },
          precache: { ours: { na: 'not measured for the realistic corpus' } },
          reading: { ours: { na: 'not measured for the realistic corpus' }, floor: { na: 'not measured for the realistic corpus' } },
        }
      : { na: 'no build to measure' };
  writeResults({ na: 'not measured yet' }, { met: null, figure: 'not measured yet' }, browser, false);
}

// 4. The normalizer on the real raw texts (throughput, incremental).
log('\n▶ normalizer');
const { normalizer, incremental } = previous ? { normalizer: previous.normalizer, incremental: previous.incremental } : await measureNormalizer(work, quick ? 2 : 20, quick ? 10 : 90, log, !quick);

// 5. Budgets, files, table (also written after each N and after the browser, so a run cut short leaves its partial table).
function writeResults(normalizer: Results['normalizer'], incremental: Results['incremental'], browser: Results['browser'], final: boolean): void {
  const partial: Omit<Results, 'budgets'> = {
    startedAt: previous ? `${previous.startedAt} (builds, normalizer); browser figures re-measured ${startedAt}` : startedAt,
    finishedAt: final ? new Date().toISOString() : `not finished (partial results written ${new Date().toISOString()})`,
    quick,
    seed,
    machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
    commit,
    realContent: {
      from,
      articles: content.articles.length,
      vocabulary: vocabulary(content.articles.map((a) => a.body)),
      bodyBytes: { min: Math.min(...content.articles.map((a) => Buffer.byteLength(a.body))), max: Math.max(...content.articles.map((a) => Buffer.byteLength(a.body))) },
    },
    normalizer,
    incremental,
    sizes: sizeResults,
    browser,
    ...(searchQueries ? { searchQueries } : {}),
    ...(realistic ? { realistic } : {}),
    ...(previous?.scale ? { scale: previous.scale } : {}),
  };
  const results: Results = { ...partial, budgets: judgeBudgets(partial) };
  const markdown = renderResults(results);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(out, 'results.md'), markdown);
  if (final) {
    log(`\n${markdown}`);
    log(`Wrote ${join(out, 'results.json')} and ${join(out, 'results.md')}.`);
  }
}
writeResults(normalizer, incremental, browser, true);
// A build that fails on the corpus is a regression: fail the run (the budgets are reported, not enforced).
const failedBuilds = sizeResults.flatMap((s) => [...('na' in s.ours ? [`ours at N = ${s.articles}: ${s.ours.na}`] : []), ...('na' in s.floor ? [`floor at N = ${s.articles}: ${s.floor.na}`] : [])]);
if (failedBuilds.length > 0) {
  console.error(`✖ bench: ${failedBuilds.join('\n  ')}`);
  process.exitCode = 1;
}
