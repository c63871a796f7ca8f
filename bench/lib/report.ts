/** Renders a run's results as the Markdown of bench/results.md (also printed by `npm run bench`). */
import type { BrowserFigures, QueryFigures } from './browser.ts';
import { searchQueryTable } from './search-queries.ts';
import { formatBytes, formatCount, formatRatio, formatSeconds, ratio, type SiteFigures } from './figures.ts';
import type { BrowserResult, CorpusKind, Results, ScaleResult, SizeResult } from './results.ts';

type Cell = number | undefined;

/** One row of the build table: a label and how to read the figure from a site. */
interface BuildRow {
  label: string;
  value: (site: SiteFigures) => Cell;
  format: (n: number) => string;
}

const buildRows: BuildRow[] = [
  { label: 'astro build time', value: (s) => s.astroSeconds, format: formatSeconds },
  { label: 'astro build CPU time (user+sys)', value: (s) => s.astroCpuSeconds, format: formatSeconds },
  { label: 'HTML pages', value: (s) => s.pages, format: formatCount },
  { label: 'pages/s', value: (s) => s.pagesPerSecond, format: (n) => n.toFixed(0) },
  { label: 'astro peak RSS', value: (s) => s.astroPeakRssBytes, format: formatBytes },
  { label: 'search index time', value: (s) => s.searchSeconds, format: formatSeconds },
  { label: 'search index CPU time (user+sys)', value: (s) => s.searchCpuSeconds, format: formatSeconds },
  { label: 'search index peak RSS', value: (s) => s.searchPeakRssBytes, format: formatBytes },
  { label: 'index size', value: (s) => s.indexBytes, format: formatBytes },
  { label: 'index files', value: (s) => s.indexFiles, format: formatCount },
  { label: 'Pagefind words', value: (s) => s.words, format: formatCount },
  { label: 'dist size', value: (s) => s.distBytes, format: formatBytes },
  { label: 'dist files', value: (s) => s.distFiles, format: formatCount },
  { label: 'total build time (no normalize)', value: (s) => s.totalSeconds, format: formatSeconds },
  { label: 'build peak RSS (largest step)', value: (s) => s.peakRssBytes, format: formatBytes },
];

function site(value: SizeResult['ours'] | SizeResult['floor']): SiteFigures | undefined {
  return 'na' in value ? undefined : value;
}

function cell(value: Cell, format: (n: number) => string): string {
  return value === undefined ? '–' : format(value);
}

/** The build table: one row per figure, for each N the columns ours, floor and ours ÷ floor. */
export function buildTable(sizes: readonly SizeResult[]): string {
  const head = ['figure', ...sizes.flatMap((s) => [`N=${formatCount(s.articles)} ours`, 'floor', 'ours ÷ floor'])];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const row of buildRows) {
    const cells = sizes.flatMap((size) => {
      const ours = site(size.ours);
      const floor = site(size.floor);
      const a = ours ? row.value(ours) : undefined;
      const b = floor ? row.value(floor) : undefined;
      return [cell(a, row.format), cell(b, row.format), formatRatio(ratio(a, b))];
    });
    lines.push(`| ${row.label} | ${cells.join(' | ')} |`);
  }
  const weight = (size: SizeResult, which: 'ours' | 'floor'): Cell => {
    const page = size.articlePage?.[which];
    return page && !('na' in page) ? page.totalGzipBytes : undefined;
  };
  lines.push(`| article page HTML+CSS gzip | ${sizes.flatMap((s) => [cell(weight(s, 'ours'), formatBytes), cell(weight(s, 'floor'), formatBytes), formatRatio(ratio(weight(s, 'ours'), weight(s, 'floor')))]).join(' | ')} |`);
  return lines.join('\n');
}

/** The corpus table: size, speakers and vocabulary per N. */
export function corpusTable(results: Pick<Results, 'sizes' | 'realContent'>): string {
  const real = results.realContent.vocabulary;
  const lines = [
    '| corpus | articles | Markdown | speakers | Han chars | distinct Han bigrams | articles per bigram |',
    '|---|---:|---:|---:|---:|---:|---:|',
    `| real (${results.realContent.from}) | ${formatCount(real.texts)} | – | – | ${formatCount(real.hanChars)} | ${formatCount(real.distinctBigrams)} | ${real.articlesPerBigram.toFixed(1)} |`,
  ];
  for (const size of results.sizes) {
    const v = size.vocabulary;
    lines.push(`| ${size.corpus ?? 'recombined'} N=${formatCount(size.articles)} | ${formatCount(size.articles)} | ${formatBytes(size.corpusBytes)} | ${formatCount(size.speakers)} | ${formatCount(v.hanChars)} | ${formatCount(v.distinctBigrams)} | ${v.articlesPerBigram.toFixed(1)} |`);
  }
  return lines.join('\n');
}

