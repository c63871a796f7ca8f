/**
 * Judges the budgets of issues 9 and 18 from a run's figures, for each corpus measured (recombined,
 * realistic). Ratios, not seconds, are judged: the machine is shared and noisy. A budget that could
 * not be measured is `met: null` with the reason. Where issue 18 set a looser figure than issue 9
 * (search index time 0.6× vs 0.5×), both are judged: a budget is never loosened.
 */
import type { BrowserFigures, QueryFigures } from './browser.ts';
import { judgeSearchQueries } from './search-queries.ts';
import { formatBytes, formatRatio, formatSeconds, ratio, type SiteFigures } from './figures.ts';
import type { BrowserResult, BudgetResult, CorpusKind, NotAvailable, Results, SizeResult } from './results.ts';

const GiB = 1024 ** 3;

function isSite<T extends object>(value: T | { na: string } | undefined): value is T {
  return value !== undefined && !('na' in value);
}

function query(figures: BrowserFigures | { na: string } | undefined, pick: (f: BrowserFigures) => QueryFigures): QueryFigures | undefined {
  return isSite(figures) ? pick(figures) : undefined;
}

function reason(...values: (object | undefined)[]): string {
  for (const value of values) if (value && 'na' in value) return String((value as { na: string }).na);
  return 'not measured';
}

/** A ratio budget: met when ours ÷ floor ≤ limit. */
export function ratioBudget(budget: string, ours: number | undefined, floor: number | undefined, limit: number, format: (n: number) => string, note?: string, against = 'floor'): BudgetResult {
  const value = ratio(ours, floor);
  if (value === undefined || ours === undefined || floor === undefined) return { budget, figure: 'n/a', met: null, note: note ?? 'not measured' };
  const met = value <= limit;
  const result: BudgetResult = { budget, figure: `${formatRatio(value)} (${format(ours)} vs ${against} ${format(floor)})`, met };
  if (!met && note) result.note = note;
  return result;
}

/** Judges every budget, for each corpus in the run, then the scale probe's. */
export function judgeBudgets(results: Omit<Results, 'budgets'>): BudgetResult[] {
  const corpusOf = (size: SizeResult): CorpusKind => size.corpus ?? 'recombined';
  const corpora = [...new Set(results.sizes.map(corpusOf))];
  if (corpora.length === 0) corpora.push('recombined');
  const out = corpora.flatMap((corpus) => {
    const sizes = results.sizes.filter((s) => corpusOf(s) === corpus);
    const browser = corpus === 'recombined' ? results.browser : (results.realistic?.browser ?? { na: 'not measured' });
    return judgeCorpus(sizes, browser, results.incremental, corpus === 'recombined' ? '' : ' (realistic corpus)').filter((b) => corpus === 'recombined' || !/incremental/.test(b.budget));
  });
  return [...out, ...judgeSearchQueries(results.searchQueries), ...judgeScale(results)];
}

