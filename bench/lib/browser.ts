/**
 * Browser figures in Chromium (Playwright, the flags of playwright.config.ts) against a built site
 * served by the project's static server, which counts the bytes of every response — including the
 * requests Pagefind's Web Worker makes, which Resource Timing on the page does not see.
 *
 * Two ways to search, reported separately: `api` imports the site's Pagefind bundle on an article
 * page and runs `search()` + `data()` of the first five results (the same on ours and the floor,
 * so the ratios compare like with like); `ui` opens the archive's own search page
 * (`/{locale}/search/?q=…`) when it exists. Anything missing is reported as "n/a (reason)".
 */
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from '@playwright/test';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import playwrightConfig from '../../playwright.config.ts';
import { breakdown, sumServed, type ServedEntry } from './served.ts';

/** Bytes and requests of one measured action, or why it could not be measured. */
export type QueryFigures =
  | {
      requests: number;
      bytes: number;
      /** Requests and bytes inside the Pagefind bundle only (the figure the floor comparison uses). */
      searchRequests: number;
      searchBytes: number;
      results?: number;
      /** URLs of the first results, to check that the query found something real. */
      firstUrls?: string[];
      /** ms from the last index chunk served to results ready (api) or shown (ui). */
      msAfterLastChunk?: number;
      /** ms from the last response of the Pagefind bundle (chunks, fragments…) to results ready or shown. */
      msAfterLastResponse?: number;
      /** ms from the last byte the query needs (the bundle's files and the search files beside it: text chunks, people shards) to results ready or shown. */
      msAfterLastByte?: number;
      /** Bundle bytes by kind of file (js, wasm, meta, index chunks, fragments, filters). */
      byKind?: { kind: string; requests: number; bytes: number }[];
      /** Search page: bytes of bundle files not fetched before in the same browser context (what a cache with validators would not download again). */
      newSearchBytes?: number;
    }
  | { na: string };

/** A site to measure in the browser. */
export interface BrowserTarget {
  dist: string;
  /** URL path of the Pagefind bundle, e.g. `/pagefind/`, or undefined when the site has none. */
  bundle?: string;
  /** URL paths of further bundles the site merges into the first at query time (search shards, `/pagefind/shard-2/`…). */
  merge?: string[];
  /** URL path of an article page per locale. */
  articlePath: Record<'zh-hans' | 'zh-hant', string | undefined>;
  /** Whether `/{locale}/search/` exists. */
  hasSearchPage: boolean;
}

/** Queries the benchmark runs (from PAGEFIND.md, so the floor figures there compare). */
export interface BrowserQueries {
  first: string;
  later: string;
}

/** Everything measured on one site with one server mode. */
export interface BrowserFigures {
  gzip: boolean;
  api: { first: QueryFigures; later: QueryFigures; filteredFirst: QueryFigures; filteredLater: QueryFigures; simplifiedOnTraditional: QueryFigures; filter?: string };
  ui: { first: QueryFigures; later: QueryFigures; filteredFirst: QueryFigures; filteredLater: QueryFigures; simplifiedOnTraditional: QueryFigures; speaker?: string };
}

interface ApiAnswer {
  results: number;
  firstUrls: string[];
  readyAt: number;
}

/** Listens on the port (exported for bench/lib/search-queries.ts), or on the next free one of the benchmark's range (4340–4349) when it is taken. */
export async function listen(server: ReturnType<typeof createStaticServer>, port: number): Promise<void> {
  const candidates = [port, ...[4347, 4348, 4349].filter((p) => p !== port)];
  for (const candidate of candidates) {
    const ok = await new Promise<boolean>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException): void => (error.code === 'EADDRINUSE' ? resolve(false) : reject(error));
      server.once('error', onError);
      server.listen(candidate, '127.0.0.1', () => {
        server.off('error', onError);
        resolve(true);
      });
    });
    if (ok) return;
  }
  throw new Error(`ports ${candidates.join(', ')} are all in use`);
}

/** Launches Debian's Chromium with the flags of playwright.config.ts (exported for bench/lib/search-queries.ts). */
export async function launch(): Promise<Browser> {
  const launchOptions = playwrightConfig.use?.launchOptions ?? {};
  // BENCH_CHROMIUM: another Chromium binary (the test of a missing browser points it nowhere).
  return chromium.launch({ ...launchOptions, executablePath: process.env.BENCH_CHROMIUM ?? '/usr/bin/chromium' });
}

