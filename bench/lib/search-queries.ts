/**
 * Issue 16's query rows of `npm run bench`: what one search costs on the archive's search page at
 * the largest N, for a negative, a misspelt, a name and a three-word query, next to the floor (plain
 * Pagefind: `search()` and `data()` of its first five results, as its default UI loads them). Ours
 * counts everything the search fetches: the Pagefind bundle (fragments included) and the search
 * files beside it (`/search/text/…` display chunks, `/search/people/…` shards). Budgets: at most
 * 1.2× the floor's bytes for the same query, and at most 40 fragment requests.
 */
import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../../scripts/lib/static-server.ts';
import { launch, listen, type BrowserTarget } from './browser.ts';
import { bundleFileKind, type ServedEntry } from './served.ts';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The queries: in the corpus's vocabulary (it recombines the real articles' passages). */
export const searchQueries = [
  { kind: 'negative', q: '"甘肃不一般上下五千年"', why: 'every word is everywhere, the phrase nowhere' },
  { kind: 'misspelt', q: '新质生产率', why: 'one character off 新质生产力' },
  { kind: 'name', q: '任振鹤', why: 'the speaker with the most answers' },
  { kind: 'three-word', q: '甘肃 高质量发展 项目', why: 'three words in one passage' },
] as const;

/** Budgets of issue 16. */
export const searchQueryBudgets = { bytesRatio: 1.2, fragments: 40 } as const;

/** What one query cost. */
export interface QueryCost {
  bytes: number;
  requests: number;
  fragments: number;
  /** Search files beside the bundle (ours only): display chunks and people shards. */
  extraRequests: number;
  results: number;
  /** Bytes and requests per kind of file (index chunks, fragments, js, wasm, meta, text chunks, people shards…), largest first: where a query's bytes go. */
  byKind?: { kind: string; requests: number; bytes: number }[];
}

/** One row: a query on ours (search page) and on the floor (Pagefind API). */
export interface SearchQueryRow {
  kind: string;
  q: string;
  why: string;
  ours: QueryCost | { na: string };
  floor: QueryCost | { na: string };
}

/** Sums what a query fetched: the bundle, and the search files beside it (pure). */
export function queryCost(entries: readonly ServedEntry[], bundle: string, results: number): QueryCost {
  const counted = entries.filter((e) => e.path.startsWith(bundle) || e.path.startsWith('/search/'));
  const kinds = new Map<string, { kind: string; requests: number; bytes: number }>();
  for (const entry of counted) {
    const kind = entry.path.startsWith('/search/text/') ? 'text chunks' : entry.path.startsWith('/search/people/') ? 'people shards' : entry.path.startsWith('/search/') ? 'search files' : bundleFileKind(entry.path);
    const row = kinds.get(kind) ?? { kind, requests: 0, bytes: 0 };
    row.requests += 1;
    row.bytes += entry.bytes;
    kinds.set(kind, row);
  }
  return {
    bytes: counted.reduce((total, e) => total + e.bytes, 0),
    requests: counted.length,
    fragments: counted.filter((e) => e.path.endsWith('.pf_fragment')).length,
    extraRequests: counted.filter((e) => e.path.startsWith('/search/')).length,
    results,
    byKind: [...kinds.values()].sort((a, b) => b.bytes - a.bytes),
  };
}

/**
 * What makes ours cost more than the floor, kind by kind: each kind of file where ours fetched more
 * bytes, the largest difference first (`index chunks +25.7 KB (5 vs 4 requests)`).
 */
export function excessByKind(ours: QueryCost, floor: QueryCost): string {
  const of = (cost: QueryCost, kind: string) => cost.byKind?.find((k) => k.kind === kind) ?? { kind, requests: 0, bytes: 0 };
  const kinds = [...new Set([...(ours.byKind ?? []), ...(floor.byKind ?? [])].map((k) => k.kind))];
  const diffs = kinds.map((kind) => ({ kind, ours: of(ours, kind), floor: of(floor, kind) })).filter((d) => d.ours.bytes > d.floor.bytes);
  diffs.sort((a, b) => b.ours.bytes - b.floor.bytes - (a.ours.bytes - a.floor.bytes));
  return diffs.map((d) => `${d.kind} +${kb(d.ours.bytes - d.floor.bytes)} (${d.ours.requests} vs ${d.floor.requests} requests)`).join(', ');
}

