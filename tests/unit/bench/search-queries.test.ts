import { describe, expect, test } from 'vitest';
import { excessByKind, judgeSearchQueries, queryCost, searchQueryTable, type QueryCost, type SearchQueryRow } from '../../../bench/lib/search-queries.ts';

const entry = (path: string, bytes: number) => ({ path, status: 200, bytes, at: 0 });

describe('queryCost', () => {
  test('counts the bundle and the search files beside it, fragments apart; not the page itself', () => {
    const cost = queryCost([entry('/zh-hans/search/', 9000), entry('/pagefind/pagefind.js', 100), entry('/pagefind/fragment/zh_1.pf_fragment', 50), entry('/search/text/a/0.json', 20), entry('/search/people/4efb.json', 5)], '/pagefind/', 3);
    expect(cost).toEqual({
      bytes: 175, requests: 4, fragments: 1, extraRequests: 2, results: 3,
      byKind: [{ kind: 'js', requests: 1, bytes: 100 }, { kind: 'fragments', requests: 1, bytes: 50 }, { kind: 'text chunks', requests: 1, bytes: 20 }, { kind: 'people shards', requests: 1, bytes: 5 }],
    });
  });
});

describe('excessByKind', () => {
  const cost = (byKind: { kind: string; requests: number; bytes: number }[]): QueryCost => ({ bytes: byKind.reduce((t, k) => t + k.bytes, 0), requests: 0, fragments: 0, extraRequests: 0, results: 0, byKind });
  test.each([
    {
      id: 'the kinds where ours fetched more, largest difference first',
      ours: [{ kind: 'index chunks', requests: 5, bytes: 5 * 1024 }, { kind: 'fragments', requests: 5, bytes: 20 * 1024 }, { kind: 'js', requests: 2, bytes: 1024 }],
      floor: [{ kind: 'index chunks', requests: 4, bytes: 4 * 1024 }, { kind: 'js', requests: 2, bytes: 1024 }],
      expected: 'fragments +20.0 KB (5 vs 0 requests), index chunks +1.0 KB (5 vs 4 requests)',
    },
    { id: 'negative: ours fetched less of every kind', ours: [{ kind: 'js', requests: 1, bytes: 10 }], floor: [{ kind: 'js', requests: 1, bytes: 20 }], expected: '' },
  ])('$id', ({ ours, floor, expected }) => {
    expect(excessByKind(cost(ours), cost(floor))).toBe(expected);
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

  test('a budget not met says what dominates the excess', () => {
    const over: SearchQueryRow = {
      ...row(1500, 12),
      ours: { bytes: 1500, requests: 10, fragments: 12, extraRequests: 0, results: 5, byKind: [{ kind: 'fragments', requests: 12, bytes: 1000 }, { kind: 'js', requests: 1, bytes: 500 }] },
      floor: { bytes: 1000, requests: 8, fragments: 5, extraRequests: 0, results: 50, byKind: [{ kind: 'fragments', requests: 5, bytes: 500 }, { kind: 'js', requests: 1, bytes: 500 }] },
    };
    expect(judgeSearchQueries([over])[0]?.note).toContain('more than the floor: fragments +0.5 KB (12 vs 5 requests)');
  });

  test('the table puts ours next to the floor with the ratio', () => {
    expect(searchQueryTable([row(1500, 12)])).toContain('| 1.50× |');
  });
});
