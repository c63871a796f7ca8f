import { describe, expect, test } from 'vitest';
import { readArchive } from '../../../scripts/lib/search/read-archive.ts';
import { searchPageData } from '../../../src/lib/search/page-data.ts';

const archive = readArchive('tests/fixtures/search-content');

describe('searchPageData', () => {
  test.each([
    { locale: 'zh-hans' as const, speakers: ['程晓波', '任振鹤', '杨忠', '张锦刚'], region: '甘肃', kind: '新闻发布会' },
    { locale: 'zh-hant' as const, speakers: ['程曉波', '任振鶴', '楊忠', '張錦剛'], region: '甘肅', kind: '新聞發布會' },
  ])('$locale: filter choices named in the page’s script, values shared by both', ({ locale, speakers, region, kind }) => {
    const { config, filters } = searchPageData(archive, locale);
    expect(config.locale).toBe(locale);
    expect(filters.speaker.map((c) => c.label).sort()).toEqual([...speakers].sort());
    expect(filters.speaker.map((c) => c.value).sort()).toEqual(['cheng-xiaobo', 'ren-zhenhe', 'yang-zhong', 'zhang-jingang']);
    expect(filters.region.find((c) => c.label === region)?.value).toBe('gan-su');
    expect(filters.kind.find((c) => c.value === 'press-conference')?.label).toBe(kind);
    expect(filters.year.map((c) => c.value)).toEqual(['2024', '2023']);
  });

  test('one cache tag per build for both locales', () => {
    expect(searchPageData(archive, 'zh-hans').config.tag).toBe(searchPageData(archive, 'zh-hant').config.tag);
  });
});
