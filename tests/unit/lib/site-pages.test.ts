import { expect, test } from 'vitest';
import { buildArchive } from '../../../src/lib/archive.ts';
import { homeSummary } from '../../../src/lib/home-summary.ts';
import { allPagePaths, localePagePaths } from '../../../src/lib/site-pages.ts';
import { countGaps, countTurns } from '../../../src/lib/article-stats.ts';
import { loadEntries, loadRegistry } from './site/fixture-archive.ts';

const archive = buildArchive(loadEntries(), loadRegistry());

test('homeSummary counts articles, speakers who speak, turns, outlets, regions and years', () => {
  expect(homeSummary(archive, 'zh-hant')).toEqual({
    counts: { articles: 3, speakers: 6, turns: 15, outlets: 3, regions: 3 },
    years: ['2024', '2023'],
  });
});

test('localePagePaths lists every page kind once, and both locales mirror each other', () => {
  const hans = localePagePaths(archive, 'zh-hans');
  expect(new Set(hans).size).toBe(hans.length);
  expect(hans.slice(0, 5)).toEqual(['/zh-hans/', '/zh-hans/archive/', '/zh-hans/speakers/', '/zh-hans/outlets/', '/zh-hans/regions/']);
  expect(hans).toContain('/zh-hans/articles/2023-02-01-fixture-traditional-report/');
  expect(hans).toContain('/zh-hans/speakers/yu-liping/');
  expect(hans).toContain('/zh-hans/regions/qing-yang/');
  expect(hans).toHaveLength(5 + 3 + 7 + 3 + 3);
  expect(localePagePaths(archive, 'zh-hant')).toEqual(hans.map((p) => p.replace('/zh-hans/', '/zh-hant/')));
  expect(allPagePaths(archive)).toHaveLength(hans.length * 2);
});

test.each([
  { id: '2024-06-13-fixture-press-conference', gaps: 2, turns: 10 },
  { id: '2023-02-01-fixture-traditional-report', gaps: 1, turns: 0 },
  { id: '2023-03-02-fixture-interview', gaps: 0, turns: 5 },
])('$id has $gaps gap notes and $turns turns', ({ id, gaps, turns }) => {
  const blocks = archive.article('zh-hans', id)?.blocks ?? [];
  expect(countGaps(blocks)).toBe(gaps);
  expect(countTurns(blocks)).toBe(turns);
});