/** Closes a server and the keep-alive connections a browser left open (close() alone would wait for them). */
function closeServer(server: ReturnType<typeof createStaticServer>): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/**
 * Serves `dist` (counting every response into `served`), launches Chromium and runs `body`; the
 * browser and the server are closed on every exit path — a port that cannot be had, a browser that
 * does not launch (Chromium missing), a measurement that throws — so the benchmark never hangs on
 * an open server.
 */
export async function withServedBrowser<T>(options: { dist: string; gzip: boolean; port: number; served: ServedEntry[] }, body: (base: string, browser: Browser) => Promise<T>): Promise<T> {
  const server = createStaticServer({ root: options.dist, gzip: options.gzip, onResponse: (entry) => options.served.push({ ...entry, at: Date.now() }) });
  let browser: Browser | undefined;
  try {
    await listen(server, options.port);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launch();
    return await body(base, browser);
  } finally {
    await browser?.close().catch(() => undefined);
    await closeServer(server);
  }
}

/** Runs the Pagefind API in the page; keeps the module on window so a later query reuses it. */
async function apiSearch(page: Page, bundle: string, merge: readonly string[], query: string, filters?: Record<string, string>): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ bundle, merge, query, filters }) => {
      const w = window as unknown as { __benchPagefind?: { init?: () => Promise<void>; mergeIndex: (path: string) => Promise<void>; search: (q: string, o?: object) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> } };
      if (!w.__benchPagefind) {
        w.__benchPagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
        await w.__benchPagefind?.init?.();
        // A sharded index is searched as one, as the site's search page does.
        await Promise.all(merge.map((path) => w.__benchPagefind?.mergeIndex(path)));
      }
      const pagefind = w.__benchPagefind;
      if (!pagefind) throw new Error('no pagefind');
      const search = await pagefind.search(query, filters ? { filters } : {});
      const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
      return { results: search.results.length, firstUrls: data.map((d) => d.url), readyAt: Date.now() };
    },
    { bundle, merge, query, filters },
  );
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.waitForTimeout(150);
}

/** Picks the filter (and its most frequent value) that looks like the speaker filter. */
async function discoverSpeakerFilter(browser: Browser, base: string, target: BrowserTarget): Promise<{ name: string; value: string } | { na: string }> {
  if (!target.bundle || !target.articlePath['zh-hans']) return { na: 'no Pagefind bundle or article page' };
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(base + target.articlePath['zh-hans']);
    const filters = await page.evaluate(async ({ bundle, merge }) => {
      const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
      await pagefind.init?.();
      await Promise.all(merge.map((path) => pagefind.mergeIndex(path)));
      return (await pagefind.filters()) as Record<string, Record<string, number>>;
    }, { bundle: target.bundle, merge: target.merge ?? [] });
    const names = Object.keys(filters);
    const name = names.find((n) => /speaker|发言|發言|讲者|講者|人物/i.test(n));
    if (!name) return { na: names.length === 0 ? 'the index has no filters' : `no speaker filter among: ${names.join(', ')}` };
    const values = Object.entries(filters[name] ?? {}).sort((a, b) => b[1] - a[1]);
    const value = values[0]?.[0];
    return value ? { name, value } : { na: `filter ${name} has no values` };
  } finally {
    await context.close();
  }
}

/** Measures one site with one server mode. */
export async function measureSearch(target: BrowserTarget, queries: BrowserQueries, options: { gzip: boolean; port: number; speaker?: string }): Promise<BrowserFigures> {
  const served: ServedEntry[] = [];
  return withServedBrowser({ dist: target.dist, gzip: options.gzip, port: options.port, served }, (base, browser) => searchFigures(base, browser, served, target, queries, options));
}

