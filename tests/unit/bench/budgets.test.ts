import { describe, expect, test } from 'vitest';
import type { BrowserFigures, QueryFigures } from '../../../bench/lib/browser.ts';
import { judgeBudgets, ratioBudget } from '../../../bench/lib/budgets.ts';
import { formatSeconds, type SiteFigures } from '../../../bench/lib/figures.ts';
import { renderResults } from '../../../bench/lib/report.ts';
import type { Results } from '../../../bench/lib/results.ts';

describe('ratioBudget', () => {
  test.each([
    { ours: 45, floor: 30, limit: 1.5, met: true, figure: '1.50× (45.0 s vs floor 30.0 s)' },
    { ours: 46, floor: 30, limit: 1.5, met: false, figure: '1.53× (46.0 s vs floor 30.0 s)' },
    { ours: 10, floor: 30, limit: 0.5, met: true, figure: '0.33× (10.0 s vs floor 30.0 s)' },
    { ours: undefined, floor: 30, limit: 0.5, met: null, figure: 'n/a' },
    { ours: 10, floor: 0, limit: 0.5, met: null, figure: 'n/a' },
  ])('$ours vs $floor, limit $limit → $met', ({ ours, floor, limit, met, figure }) => {
    const result = ratioBudget('b', ours, floor, limit, formatSeconds, 'where the time goes');
    expect(result.met).toBe(met);
    expect(result.figure).toBe(figure);
    expect(result.note === undefined).toBe(met === true);
  });
});

const GiB = 2 ** 30;
function site(overrides: Partial<SiteFigures>): SiteFigures {
  return { steps: [], astroSeconds: 30, astroPeakRssBytes: GiB, pages: 20_000, pagesPerSecond: 600, searchSeconds: 150, searchPeakRssBytes: 12 * GiB, indexBytes: 1, indexFiles: 1, distBytes: 1, distFiles: 1, totalSeconds: 180, peakRssBytes: 12 * GiB, ...overrides };
}
const q = (searchBytes: number, extra: Partial<Exclude<QueryFigures, { na: string }>> = {}): QueryFigures => ({ requests: 10, bytes: searchBytes + 9000, searchRequests: 8, searchBytes, ...extra });
function browserFigures(first: QueryFigures, later: QueryFigures, ui: Partial<BrowserFigures['ui']> = {}): BrowserFigures {
  const na = { na: 'no search page' };
  return { gzip: false, api: { first, later, filteredFirst: na, filteredLater: na, simplifiedOnTraditional: q(1, { results: 3, firstUrls: ['/zh-hant/articles/a/'] }) }, ui: { first: na, later: na, filteredFirst: na, filteredLater: na, simplifiedOnTraditional: na, ...ui } };
}
function results(ours: SiteFigures, floor: SiteFigures, oursBrowser: BrowserFigures, floorBrowser: BrowserFigures): Omit<Results, 'budgets'> {
  const vocabulary = { texts: 1, hanChars: 1, distinctBigrams: 1, articlesPerBigram: 1 };
  return {
    startedAt: 'a',
    finishedAt: 'b',
    quick: false,
    seed: 9,
    machine: { cpus: 2, memoryGiB: 24, node: 'v26' },
    commit: 'abc',
    realContent: { from: 'content', articles: 8, vocabulary, bodyBytes: { min: 1, max: 2 } },
    normalizer: { na: 'none' },
    incremental: { met: false, figure: 'not met: the normalizer has no cache' },
    sizes: [{ articles: 10_000, corpusBytes: 1, speakers: 1, vocabulary, ours: { ...ours, skipped: ['Normalize'] }, floor, articlePage: { path: '/p/', ours: { htmlBytes: 1, htmlGzipBytes: 20_000, cssFiles: 1, cssGzipBytes: 6000, totalGzipBytes: 26_000, scriptFiles: 0, scriptGzipBytes: 0, inlineScriptBytes: 0 }, floor: { na: 'x' } } }],
    browser: { articles: 10_000, ours: { plain: oursBrowser, gzip: { na: 'skipped' } }, floor: { plain: floorBrowser, gzip: { na: 'skipped' } }, precache: { ours: { na: 'x' } }, reading: { ours: { readableWithoutJs: true, jsRequests: 0, jsBytes: 0 }, floor: { na: 'x' } } },
  };
}

