import { describe, expect, test } from 'vitest';
import { createFold } from '../../../src/lib/search/fold.ts';
import { archiveFoldMap, encodeFoldTable } from '../../../src/lib/search/fold-table.ts';
import { buildSearchRecord, foldedBiText, fromBiText, readStoredArticle, toBiText, type RecordInput } from '../../../src/lib/search/record.ts';

const fold = createFold(encodeFoldTable(archiveFoldMap()));

describe('BiText', () => {
  test.each([
    { id: 'folding gives the Simplified: stored once', hans: '新质生产力', hant: '新質生產力', stored: '新質生產力' },
    { id: 'phrase-aware Simplified differs from folding: both stored', hans: '乾隆年间', hant: '乾隆年間', stored: ['乾隆年間', '乾隆年间'] },
    { id: 'protected name kept as written', hans: '香港中評社', hant: '香港中評社', stored: ['香港中評社', '香港中評社'] },
  ])('$id', ({ hans, hant, stored }) => {
    const bi = toBiText(hans, hant, fold);
    expect(bi).toEqual(stored);
    expect(fromBiText(bi, 'hans', fold)).toBe(hans);
    expect(fromBiText(bi, 'hant', fold)).toBe(hant);
    expect(foldedBiText(bi, fold)).toBe(fold(hant));
  });
});

const input: RecordInput = {
  id: '2024-06-13-gansu',
  date: '2024-06-13',
  kind: 'press-conference',
  outletId: 'gan-su-ri-bao',
  regionId: 'gan-su',
  hans: {
    headline: '加快建设新甘肃',
    title: '加快建设新甘肃',
    event: '甘肃专场',
    outlet: '甘肃日报',
    passages: [
      { anchor: 't1', text: '请问？', role: 'question', outlet: '经济日报' },
      { anchor: 't2', text: '发展新质生产力。', role: 'answer', speakerId: 'ren-zhenhe' },
      { anchor: 't2-p2', text: '第二段。', role: 'answer', speakerId: 'ren-zhenhe' },
    ],
  },
  hant: {
    headline: '加快建設新甘肅',
    title: '加快建設新甘肅',
    event: '甘肅專場',
    outlet: '甘肅日報',
    passages: [
      { anchor: 't1', text: '請問？', role: 'question', outlet: '經濟日報' },
      { anchor: 't2', text: '發展新質生產力。', role: 'answer', speakerId: 'ren-zhenhe' },
      { anchor: 't2-p2', text: '第二段。', role: 'answer', speakerId: 'ren-zhenhe' },
    ],
  },
};

describe('buildSearchRecord', () => {
  const record = buildSearchRecord(input, fold);

  test('one record per article, URL without locale, one Chinese index', () => {
    expect(record.url).toBe('/articles/2024-06-13-gansu/');
    expect(record.language).toBe('zh');
  });

  test('content is the folded text, one passage per line, headline first', () => {
    expect(record.content).toBe('加快建设新甘肃\n请问？\n发展新质生产力。\n第二段。');
  });

  test('filters and sort key', () => {
    expect(record.filters).toEqual({ speaker: ['ren-zhenhe'], outlet: ['gan-su-ri-bao'], region: ['gan-su'], year: ['2024'], kind: ['press-conference'] });
    expect(record.sort).toEqual({ date: '2024-06-13' });
  });

  test('metadata round-trips every passage with anchor, role, speaker and both scripts', () => {
    const stored = readStoredArticle(record.meta);
    expect(stored.passages.map((p) => p.a)).toEqual(['', 't1', 't2', 't2-p2']);
    expect(stored.passages[1]).toEqual({ a: 't1', x: '請問？', r: 'q', o: '經濟日報' });
    expect(stored.passages[2]).toEqual({ a: 't2', x: '發展新質生產力。', r: 'a', s: 'ren-zhenhe' });
    expect(fromBiText(stored.event!, 'hans', fold)).toBe('甘肃专场');
    expect(fromBiText(stored.title, 'hant', fold)).toBe('加快建設新甘肅');
  });

  test('negative: scripts with different anchors are an error', () => {
    const broken: RecordInput = { ...input, hant: { ...input.hant, passages: input.hant.passages.slice(0, 2) } };
    expect(() => buildSearchRecord(broken, fold)).toThrow(/same anchors/);
  });

  test('negative: a record without its data field is an error naming the fix', () => {
    expect(() => readStoredArticle({})).toThrow(/npm run build/);
  });
});