/** measureSearch() once the site is served and the browser runs. */
async function searchFigures(base: string, browser: Browser, served: ServedEntry[], target: BrowserTarget, queries: BrowserQueries, options: { gzip: boolean; speaker?: string }): Promise<BrowserFigures> {
  const measureFrom = (mark: number, bundle: string, extra: Partial<{ results: number; firstUrls: string[]; readyAt: number }>): QueryFigures => {
    const sums = sumServed(served.slice(mark), bundle);
    const figures: QueryFigures = { requests: sums.requests, bytes: sums.bytes, searchRequests: sums.searchRequests, searchBytes: sums.searchBytes, byKind: breakdown(served.slice(mark), bundle) };
    if (extra.results !== undefined) figures.results = extra.results;
    if (extra.firstUrls) figures.firstUrls = extra.firstUrls;
    if (extra.readyAt !== undefined && sums.lastChunkAt !== undefined) figures.msAfterLastChunk = extra.readyAt - sums.lastChunkAt;
    if (extra.readyAt !== undefined && sums.lastResponseAt !== undefined) figures.msAfterLastResponse = extra.readyAt - sums.lastResponseAt;
    if (extra.readyAt !== undefined && sums.lastByteAt !== undefined) figures.msAfterLastByte = extra.readyAt - sums.lastByteAt;
    return figures;
  };
  const na = (reason: string): QueryFigures => ({ na: reason });

  /** First and later query through the API in one fresh context, from an article page of a locale. */
  const apiPair = async (locale: 'zh-hans' | 'zh-hant', first: string, later: string | null, filters?: Record<string, string>): Promise<[QueryFigures, QueryFigures]> => {
    const path = target.articlePath[locale];
    if (!target.bundle) return [na('the site has no Pagefind bundle'), na('the site has no Pagefind bundle')];
    if (!path) return [na(`no ${locale} article page found`), na(`no ${locale} article page found`)];
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto(base + path);
      await settle(page);
      let mark = served.length;
      const a = await apiSearch(page, target.bundle, target.merge ?? [], first, filters);
      await page.waitForTimeout(100);
      const firstFigures = measureFrom(mark, target.bundle, a);
      if (later === null) return [firstFigures, na('not measured')];
      mark = served.length;
      const b = await apiSearch(page, target.bundle, target.merge ?? [], later, filters);
      await page.waitForTimeout(100);
      return [firstFigures, measureFrom(mark, target.bundle, b)];
    } catch (error) {
      return [na(`API search failed: ${(error as Error).message.split('\n')[0]}`), na('API search failed')];
    } finally {
      await context.close();
    }
  };

  /** The archive's own search page, a fresh context: the first query by URL, then the later one by URL too (what its form does). */
  const uiPair = async (locale: 'zh-hans' | 'zh-hant', first: string, later: string | null, extra = ''): Promise<[QueryFigures, QueryFigures]> => {
    if (!target.hasSearchPage) return [na(`no /${locale}/search/ page`), na(`no /${locale}/search/ page`)];
    const bundle = target.bundle ?? '/pagefind/';
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      // Records when results are shown: result items or article links in <main>, or the page saying it is done.
      await page.addInitScript(() => {
        const w = window as unknown as { __benchShownAt?: number; __benchCount?: () => number };
        w.__benchCount = () => document.querySelectorAll('#search-results li, main li a[href*="/articles/"]').length;
        new MutationObserver(() => {
          if (w.__benchShownAt !== undefined) return;
          if ((w.__benchCount?.() ?? 0) > 0 || document.body?.dataset.searchState === 'done' || document.body?.dataset.searchState === 'error') w.__benchShownAt = Date.now();
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-search-state'] });
      });
      const seen = new Set<string>();
      const run = async (query: string): Promise<QueryFigures> => {
        const mark = served.length;
        await page.goto(`${base}/${locale}/search/?q=${encodeURIComponent(query)}${extra}`);
        await page.waitForFunction(() => (window as unknown as { __benchShownAt?: number }).__benchShownAt !== undefined, undefined, { timeout: 30_000 }).catch(() => undefined);
        await settle(page);
        const shownAt = await page.evaluate(() => (window as unknown as { __benchShownAt?: number }).__benchShownAt);
        if (shownAt === undefined) return na(`nothing was shown within 30 s for ${query}`);
        const state = await page.evaluate(() => document.body.dataset.searchState ?? '');
        if (state === 'error') return na(`the search page reported an error: ${await page.locator('#search-status').innerText().catch(() => '')}`);
        const figures = measureFrom(mark, bundle, { readyAt: shownAt, results: await page.evaluate(() => (window as unknown as { __benchCount: () => number }).__benchCount()) });
        // A new page load fetches the bundle's scripts again: count what a revalidating cache would not.
        const fresh = served.slice(mark).filter((e) => e.path.startsWith(bundle) && !seen.has(e.path));
        for (const entry of served.slice(mark)) seen.add(entry.path);
        if (!('na' in figures)) figures.newSearchBytes = fresh.reduce((t, e) => t + e.bytes, 0);
        return figures;
      };
      const firstFigures = await run(first);
      return [firstFigures, later === null ? na('not measured') : await run(later)];
    } catch (error) {
      return [na(`search page failed: ${(error as Error).message.split('\n')[0]}`), na('search page failed')];
    } finally {
      await context.close();
    }
  };

  const filter = await discoverSpeakerFilter(browser, base, target);
  const [first, later] = await apiPair('zh-hans', queries.first, queries.later);
  const [filteredFirst, filteredLater] = 'na' in filter ? [na(filter.na), na(filter.na)] : await apiPair('zh-hans', queries.first, queries.later, { [filter.name]: filter.value });
  const [simplifiedOnTraditional] = await apiPair('zh-hant', queries.first, null);
  const [uiFirst, uiLater] = await uiPair('zh-hans', queries.first, queries.later);
  const [uiFilteredFirst, uiFilteredLater] = options.speaker ? await uiPair('zh-hans', queries.first, queries.later, `&speaker=${encodeURIComponent(options.speaker)}`) : [na('no speaker to filter by'), na('no speaker to filter by')];
  const [uiCross] = await uiPair('zh-hant', queries.first, null);
  const api: BrowserFigures['api'] = { first, later, filteredFirst, filteredLater, simplifiedOnTraditional };
  if (!('na' in filter)) api.filter = `${filter.name} = ${filter.value}`;
  return { gzip: options.gzip, api, ui: { first: uiFirst, later: uiLater, filteredFirst: uiFilteredFirst, filteredLater: uiFilteredLater, simplifiedOnTraditional: uiCross, ...(options.speaker ? { speaker: options.speaker } : {}) } };
}

