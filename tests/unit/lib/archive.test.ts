import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { anchorIds } from '../../../src/lib/article/model.ts';
import { ArticleModelError, buildArchive } from '../../../src/lib/archive.ts';
import { articleRecords } from '../../../src/lib/exports.ts';
import { speakerActivity } from '../../../src/lib/speaker-activity.ts';
import { loadEntries, loadRegistry } from './site/fixture-archive.ts';

const entries = loadEntries();
const registry = loadRegistry();
const archive = buildArchive(entries, registry);
const pressId = '2024-06-13-fixture-press-conference';
const reportId = '2023-02-01-fixture-traditional-report';

describe('buildArchive', () => {
  test('lists every article in both locales, newest first', () => {
    for (const locale of ['zh-hans', 'zh-hant'] as const) {
      expect(archive.articles(locale).map((a) => a.id)).toEqual([pressId, '2023-03-02-fixture-interview', reportId]);
    }
  });

  test.each(entries.map((e) => e.data.id))('%s has the same anchors in both scripts', (id) => {
    const hans = archive.article('zh-hans', id);
    const hant = archive.article('zh-hant', id);
    expect(hans && hant).toBeTruthy();
    expect(anchorIds(hant?.blocks ?? [])).toEqual(anchorIds(hans?.blocks ?? []));
    expect(anchorIds(hans?.blocks ?? []).length).toBeGreaterThan(0);
  });

  test.each([
    { locale: 'zh-hans', id: pressId, field: 'title', expected: '加快发展 干部着力 后劲十足' },
    { locale: 'zh-hant', id: pressId, field: 'title', expected: '加快發展 幹部著力 後勁十足' },
    { locale: 'zh-hant', id: pressId, field: 'outlet', expected: '新甘肅·甘肅日報' },
    { locale: 'zh-hant', id: reportId, field: 'title', expected: '堅持高質量發展 縣級幹部真抓實幹' },
    { locale: 'zh-hans', id: reportId, field: 'title', expected: '坚持高质量发展 县级干部真抓实干' },
    { locale: 'zh-hans', id: reportId, field: 'region', expected: '庆阳' },
  ] as const)('$locale $field of $id is $expected', ({ locale, id, field, expected }) => {
    expect(archive.article(locale, id)?.[field]).toBe(expected);
  });

  test('authors keep protected surnames and the page knows the original script', () => {
    expect(archive.article('zh-hant', pressId)?.authors).toEqual(['于洪', '盛學卿']);
    expect(archive.article('zh-hans', reportId)?.authors).toEqual(['范长发']);
    expect(archive.article('zh-hans', reportId)?.originalScript).toBe('hant');
    expect(archive.article('zh-hans', reportId)?.script).toBe('hans');
  });

  test('outlet and region ids are ASCII and the same in both scripts', () => {
    const ids = (locale: 'zh-hans' | 'zh-hant') => archive.outlets(locale).map((o) => o.id).sort();
    expect(ids('zh-hant')).toEqual(ids('zh-hans'));
    expect(ids('zh-hans')).toEqual(['gan-su-ri-bao', 'qing-hai-ri-bao', 'xin-gan-su-gan-su-ri-bao']);
    expect(archive.regions('zh-hant').find((r) => r.id === 'gan-su')?.name).toBe('甘肅');
  });

  test('turn labels and participants use the registry forms', () => {
    const article = archive.article('zh-hant', pressId);
    const turn = article?.blocks.find((b) => b.type === 'turn' && b.speakerId === 'fan-houjun');
    expect(turn?.type === 'turn' && turn.label).toBe('范後軍');
    expect(article?.participants.find((p) => p.id === 'yu-taisheng')?.name).toBe('于台生');
  });

  test('a figure credit converts as a personal name', () => {
    const turn = archive.article('zh-hant', pressId)?.blocks.find((b) => b.id === 't2');
    const figure = turn?.type === 'turn' ? turn.children.find((c) => c.type === 'figure') : undefined;
    expect(figure?.type === 'figure' && figure.credit).toBe('于洪攝');
  });

  test('a body with an unknown label is an error naming the file and line', () => {
    const bad = { ...entries[0]!, body: '\n**路人甲**：你好。\n', filePath: 'bad.md' };
    expect(() => buildArchive([bad], registry)).toThrow(ArticleModelError);
    expect(() => buildArchive([bad], registry)).toThrow(/bad\.md: line 2 .*路人甲/);
  });
});

describe('the real archive (content/)', () => {
  const root = join(import.meta.dirname, '../../../content');
  const real = buildArchive(loadEntries(root), loadRegistry(root));
  const text = (locale: 'zh-hans' | 'zh-hant', id: string) => articleRecords(real.articles(locale).filter((a) => a.id === id), 'https://x.example/')[0]?.text ?? '';

  test('source 002 (stored Traditional with leftover Simplified forms) reads 縣級幹部 on the Traditional page', () => {
    const article = real.articles('zh-hant').find((a) => a.source?.id.startsWith('002_'));
    expect(article?.originalScript).toBe('hant');
    const hant = text('zh-hant', article?.id ?? '');
    expect(hant).toContain('縣級幹部');
    expect(hant).not.toContain('縣級干部');
    expect(text('zh-hans', article?.id ?? '')).toContain('县级干部');
  });

  test('every article has the same anchors in both scripts', () => {
    for (const article of real.articles('zh-hans')) {
      expect(anchorIds(real.article('zh-hant', article.id)?.blocks ?? []), article.id).toEqual(anchorIds(article.blocks));
    }
  });
});

test.each([
  { id: 'fan-houjun', expected: ['2024-06-13-fixture-press-conference', '2023-03-02-fixture-interview'] },
  { id: 'zhang-zhuo', expected: ['2023-03-02-fixture-interview'] },
  { id: 'yu-liping', expected: [] },
  { id: 'nobody', expected: [] },
])('articlesWithSpeaker($id)', ({ id, expected }) => {
  expect(archive.articlesWithSpeaker('zh-hant', id).map((a) => a.id)).toEqual(expected);
});

test.each([
  { id: 'fan-houjun', locale: 'zh-hant' as const },
  { id: 'zhang-zhuo', locale: 'zh-hans' as const },
  { id: 'nobody', locale: 'zh-hans' as const },
])('speakerActivity($id, $locale) is what speaker-activity.ts collects from the speaker\'s articles, computed once', ({ id, locale }) => {
  const fresh = buildArchive(entries, registry);
  const activity = fresh.speakerActivity(locale, id);
  expect(activity).toEqual(speakerActivity(fresh.articlesWithSpeaker(locale, id), id));
  expect(fresh.speakerActivity(locale, id)).toBe(activity);
  expect(fresh.speakerActivity(locale === 'zh-hans' ? 'zh-hant' : 'zh-hans', id)).not.toBe(activity);
});

test('speakers(locale) are sorted by id and listed once per locale', () => {
  const list = archive.speakers('zh-hant');
  expect(list.map((s) => s.id)).toEqual([...registry.map((s) => s.id)].sort());
  expect(archive.speakers('zh-hant')).toBe(list);
});

test('articles(locale) is built once per locale: later calls, after both locales, return the same lists', () => {
  const fresh = buildArchive(entries, registry);
  const hans = fresh.articles('zh-hans');
  const hant = fresh.articles('zh-hant');
  expect(fresh.articles('zh-hans')).toBe(hans);
  expect(fresh.articles('zh-hant')).toBe(hant);
  expect(hant.map((a) => a.id).sort()).toEqual(hans.map((a) => a.id).sort());
  expect(hans.length).toBe(entries.length);
});