/** Measures every query on ours and on the floor, each in a fresh browser context (gzip server). */
export async function measureSearchQueries(ours: BrowserTarget, floor: BrowserTarget, port: number): Promise<SearchQueryRow[]> {
  const served: ServedEntry[] = [];
  // One server per site, both recording into one log.
  const record = (entry: Omit<ServedEntry, 'at'>): void => void served.push({ ...entry, at: Date.now() });
  const servers = { ours: createStaticServer({ root: ours.dist, gzip: true, onResponse: record }), floor: createStaticServer({ root: floor.dist, gzip: true, onResponse: record }) };
  const base = (s: keyof typeof servers) => `http://127.0.0.1:${(servers[s].address() as AddressInfo).port}`;
  const rows: SearchQueryRow[] = [];
  let browser: Awaited<ReturnType<typeof launch>> | undefined;
  // Every exit path closes the servers, a failed listen or launch included (issue 14: a bench that never ends).
  try {
    await listen(servers.ours, port);
    await listen(servers.floor, port + 1);
    browser = await launch();
    for (const { kind, q, why } of searchQueries) {
      const row: SearchQueryRow = { kind, q, why, ours: { na: 'not measured' }, floor: { na: 'not measured' } };
      // Ours: the search page, as a reader opens it.
      if (ours.hasSearchPage) {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        try {
          const page = await context.newPage();
          const mark = served.length;
          await page.goto(`${base('ours')}/zh-hans/search/?q=${encodeURIComponent(q)}`);
          await page.waitForFunction(() => document.body.dataset.searchState === 'done' || document.body.dataset.searchState === 'error', undefined, { timeout: 60_000 });
          await page.waitForLoadState('networkidle').catch(() => undefined);
          const state = await page.evaluate(() => document.body.dataset.searchState);
          const results = await page.locator('#search-results > li').count();
          row.ours = state === 'error' ? { na: `the search page reported an error: ${await page.locator('#search-status').innerText()}` } : queryCost(served.slice(mark), ours.bundle ?? '/pagefind/', results);
        } catch (error) {
          row.ours = { na: (error as Error).message.split('\n')[0] ?? 'failed' };
        } finally {
          await context.close();
        }
      } else row.ours = { na: 'no search page' };
      // Floor: Pagefind's API from an article page, the first five results' data.
      const path = floor.articlePath['zh-hans'];
      if (floor.bundle && path) {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        try {
          const page = await context.newPage();
          await page.goto(base('floor') + path);
          await page.waitForLoadState('networkidle').catch(() => undefined);
          const mark = served.length;
          const results = await page.evaluate(
            async ({ bundle, q }) => {
              const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
              await pagefind.init?.();
              const search = await pagefind.search(q);
              await Promise.all(search.results.slice(0, 5).map((r: { data: () => Promise<unknown> }) => r.data()));
              return search.results.length as number;
            },
            { bundle: floor.bundle, q },
          );
          await page.waitForTimeout(100);
          row.floor = queryCost(served.slice(mark), floor.bundle, results);
        } catch (error) {
          row.floor = { na: (error as Error).message.split('\n')[0] ?? 'failed' };
        } finally {
          await context.close();
        }
      } else row.floor = { na: 'the floor has no Pagefind bundle or article page' };
      rows.push(row);
    }
  } finally {
    await browser?.close();
    await Promise.all(Object.values(servers).map((s) => (s.listening ? new Promise<void>((resolve) => s.close(() => resolve())) : Promise.resolve())));
  }
  return rows;
}


/** The rows as a Markdown table. */
export function searchQueryTable(rows: readonly SearchQueryRow[]): string {
  const cell = (c: QueryCost | { na: string }, extra: boolean): string =>
    'na' in c ? `n/a (${c.na})` : `${kb(c.bytes)} / ${c.requests} req, ${c.fragments} fragments${extra ? `, ${c.extraRequests} search files` : ''} (${c.results} results)`;
  const lines = ['| query | ours (search page) | floor (Pagefind API, 5 results) | bytes ÷ floor |', '|---|---|---|---:|'];
  for (const row of rows) {
    const ratio = 'na' in row.ours || 'na' in row.floor || row.floor.bytes === 0 ? '–' : `${(row.ours.bytes / row.floor.bytes).toFixed(2)}×`;
    lines.push(`| ${row.kind}: \`${row.q}\` (${row.why}) | ${cell(row.ours, true)} | ${cell(row.floor, false)} | ${ratio} |`);
  }
  // Where the bytes go, per row and site.
  const kinds = (c: QueryCost | { na: string }): string => ('na' in c || !c.byKind ? 'n/a' : c.byKind.map((k) => `${k.kind} ${kb(k.bytes)} (${k.requests})`).join(', '));
  lines.push('', ...rows.map((row) => `- ${row.kind}: ours ${kinds(row.ours)}; floor ${kinds(row.floor)}`));
  return lines.join('\n');
}

/** Judges the budgets of every row. */
export function judgeSearchQueries(rows: readonly SearchQueryRow[] | { na: string } | undefined): { budget: string; figure: string; met: boolean | null; note?: string }[] {
  if (!rows || 'na' in rows) return [{ budget: `search queries (issue 16): ≤ ${searchQueryBudgets.bytesRatio}× floor bytes, ≤ ${searchQueryBudgets.fragments} fragment requests`, figure: 'n/a', met: null, note: rows && 'na' in rows ? rows.na : 'not measured' }];
  return rows.map((row) => {
    const budget = `${row.kind} query \`${row.q}\`: ≤ ${searchQueryBudgets.bytesRatio}× floor bytes and ≤ ${searchQueryBudgets.fragments} fragment requests (search page)`;
    if ('na' in row.ours || 'na' in row.floor) return { budget, figure: 'n/a', met: null, note: 'na' in row.ours ? row.ours.na : 'na' in row.floor ? row.floor.na : '' };
    const ratio = row.ours.bytes / Math.max(1, row.floor.bytes);
    const met = ratio <= searchQueryBudgets.bytesRatio && row.ours.fragments <= searchQueryBudgets.fragments;
    const excess = row.ours.byKind && row.floor.byKind ? excessByKind(row.ours, row.floor) : '';
    const dominated = excess ? `; more than the floor: ${excess}` : '';
    return { budget, figure: `${ratio.toFixed(2)}× (${kb(row.ours.bytes)} vs floor ${kb(row.floor.bytes)}), ${row.ours.fragments} fragments`, met, ...(met ? {} : { note: `ours ${row.ours.requests} requests (${row.ours.fragments} fragments, ${row.ours.extraRequests} search files)${dominated}` }) };
  });
}