/**
 * Bytes a service worker fetches in the background after a reader opens one page (e.g. precaching
 * the index for offline search): measured apart, because the query figures block service workers.
 */
export async function measurePrecache(dist: string, path: string, port: number, gzip: boolean): Promise<{ requests: number; bytes: number; registered: boolean; stillFetching: boolean }> {
  const served: ServedEntry[] = [];
  return withServedBrowser({ dist, gzip, port, served }, async (base, browser) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(base + path);
    await settle(page);
    const mark = served.length;
    // Wait until the server has been quiet for 3 s (at most 120 s).
    const started = Date.now();
    let last = served.length;
    let quietSince = Date.now();
    while (Date.now() - started < 120_000 && Date.now() - quietSince < 3000) {
      await page.waitForTimeout(500);
      if (served.length !== last) {
        last = served.length;
        quietSince = Date.now();
      }
    }
    const registered = await page.evaluate(async () => 'serviceWorker' in navigator && (await navigator.serviceWorker.getRegistrations()).length > 0);
    await context.close();
    const after = served.slice(mark);
    return { requests: after.length, bytes: after.reduce((t, e) => t + e.bytes, 0), registered, stillFetching: Date.now() - quietSince < 3000 };
  });
}

/** Whether an article page shows its text with JavaScript off, and the JS bytes it loads with JS on. */
export async function measureReading(dist: string, path: string, expectedText: string, port: number): Promise<{ readableWithoutJs: boolean; jsRequests: number; jsBytes: number }> {
  const served: ServedEntry[] = [];
  return withServedBrowser({ dist, gzip: true, port, served }, async (base, browser) => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(base + path);
    const text = await page.locator('body').innerText();
    await noJs.close();
    const withJs = await browser.newContext({ serviceWorkers: 'block' });
    const jsPage = await withJs.newPage();
    const mark = served.length;
    await jsPage.goto(base + path);
    await settle(jsPage);
    await withJs.close();
    const js = served.slice(mark).filter((e) => /\.m?js$/.test(e.path));
    return { readableWithoutJs: text.includes(expectedText), jsRequests: js.length, jsBytes: js.reduce((t, e) => t + e.bytes, 0) };
  });
}
