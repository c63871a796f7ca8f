import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildArchive } from '../../../src/lib/archive.ts';
import { formatCitation } from '../../../src/lib/citation.ts';
import { createConverter } from '../../../src/lib/convert.ts';
import { regionTable, type RegionEntry } from '../../../src/lib/data/regions.ts';
import { checkRegionTable, findRegion, regionEntry, regionLineage } from '../../../src/lib/regions.ts';
import { loadEntries, loadRegistry } from './site/fixture-archive.ts';

const entry = (id: string, parent: string | null, hans = id, hant = hans): RegionEntry => ({ id, name: { hans, hant }, parent });

describe('the region table', () => {
  test('is a tree: unique ids and names, known parents, no cycles', () => {
    expect(checkRegionTable(regionTable)).toEqual([]);
  });

  test.each([
    { id: 'unknown parent', table: [entry('a', 'b')], problems: ['region a: parent b is not in the table'] },
    { id: 'duplicate id', table: [entry('a', null, '甲'), entry('a', null, '乙')], problems: ['duplicate region id a'] },
    { id: 'duplicate name', table: [entry('a', null, '甲'), entry('b', null, '甲')], problems: ['duplicate region name 甲'] },
    { id: 'cycle', table: [entry('a', 'b', '甲'), entry('b', 'a', '乙')], problems: ['region a: its parents form a cycle', 'region b: its parents form a cycle'] },
    { id: 'negative: a valid tree', table: [entry('a', null, '甲'), entry('b', 'a', '乙')], problems: [] },
  ])('checkRegionTable: $id', ({ table, problems }) => {
    expect(checkRegionTable(table)).toEqual(problems);
  });

  test.each([
    { name: '庆阳', lineage: ['qing-yang', 'gan-su'] },
    { name: '慶陽', lineage: ['qing-yang', 'gan-su'] },
    { name: '平涼', lineage: ['ping-liang', 'gan-su'] },
    { name: '甘肃', lineage: ['gan-su'] },
    { name: '青海', lineage: ['qing-hai'] },
    { name: '香港', lineage: ['xiang-gang'] },
    { name: '臺灣', lineage: ['tai-wan'] },
    { name: '陝西', lineage: ['shaan-xi'] },
    { name: '山西', lineage: ['shan-xi'] },
  ])('$name is found in either script and sits under $lineage', ({ name, lineage }) => {
    const region = findRegion(regionTable, name);
    expect(region && regionLineage(regionTable, region.id)).toEqual(lineage);
  });

  test('lists the 34 province-level divisions, each Traditional name the form the site’s converter prints', () => {
    const top = regionTable.filter((r) => r.parent === null);
    expect(top).toHaveLength(34);
    const convert = createConverter();
    const differs = regionTable.filter((r) => convert(r.name.hans, 'hans', 'hant') !== r.name.hant).map((r) => r.id);
    expect(differs).toEqual([]);
  });

  test('negative: a name the table lacks is not guessed', () => {
    expect(findRegion(regionTable, '待补充')).toBeUndefined();
  });
});

describe('the archive with the real articles', () => {
  const content = join(import.meta.dirname, '../../../content');
  const archive = buildArchive(loadEntries(content), loadRegistry(content));

  test.each(['zh-hans', 'zh-hant'] as const)('%s: the 甘肃 page lists the 庆阳 and 平凉 articles too, and names them as sub-regions', (locale) => {
    const gansu = archive.regions(locale).find((r) => r.id === 'gan-su');
    const ids = gansu?.articles.map((a) => a.id) ?? [];
    expect(ids).toContain('2025-03-26-qingyang-county-reform-press-conference');
    expect(ids).toContain('2023-10-27-tianjin-pingliang-east-west-cooperation');
    expect(ids).toHaveLength(5);
    expect(gansu?.children.map((c) => c.id).sort()).toEqual(['ping-liang', 'qing-yang']);
    expect(archive.regions(locale).find((r) => r.id === 'qing-yang')?.parent?.id).toBe('gan-su');
  });

  test('region names come from the table in each script', () => {
    expect(archive.article('zh-hant', '2023-10-27-tianjin-pingliang-east-west-cooperation')?.region).toBe('平涼');
    expect(archive.article('zh-hans', '2025-03-26-qingyang-county-reform-press-conference')?.region).toBe('庆阳');
  });

  test.each(['zh-hans', 'zh-hant'] as const)('%s: no outlet page, outlet name or citation says 未署名; unsigned articles have no outlet', (locale) => {
    expect(archive.outlets(locale).map((o) => o.name)).toEqual(['新甘肃·甘肃日报'].map((n) => (locale === 'zh-hans' ? n : '新甘肅·甘肅日報')));
    for (const article of archive.articles(locale)) {
      const citation = formatCitation({ article, permalink: 'https://example.org/' }, article.script);
      expect(citation).not.toMatch(/未署名|undefined/);
    }
    expect(archive.article(locale, '2023-01-16-qinghai-industrial-clusters-interview')?.outlet).toBeUndefined();
  });
});

test.each([
  { id: 'gan-su', expected: '甘肃' },
  { id: 'qing-yang', expected: '庆阳' },
  { id: 'nowhere', expected: undefined },
])('regionEntry($id)', ({ id, expected }) => {
  expect(regionEntry(regionTable, id)?.name.hans).toBe(expected);
});

test('regionEntry indexes each table on its own', () => {
  const other: RegionEntry[] = [{ id: 'gan-su', name: { hans: '别处', hant: '別處' }, parent: null }];
  expect(regionEntry(regionTable, 'gan-su')?.name.hans).toBe('甘肃');
  expect(regionEntry(other, 'gan-su')?.name.hans).toBe('别处');
});