function queryCell(q: QueryFigures | undefined): string {
  if (!q) return '–';
  if ('na' in q) return `n/a (${q.na})`;
  const extra = [
    q.results !== undefined ? `${formatCount(q.results)} results` : '',
    q.msAfterLastChunk !== undefined ? `ready ${q.msAfterLastChunk.toFixed(0)} ms after last chunk` : '',
    q.msAfterLastResponse !== undefined && q.msAfterLastResponse !== q.msAfterLastChunk ? `${q.msAfterLastResponse.toFixed(0)} ms after last index response` : '',
    q.msAfterLastByte !== undefined && q.msAfterLastByte !== q.msAfterLastResponse ? `${q.msAfterLastByte.toFixed(0)} ms after the last byte needed` : '',
  ].filter(Boolean).join(', ');
  const all = q.bytes !== q.searchBytes ? `; all ${formatBytes(q.bytes)} / ${q.requests} req` : '';
  const fresh = q.newSearchBytes !== undefined && q.newSearchBytes !== q.searchBytes ? ` (${formatBytes(q.newSearchBytes)} not fetched before)` : '';
  return `index ${formatBytes(q.searchBytes)}${fresh} / ${q.searchRequests} req${all}${extra ? ` (${extra})` : ''}`;
}

function queryBytes(q: QueryFigures | undefined): number | undefined {
  return q && !('na' in q) ? (q.newSearchBytes ?? q.searchBytes) : undefined;
}

type Figures = BrowserFigures | { na: string };

/** The browser table: each query, ours and floor, plain and gzip, with ratios of the index bytes. */
export function browserTable(results: Pick<Results, 'browser'>): string {
  if ('na' in results.browser) return `Browser figures: n/a (${results.browser.na})`;
  const b: BrowserResult = results.browser;
  // Each row: label, ours' figure, the floor's figure it compares with (the floor has no search page or filters: its API query).
  const rows: [string, (f: BrowserFigures) => QueryFigures, (f: BrowserFigures) => QueryFigures][] = [
    ['first query, search page', (f) => f.ui.first, (f) => f.api.first],
    ['later query, search page', (f) => f.ui.later, (f) => f.api.later],
    ['first query + speaker filter, search page', (f) => f.ui.filteredFirst, (f) => f.api.first],
    ['later query + speaker filter, search page', (f) => f.ui.filteredLater, (f) => f.api.later],
    ['Simplified query on the zh-hant search page', (f) => f.ui.simplifiedOnTraditional, (f) => f.api.simplifiedOnTraditional],
    ['first query (API)', (f) => f.api.first, (f) => f.api.first],
    ['later query (API)', (f) => f.api.later, (f) => f.api.later],
    ['first query + speaker filter (API)', (f) => f.api.filteredFirst, (f) => f.api.filteredFirst],
    ['later query + speaker filter (API)', (f) => f.api.filteredLater, (f) => f.api.filteredLater],
    ['Simplified query on zh-hant (API)', (f) => f.api.simplifiedOnTraditional, (f) => f.api.simplifiedOnTraditional],
  ];
  const get = (f: Figures, pick: (f: BrowserFigures) => QueryFigures): QueryFigures | undefined => ('na' in f ? { na: f.na } : pick(f));
  const lines = [
    `Queries: first \`新质生产力\`, later \`高质量发展\` (as in PAGEFIND.md), each in a fresh browser context. Bytes are counted at the server, including the requests of Pagefind's Web Worker: “index” = requests inside the Pagefind bundle, “all” = every request after navigation (the search page's HTML, CSS and JS too). Search page rows drive \`/{locale}/search/?q=…\` (the later query is a second navigation, as its form does; its ratio counts only bundle files not fetched before in that context, since the static server sends no validators and a CDN would answer 304) and time from the last index chunk to results shown; (API) rows import the bundle on an article page and run \`pagefind.search()\` + \`data()\` of the first 5 results with the raw query. The floor has no search page and no filters: its column shows its API query, and the ratio compares index bytes.`,
    '',
    '| measure | ours plain | floor plain | index ratio | ours gzip | floor gzip | index ratio |',
    '|---|---|---|---:|---|---|---:|',
  ];
  for (const [label, pickOurs, pickFloor] of rows) {
    const op = get(b.ours.plain, pickOurs);
    const fp = get(b.floor.plain, pickFloor);
    const og = get(b.ours.gzip, pickOurs);
    const fg = get(b.floor.gzip, pickFloor);
    const r = (x: QueryFigures | undefined, y: QueryFigures | undefined): string => formatRatio(ratio(queryBytes(x), queryBytes(y)));
    lines.push(`| ${label} | ${queryCell(op)} | ${queryCell(fp)} | ${r(op, fp)} | ${queryCell(og)} | ${queryCell(fg)} | ${r(og, fg)} |`);
  }
  const filter = 'na' in b.ours.plain ? undefined : b.ours.plain.api.filter;
  const speaker = 'na' in b.ours.plain ? undefined : b.ours.plain.ui.speaker;
  if (filter || speaker) lines.push('', `Speaker filter: search page \`speaker=${speaker ?? '–'}\` (the speaker with the largest speaker page); API \`${filter ?? '–'}\` (the value with the most pages).`);
  const read = (r: Results['browser'] extends infer T ? (T extends { reading: infer R } ? R : never) : never, which: 'ours' | 'floor'): string => {
    const x = r[which];
    return 'na' in x ? `n/a (${x.na})` : `${x.readableWithoutJs ? 'readable with JavaScript off' : 'NOT readable with JavaScript off'}; loads ${formatBytes(x.jsBytes)} JS (gzip) in ${x.jsRequests} requests`;
  };
  lines.push('', `Reading page (N=${formatCount(b.articles)}): ours ${read(b.reading, 'ours')}; floor ${read(b.reading, 'floor')}.`);
  const pre = b.precache.ours;
  lines.push('', `Offline precache (ours, gzip, service workers allowed; the query rows above block service workers): ${'na' in pre ? `n/a (${pre.na})` : `after one article page, ${pre.stillFetching ? 'at least ' : ''}${formatBytes(pre.bytes)} in ${formatCount(pre.requests)} requests follow in the background${pre.stillFetching ? ' (still fetching when the benchmark stopped waiting after 120 s)' : ''}${pre.registered ? ' (a service worker is registered)' : ' (no service worker registered)'}`}.`);
  return lines.join('\n');
}