/** The scale probe's budgets (issue 18): N = 50,000 builds within 12 GiB, and its first query costs at most 1.5× that at N = 10,000. */
export function judgeScale(results: Omit<Results, 'budgets'>): BudgetResult[] {
  const probe = results.scale?.sizes.find((s) => s.articles === 50_000);
  const notRun = 'not measured: run `npm run bench -- --scale`';
  const site = probe && isSite<SiteFigures>(probe.ours) ? probe.ours : undefined;
  const peak: BudgetResult = site
    ? { budget: 'N = 50,000 (scale probe): the build completes, peak ≤ 12 GiB', figure: `peak ${formatBytes(site.peakRssBytes)} (${site.steps.map((s) => `${s.label} ${formatSeconds(s.seconds)}, ${formatBytes(s.peakRssBytes)}`).join('; ')})`, met: site.peakRssBytes <= 12 * GiB }
    : { budget: 'N = 50,000 (scale probe): the build completes, peak ≤ 12 GiB', figure: 'n/a', met: probe ? false : null, note: probe && 'na' in probe.ours ? `the build failed: ${probe.ours.na}` : notRun };
  // N = 10,000 of the probe itself when it ran it (the same commit and design), else of the last full run.
  const probe10k = results.scale?.sizes.find((s) => s.articles === 10_000 && s.corpus === probe?.corpus);
  const at10k = probe10k && isSite<BrowserFigures>(probe10k.browser) ? probe10k.browser : isSite(results.browser) && results.browser.articles === 10_000 && isSite(results.browser.ours.plain) ? results.browser.ours.plain : undefined;
  const firstOf = (f: BrowserFigures | undefined): QueryFigures | undefined => (f ? (isSite(f.ui.first) ? f.ui.first : f.api.first) : undefined);
  const bytes = (q: QueryFigures | undefined): number | undefined => (q && !('na' in q) ? q.searchBytes : undefined);
  const probeFirst = firstOf(probe && isSite(probe.browser) ? probe.browser : undefined);
  const ratioResult = ratioBudget('N = 50,000 (scale probe): first-query bytes ≤ 1.5× those at N = 10,000 (plain, search page)', bytes(probeFirst), bytes(firstOf(at10k)), 1.5, formatBytes, probeFirst && !('na' in probeFirst) && probeFirst.byKind ? `${probeFirst.searchRequests} requests: ${probeFirst.byKind.map((k) => `${k.kind} ${formatBytes(k.bytes)} (${k.requests})`).join(', ')}` : probe ? 'no browser figures at N = 50,000' : notRun, 'ours at N = 10,000');
  return [peak, ratioResult];
}