describe('judgeBudgets', () => {
  const floor = site({});
  const floorBrowser = browserFigures(q(464_000), q(244_000));
  const byName = (list: ReturnType<typeof judgeBudgets>, start: string) => list.find((b) => b.budget.startsWith(start));

  test('a site within every ratio budget', () => {
    const budgets = judgeBudgets(results(site({ astroSeconds: 38, searchSeconds: 60, searchPeakRssBytes: 4 * GiB, peakRssBytes: 4 * GiB }), floor, browserFigures(q(300_000), q(100_000)), floorBrowser));
    expect(byName(budgets, 'astro build ≤ 1.3×')?.met).toBe(true);
    expect(byName(budgets, 'search index time ≤ 0.5×')?.met).toBe(true);
    expect(byName(budgets, 'search index time ≤ 0.6×')?.met).toBe(true);
    expect(byName(budgets, 'search index peak memory')?.met).toBe(true);
    expect(byName(budgets, 'whole build within 8 GiB')?.met).toBe(true);
    expect(byName(budgets, 'first query bytes')?.met).toBe(true);
    expect(byName(budgets, 'later query bytes')?.met).toBe(true);
    expect(byName(budgets, 'cross-script')?.met).toBe(true);
    expect(byName(budgets, '0 KB JavaScript')?.met).toBe(true);
  });
  test('misses are not met and say where the time or bytes go', () => {
    const budgets = judgeBudgets(results(site({ astroSeconds: 60, pages: 26_000, searchSeconds: 100, peakRssBytes: 9 * GiB }), floor, browserFigures(q(400_000), q(200_000)), floorBrowser));
    expect(byName(budgets, 'astro build')).toMatchObject({ met: false, note: expect.stringContaining('26,000 HTML pages') });
    expect(byName(budgets, 'search index time')?.met).toBe(false);
    expect(byName(budgets, 'whole build within 8 GiB')?.met).toBe(false);
    expect(byName(budgets, 'first query bytes')?.met).toBe(false);
    expect(byName(budgets, 'later query bytes')?.met).toBe(false);
    expect(byName(budgets, 'article page')).toMatchObject({ met: false, figure: expect.stringContaining('25.4 KB') });
    expect(byName(budgets, 'incremental')?.met).toBe(false);
  });
  test('issue 18: astro build 1.3×, index time 0.6× judged beside issue 9’s 0.5×', () => {
    const budgets = judgeBudgets(results(site({ astroSeconds: 40, searchSeconds: 85 }), floor, browserFigures(q(300_000), q(100_000)), floorBrowser));
    expect(byName(budgets, 'astro build ≤ 1.3×')).toMatchObject({ met: false, figure: expect.stringContaining('1.33×') });
    expect(byName(budgets, 'search index time ≤ 0.5×')?.met).toBe(false);
    expect(byName(budgets, 'search index time ≤ 0.6×')?.met).toBe(true);
  });
  test.each([
    { id: 'cpu-within', ours: 39, floor: 30, met: true },
    { id: 'cpu-over', ours: 40, floor: 30, met: false },
    { id: 'cpu-not-measured', ours: undefined, floor: 30, met: null },
  ])('astro build in CPU time, judged beside wall time: $id', ({ ours, floor: floorCpu, met }) => {
    const budgets = judgeBudgets(results(site(ours === undefined ? {} : { astroCpuSeconds: ours }), site({ astroCpuSeconds: floorCpu }), browserFigures(q(300_000), q(100_000)), floorBrowser));
    expect(byName(budgets, 'astro build ≤ 1.3× floor in CPU time')?.met).toBe(met);
    // The wall-time budget is still judged on its own figures (30 s vs 30 s here).
    expect(byName(budgets, 'astro build ≤ 1.3× floor at N')?.met).toBe(true);
  });
  test.each([
    { id: 'within 150 ms of the last byte', afterLast: 150, met: true },
    { id: 'over 150 ms after the last byte', afterLast: 151, met: false },
  ])('results shown after the last byte a query needs: $id', ({ afterLast, met }) => {
    const budgets = judgeBudgets(results(site({}), floor, browserFigures(q(1), q(1), { first: q(300_000, { msAfterLastChunk: 700, msAfterLastResponse: afterLast }) }), floorBrowser));
    expect(byName(budgets, 'results shown ≤ 150 ms')?.met).toBe(met);
  });
  test('the realistic corpus is judged on its own, labelled so', () => {
    const partial = results(site({}), floor, browserFigures(q(300_000), q(100_000)), floorBrowser);
    const [size] = partial.sizes;
    const budgets = judgeBudgets({ ...partial, sizes: [...partial.sizes, { ...size!, corpus: 'realistic', floor: { ...floor, astroSeconds: 10 } }], realistic: { text: { na: 'x' }, browser: { na: 'not measured' } } });
    expect(byName(budgets, 'astro build ≤ 1.3× floor at N = 10,000 (realistic corpus)')).toMatchObject({ met: false, figure: expect.stringContaining('3.00×') });
    expect(byName(budgets, 'astro build ≤ 1.3× floor at N = 10,000')?.met).toBe(true);
    expect(budgets.filter((b) => b.budget.startsWith('incremental'))).toHaveLength(1);
  });
  test('scale probe: 50,000 within 12 GiB and first query ≤ 1.5× that at 10,000; n/a when not run', () => {
    const partial = results(site({}), floor, browserFigures(q(1), q(1), { first: q(500_000) }), floorBrowser);
    expect(byName(judgeBudgets(partial), 'N = 50,000 (scale probe): the build')).toMatchObject({ met: null, note: expect.stringContaining('--scale') });
    const vocabulary = { texts: 1, hanChars: 1, distinctBigrams: 1, articlesPerBigram: 1 };
    const scale = { startedAt: 'a', finishedAt: 'b', commit: 'c', sizes: [{ articles: 50_000, corpus: 'recombined' as const, vocabulary, ours: { ...site({ peakRssBytes: 11 * GiB }), skipped: [] }, browser: browserFigures(q(1), q(1), { first: q(800_000) }) }] };
    const budgets = judgeBudgets({ ...partial, scale });
    expect(byName(budgets, 'N = 50,000 (scale probe): the build')?.met).toBe(true);
    expect(byName(budgets, 'N = 50,000 (scale probe): first-query')).toMatchObject({ met: false, figure: expect.stringMatching(/^1\.60× \(.* vs ours at N = 10,000 /u) });
  });
  test('the search page, when it works, is what the query and timing budgets judge', () => {
    const budgets = judgeBudgets(results(site({}), floor, browserFigures(q(900_000), q(900_000), { first: q(300_000, { msAfterLastChunk: 40 }), later: q(100_000) }), floorBrowser));
    expect(byName(budgets, 'first query bytes')).toMatchObject({ met: true, budget: expect.stringContaining('search page') });
    expect(byName(budgets, 'results shown')).toMatchObject({ met: true, figure: expect.stringContaining('40 ms') });
  });
  test('what could not be measured is n/a with the reason, never met', () => {
    const budgets = judgeBudgets(results(site({}), floor, browserFigures({ na: 'API search failed' }, { na: 'API search failed' }), floorBrowser));
    expect(byName(budgets, 'first query bytes')).toMatchObject({ met: null, note: 'API search failed' });
    expect(byName(budgets, 'results shown')).toMatchObject({ met: null, note: 'no search page' });
  });
  test('the report shows every budget with its verdict', () => {
    const partial = results(site({}), floor, browserFigures(q(300_000), q(100_000)), floorBrowser);
    const markdown = renderResults({ ...partial, budgets: judgeBudgets(partial) });
    expect(markdown).toContain('| astro build time | 30.0 s | 30.0 s | 1.00× |');
    expect(markdown).toContain('| first query bytes ≤ 0.8× floor (plain; ours: Pagefind API) | 0.65× (293.0 KB vs floor 453.1 KB) | **met** |');
    expect(markdown).toContain('**not met** — ');
  });
});