/** The scale probe's table: ours only, per N, every step's time and peak memory, the index and the first and later query. */
export function scaleTable(scale: ScaleResult): string {
  const lines = [
    `Scale probe (\`npm run bench -- --scale\`): ${scale.startedAt} → ${scale.finishedAt} on commit \`${scale.commit}\`; ours only (the floor's indexing would need ~30 GiB at 50,000 articles), plain server, search page queries.`,
    '',
    '| N | corpus | distinct bigrams | steps (time, peak) | build peak | index | first query | later query (not fetched before) |',
    '|---:|---|---:|---|---:|---:|---|---|',
  ];
  for (const size of scale.sizes) {
    const ours = 'na' in size.ours ? undefined : size.ours;
    const steps = ours ? ours.steps.map((s) => `${s.label} ${formatSeconds(s.seconds)}, ${formatBytes(s.peakRssBytes)}`).join('; ') : `n/a (${'na' in size.ours ? size.ours.na : ''})`;
    const browser = 'na' in size.browser ? undefined : size.browser;
    const first = browser ? (('na' in browser.ui.first) ? browser.api.first : browser.ui.first) : undefined;
    const later = browser ? (('na' in browser.ui.later) ? browser.api.later : browser.ui.later) : undefined;
    lines.push(`| ${formatCount(size.articles)} | ${size.corpus} | ${formatCount(size.vocabulary.distinctBigrams)} | ${steps} | ${ours ? formatBytes(ours.peakRssBytes) : '–'} | ${ours ? `${formatBytes(ours.indexBytes)} in ${formatCount(ours.indexFiles)} files` : '–'} | ${browser ? queryCell(first) : `n/a (${'na' in size.browser ? size.browser.na : ''})`} | ${browser ? queryCell(later) : '–'} |`);
  }
  return lines.join('\n');
}

/** The budget table. */
export function budgetTable(results: Results): string {
  const lines = ['| budget | figure | met |', '|---|---|---|'];
  for (const b of results.budgets) lines.push(`| ${b.budget} | ${b.figure} | ${b.met === null ? 'n/a' : b.met ? '**met**' : '**not met**'}${b.note && b.met !== true ? ` — ${b.note}` : ''} |`);
  return lines.join('\n');
}

function corporaOf(sizes: readonly SizeResult[]): CorpusKind[] {
  const kinds = [...new Set(sizes.map((s) => s.corpus ?? 'recombined'))];
  return kinds.length > 0 ? kinds : ['recombined'];
}