/** The budgets of one corpus: its largest N's builds and the browser figures measured on them. */
function judgeCorpus(sizes: readonly SizeResult[], browserResult: BrowserResult | NotAvailable, incremental: Results['incremental'], suffix: string): BudgetResult[] {
  const largest = sizes[sizes.length - 1];
  const at = largest ? ` at N = ${largest.articles.toLocaleString('en-US')}${largest.articles < 10_000 ? ' (the budget is for 10,000)' : ''}${suffix}` : suffix;
  const ours = isSite<SiteFigures>(largest?.ours) ? largest.ours : undefined;
  const floor = isSite<SiteFigures>(largest?.floor) ? largest.floor : undefined;
  const browser = isSite(browserResult) ? browserResult : undefined;
  const oursPlain = browser?.ours.plain;
  const floorPlain = browser?.floor.plain;
  const out: BudgetResult[] = [];

  const pagesNote = ours && floor ? `ours writes ${ours.pages.toLocaleString('en-US')} HTML pages vs the floor's ${floor.pages.toLocaleString('en-US')} (${formatRatio(ratio(ours.pages, floor.pages))}); ${ours.pagesPerSecond.toFixed(0)} vs ${floor.pagesPerSecond.toFixed(0)} pages/s` : reason(largest?.ours, largest?.floor);
  out.push(ratioBudget(`astro build ≤ 1.3× floor${at}`, ours?.astroSeconds, floor?.astroSeconds, 1.3, formatSeconds, pagesNote));
  // The same budgets in CPU time (user + system), judged as well: wall time on a shared machine is mostly its load.
  out.push(ratioBudget(`astro build ≤ 1.3× floor in CPU time (user+sys)${at}`, ours?.astroCpuSeconds, floor?.astroCpuSeconds, 1.3, formatSeconds, pagesNote));
  const indexNote = ours && floor ? `index ${formatBytes(ours.indexBytes)} in ${ours.indexFiles.toLocaleString('en-US')} files vs ${formatBytes(floor.indexBytes)} in ${floor.indexFiles.toLocaleString('en-US')}; Pagefind words ${ours.words ?? 'not printed'} vs ${floor.words ?? 'not printed'}; steps: ${ours.steps.filter((s) => s.kind === 'search').map((s) => `${s.label} ${formatSeconds(s.seconds)}`).join(', ') || 'none (index built inside another step)'}` : reason(largest?.ours, largest?.floor);
  out.push(ratioBudget(`search index time ≤ 0.5× floor's Pagefind${at} (issue 9)`, ours?.searchSeconds, floor?.searchSeconds, 0.5, formatSeconds, indexNote));
  out.push(ratioBudget(`search index time ≤ 0.6× floor's Pagefind${at} (issue 18)`, ours?.searchSeconds, floor?.searchSeconds, 0.6, formatSeconds, indexNote));
  out.push(ratioBudget(`search index time ≤ 0.6× floor's Pagefind in CPU time (user+sys)${at} (issue 18)`, ours?.searchCpuSeconds, floor?.searchCpuSeconds, 0.6, formatSeconds, indexNote));
  out.push(ratioBudget(`search index peak memory ≤ 0.5× floor's Pagefind${at}`, ours?.searchPeakRssBytes, floor?.searchPeakRssBytes, 0.5, formatBytes, indexNote));

  const crossApi = query(oursPlain, (f) => f.api.simplifiedOnTraditional);
  const crossUi = query(oursPlain, (f) => f.ui.simplifiedOnTraditional);
  const crossFound = [crossUi, crossApi].find((q) => q && !('na' in q) && (q.results ?? 0) > 0);
  out.push(
    crossFound && !('na' in crossFound)
      ? { budget: `cross-script search: a Simplified query finds results on the Traditional site${suffix}`, figure: `${crossFound.results} results (${crossFound === crossUi ? 'search page' : 'Pagefind API'})${crossFound.firstUrls?.[0] ? `, first ${crossFound.firstUrls[0]}` : ''}`, met: true }
      : { budget: `cross-script search: a Simplified query finds results on the Traditional site${suffix}`, figure: crossApi && !('na' in crossApi) ? `${crossApi.results ?? 0} results` : 'n/a', met: crossApi && !('na' in crossApi) ? false : null, note: reason(crossUi, crossApi) },
  );
  out.push(
    ours
      ? { budget: `whole build within 8 GiB${at}`, figure: `peak ${formatBytes(ours.peakRssBytes)} (${ours.steps.map((s) => `${s.label} ${formatBytes(s.peakRssBytes)}`).join(', ')})`, met: ours.peakRssBytes <= 8 * GiB }
      : { budget: `whole build within 8 GiB${at}`, figure: 'n/a', met: null, note: reason(largest?.ours) },
  );

  // A later query on the search page is a new page load: what it fetches for the first time counts.
  const bytesOf = (q: QueryFigures | undefined): number | undefined => (q && !('na' in q) ? (q.newSearchBytes ?? q.searchBytes) : undefined);
  const kb = (n: number): string => `${(n / 1024).toFixed(0)} KB`;
  const queryNote = (q: QueryFigures | undefined): string =>
    q && !('na' in q) ? `${q.searchRequests} requests to the index (all of them, re-fetched files included)${q.byKind ? `: ${q.byKind.map((k) => `${k.kind} ${kb(k.bytes)} (${k.requests})`).join(', ')}` : ''}` : reason(q);
  // Ours: the search page when it works (what readers get), else the API; the floor: its API query.
  const usable = (q: QueryFigures | undefined): Exclude<QueryFigures, { na: string }> | undefined => (q && !('na' in q) ? q : undefined);
  const uiFirst = query(oursPlain, (f) => f.ui.first);
  const first = usable(uiFirst) ?? query(oursPlain, (f) => f.api.first);
  const later = usable(query(oursPlain, (f) => f.ui.later)) ?? query(oursPlain, (f) => f.api.later);
  const how = (q: QueryFigures | undefined): string => (q === usable(uiFirst) || q === usable(query(oursPlain, (f) => f.ui.later)) ? 'search page' : 'Pagefind API');
  out.push(ratioBudget(`first query bytes ≤ 0.8× floor (plain; ours: ${how(first)})${suffix}`, bytesOf(first), bytesOf(query(floorPlain, (f) => f.api.first)), 0.8, formatBytes, queryNote(first)));
  out.push(ratioBudget(`later query bytes ≤ 0.6× floor (plain; ours: ${how(later)})${suffix}`, bytesOf(later), bytesOf(query(floorPlain, (f) => f.api.later)), 0.6, formatBytes, queryNote(later)));

  const shown = usable(uiFirst);
  out.push(
    shown?.msAfterLastChunk === undefined
      ? { budget: `results shown < 100 ms after the last index chunk arrives${suffix}`, figure: 'n/a', met: null, note: shown ? 'no index chunk was fetched' : reason(uiFirst) }
      : {
          budget: `results shown < 100 ms after the last index chunk arrives${suffix}`,
          figure: `${shown.msAfterLastChunk.toFixed(0)} ms on the search page`,
          met: shown.msAfterLastChunk < 100,
          ...(shown.msAfterLastChunk >= 100 && shown.msAfterLastResponse !== undefined
            ? { note: `${(shown.msAfterLastChunk - shown.msAfterLastResponse).toFixed(0)} ms fetching what follows the last chunk (fragments: ${shown.byKind?.find((k) => k.kind === 'fragments')?.requests ?? 0} requests), then ${shown.msAfterLastResponse.toFixed(0)} ms in the page after the last response (on a shared, loaded machine)` }
            : {}),
        },
  );

  // The last byte a query needs: the bundle's files and the search files beside it (the text chunks of the passages shown).
  const lastByte = shown?.msAfterLastByte ?? shown?.msAfterLastResponse;
  out.push(
    shown === undefined || lastByte === undefined
      ? { budget: `results shown ≤ 150 ms after the last byte a query needs${suffix}`, figure: 'n/a', met: null, note: shown ? 'no index response was recorded' : reason(uiFirst) }
      : {
          budget: `results shown ≤ 150 ms after the last byte a query needs${suffix}`,
          figure: `${lastByte.toFixed(0)} ms on the search page (first query; ${shown.msAfterLastResponse?.toFixed(0) ?? '–'} ms after the last index response, ${shown.msAfterLastChunk?.toFixed(0) ?? '–'} ms after the last index chunk)`,
          met: lastByte <= 150,
          ...(lastByte > 150 ? { note: `after the last byte the page checks ${shown.byKind?.find((k) => k.kind === 'fragments')?.requests ?? 0} fragments' passages and renders (on a shared, loaded machine)` } : {}),
        },
  );

  const page = largest?.articlePage?.ours;
  out.push(
    page && !('na' in page)
      ? { budget: `article page ≤ 25 KB HTML+CSS gzip${suffix}`, figure: `${formatBytes(page.totalGzipBytes)} (HTML ${formatBytes(page.htmlGzipBytes)} + CSS ${formatBytes(page.cssGzipBytes)})`, met: page.totalGzipBytes <= 25 * 1024 }
      : { budget: `article page ≤ 25 KB HTML+CSS gzip${suffix}`, figure: 'n/a', met: null, note: reason(page) },
  );
  const speakerPage = largest?.largestSpeakerPage;
  out.push(
    speakerPage && !('na' in speakerPage)
      ? { budget: 'largest speaker page ≤ 25 KB HTML+CSS gzip', figure: `${formatBytes(speakerPage.totalGzipBytes)} (${speakerPage.path}; HTML ${formatBytes(speakerPage.htmlBytes)})`, met: speakerPage.totalGzipBytes <= 25 * 1024 }
      : { budget: 'largest speaker page ≤ 25 KB HTML+CSS gzip', figure: 'n/a', met: null, note: reason(speakerPage) },
  );
  const reading = browser?.reading.ours;
  out.push(
    reading && !('na' in reading)
      ? {
          budget: `0 KB JavaScript required to read an article${suffix}`,
          figure: `${reading.readableWithoutJs ? 'text shown with JavaScript off' : 'text NOT shown with JavaScript off'}; with JavaScript on the page loads ${formatBytes(reading.jsBytes)} of script files in ${reading.jsRequests} requests${page && !('na' in page) ? ` and carries ${formatBytes(page.inlineScriptBytes)} of inline script` : ''} (optional enhancements)`,
          met: reading.readableWithoutJs,
        }
      : { budget: `0 KB JavaScript required to read an article${suffix}`, figure: 'n/a', met: null, note: reason(reading, browserResult) },
  );
  out.push({ budget: 'incremental: changing one source re-normalizes only that source', figure: incremental.figure, met: incremental.met });
  return out;
}
