import { describe, expect, test } from 'vitest';
import { judgeSearchQueries, queryCost, searchQueryTable, type SearchQueryRow } from '../../../bench/lib/search-queries.ts';

const entry = (path: string, bytes: number) => ({ path, status: 200, bytes, at: 0 });

describe('queryCost', () => {
  test('counts the bundle and the search files beside it, fragments apart; not the page itself', () => {
    const cost = queryCost([entry('/zh-hans/search/', 9000), entry('/pagefind/pagefind.js', 100), entry('/pagefind/fragment/zh_1.pf_fragment', 50), entry('/search/text/a/0.json', 20), entry('/search/people/4efb.json', 5)], '/pagefind/', 3);
    expect(cost).toEqual({ bytes: 175, requests: 4, fragments: 1, extraRequests: 2, results: 3 });
  });
});

describe('judgeSearchQueries', () => {
  const row = (oursBytes: number, fragments: number): SearchQueryRow => ({
    kind: 'name', q: '任振鹤', why: 'x',
    ours: { bytes: oursBytes, requests: 10, fragments, extraRequests: 2, results: 5 },
    floor: { bytes: 1000, requests: 8, fragments: 5, extraRequests: 0, results: 50 },
  });
  test.each([
    { id: 'within both budgets', rows: [row(1200, 40)], met: [true] },
    { id: 'negative: over 1.2× the floor’s bytes', rows: [row(1201, 12)], met: [false] },
    { id: 'negative: over 40 fragments', rows: [row(900, 41)], met: [false] },
    { id: 'not measured: not judged', rows: undefined, met: [null] },
  ])('$id', ({ rows, met }) => {
    expect(judgeSearchQueries(rows).map((b) => b.met)).toEqual(met);
  });

  test('the table puts ours next to the floor with the ratio', () => {
    expect(searchQueryTable([row(1500, 12)])).toContain('| 1.50× |');
  });
});