/** The whole results.md. */
export function renderResults(results: Results): string {
  const n = results.normalizer;
  const normalizer = 'na' in n ? `n/a (${n.na})` : `${n.mbPerSecond >= 1 ? n.mbPerSecond.toFixed(2) : n.mbPerSecond.toFixed(3)} MB/s of raw text (${(n.rawBytes / 1024 / n.seconds).toFixed(1)} KB/s; ${formatBytes(n.rawBytes)} = ${n.passes} passes over the ${n.sources} real sources in one process, ${formatSeconds(n.seconds)}, peak ${formatBytes(n.peakRssBytes)})${n.cli ? `; one \`npm run normalize\` of ${formatBytes(n.cli.rawBytes)}: ${formatSeconds(n.cli.seconds)} wall, peak ${formatBytes(n.cli.peakRssBytes)} (start-up included)` : ''}. The floor has no normalizer.`;
  const sizes = results.sizes;
  const recombined = sizes.filter((s) => (s.corpus ?? 'recombined') === 'recombined');
  const largest = recombined[recombined.length - 1];
  const realistic = results.realistic;
  const speaker = largest?.largestSpeakerPage;
  return [
    `# Benchmark results${results.quick ? ' (--quick)' : ''}`,
    '',
    `Run ${results.startedAt} → ${results.finishedAt} on commit \`${results.commit}\`, ${results.machine.cpus} cores, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}, seed ${results.seed}. The machine is shared: judge ratios, not seconds. Corpus builds skip the normalize step (the corpus is normalized Markdown); the floor is bench/floor (plain Astro, each article once per script) + \`pagefind --site\` with no options.`,
    ...(results.notes && results.notes.length > 0 ? ['', ...results.notes.map((note) => `> ${note}`)] : []),
    '',
    '## Build: ours vs the floor',
    '',
    ...corporaOf(sizes).flatMap((corpus) => [...(corporaOf(sizes).length > 1 ? [`${corpus === 'recombined' ? 'Recombined corpus' : 'Realistic corpus (real Debian documentation mixed in)'}:`, ''] : []), buildTable(sizes.filter((s) => (s.corpus ?? 'recombined') === corpus)), '']),
    '## Corpus and vocabulary',
    '',
    corpusTable(results),
    '',
    'The corpus recombines the paragraphs and Q&A turns of a handful of real articles, so its vocabulary stops growing at the real articles\' and every bigram recurs in many articles (the last column): far denser than a real archive of the same size, whose vocabulary keeps growing and whose words are rarer. Index chunk sizes, query bytes and result counts are therefore pessimistic for real content.',
    ...(realistic ? ['', 'na' in realistic.text ? `Realistic corpus: skipped (${realistic.text.na}).` : `The realistic corpus opens every generated article with the next paragraphs of real text (half of its body) from ${realistic.text.from}: ${formatCount(realistic.text.paragraphs)} paragraphs, ${formatCount(realistic.text.vocabulary.hanChars)} Han characters, ${formatCount(realistic.text.vocabulary.distinctBigrams)} distinct bigrams; its vocabulary grows with N until that text is used up, then the text starts over.`] : []),
    '',
    '## Normalizer',
    '',
    normalizer,
    '',
    `Incremental: ${results.incremental.figure}`,
    '',
    `## Browser (N=${'na' in results.browser ? '–' : formatCount(results.browser.articles)})`,
    '',
    browserTable(results),
    '',
    speaker ? `Largest speaker page: ${'na' in speaker ? `n/a (${speaker.na})` : `\`${speaker.path}\`, ${formatBytes(speaker.htmlBytes)} HTML, ${formatBytes(speaker.totalGzipBytes)} HTML+CSS gzip`}.` : '',
    largest?.articlePage ? `Article page weighed: \`${largest.articlePage.path}\` (the median body of the corpus)${largest.longestArticlePage ? `; the longest generated article (\`${largest.longestArticlePage.path}\`, ${formatBytes(largest.longestArticlePage.bodyBytes)} of Markdown body) is ${formatBytes(largest.longestArticlePage.totalGzipBytes)} HTML+CSS gzip` : ''}. Real articles are longer than the generated ones (their bodies are ${formatBytes(results.realContent.bodyBytes.min)}–${formatBytes(results.realContent.bodyBytes.max)}).` : '',
    '',
    ...(results.searchQueries ? [`## Search queries (issue 16, N=${'na' in results.browser ? '–' : formatCount(results.browser.articles)}, gzip)`, '', 'na' in results.searchQueries ? `n/a (${results.searchQueries.na})` : searchQueryTable(results.searchQueries), ''] : []),
    ...(realistic?.browser ? [`## Browser, realistic corpus (N=${'na' in realistic.browser ? '–' : formatCount(realistic.browser.articles)}, plain server only)`, '', browserTable({ browser: realistic.browser }), ''] : []),
    ...(results.scale ? ['## Scale probe', '', scaleTable(results.scale), ''] : []),
    '## Budgets',
    '',
    budgetTable(results),
    '',
  ].join('\n');
}
