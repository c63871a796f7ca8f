import { describe, expect, test } from 'vitest';
import { readArchive } from '../../../scripts/lib/search/read-archive.ts';
import { searchPageData } from '../../../src/lib/search/page-data.ts';

const archive = readArchive('tests/fixtures/search-content');

describe('searchPageData', () => {
  test.each([
    { locale: 'zh-hans' as const, region: '甘肃', kind: '新闻发布会', interview: '采访', none: '没有找到同时包含全部词语的段落。' },
    { locale: 'zh-hant' as const, region: '甘肅', kind: '新聞發布會', interview: '採訪', none: '沒有找到同時包含全部詞語的段落。' },
  ])('$locale: filter choices named in the page’s script, values shared by both', ({ locale, region, kind, interview, none }) => {
    const { config, filters } = searchPageData(archive, locale);
    expect(config.locale).toBe(locale);
    expect(filters.region.find((c) => c.label === region)?.value).toBe('gan-su');
    expect(filters.kind.find((c) => c.value === 'press-conference')?.label).toBe(kind);
    // The same label as article pages use (one translation table): interview was 访谈 here, 采访 there.
    expect(filters.kind.find((c) => c.value === 'interview')?.label).toBe(interview);
    expect(config.strings['search.none']).toBe(none);
    expect(filters.year.map((c) => c.value)).toEqual(['2024', '2023']);
  });

  test('negative: the page lists no speakers (their filter suggests from the speaker directory, which grows instead)', () => {
    const { config, filters } = searchPageData(archive, 'zh-hans');
    expect(Object.keys(filters).sort()).toEqual(['asker', 'kind', 'outlet', 'region', 'year']);
    expect(JSON.stringify(config)).not.toContain('zhang-jingang');
  });

  test('one cache tag per build for both locales', () => {
    expect(searchPageData(archive, 'zh-hans').config.tag).toBe(searchPageData(archive, 'zh-hant').config.tag);
  });
});
