import { describe, expect, test } from 'vitest';
import { createFold } from '../../../src/lib/search/fold.ts';
import { archiveFoldMap, encodeFoldTable } from '../../../src/lib/search/fold-table.ts';
import { buildSearchRecord, contentLines, foldedBiText, fromBiText, indexedLine, passageSeparator, readStoredArticle, storedFilter, toBiText, type RecordInput } from '../../../src/lib/search/record.ts';

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
  const { record, chunks, doc } = buildSearchRecord(input, fold);

  test('one record per article, URL without locale, one Chinese index', () => {
    expect(record.url).toBe('/articles/2024-06-13-gansu/');
    expect(record.language).toBe('und');
  });

  test('content is the folded text without punctuation, one passage per line, headline first, then the questioners’ outlets', () => {
    expect(record.content.split(passageSeparator)).toEqual(['加快建设新甘肃', '请问', '发展新质生产力', '第二段', '经济日报']);
  });

  test('contentLines reads the lines back from content as Pagefind returns it (words joined by zero-width spaces)', () => {
    const returned = record.content.replace(/(新质|生产)/g, '$1\u200b');
    expect(contentLines(returned).slice(0, 4)).toEqual(['加快建设新甘肃', '请问', '发展新质生产力', '第二段']);
  });

  test.each([
    { id: 'a comma inside a phrase: the phrase in a row', text: '上下五千年，甘肃不一般。', expected: '上下五千年 甘肃不一般' },
    { id: 'a run of marks is one space', text: '「天水麻辣烫」——火爆出圈！', expected: '天水麻辣烫 火爆出圈' },
    { id: 'Latin words and digits stay apart', text: 'covid-19 与 7.5%', expected: 'covid 19 与 7 5' },
    { id: 'the passage separator never stays in a line', text: `甲${passageSeparator}乙`, expected: '甲 乙' },
    { id: 'negative: letters and digits only: unchanged', text: '新质生产力2024', expected: '新质生产力2024' },
  ])('indexedLine: $id', ({ text, expected }) => {
    expect(indexedLine(text)).toBe(expected);
  });

  test('the names of the people who speak are indexed on the last line', () => {
    const named = buildSearchRecord({ ...input, hant: { ...input.hant, speakers: [{ id: 'ren-zhenhe', name: '任振鶴' }] } }, fold);
    expect(named.record.content.split(passageSeparator).at(-1)).toBe('经济日报 任振鹤');
  });

  test.each([
    { id: 'a name folding gets right: stored once, in Traditional', hans: '任振鹤', hant: '任振鶴', expected: { 'ren-zhenhe': '任振鶴' } },
    { id: 'a name folding would get wrong (乾 → 干): both scripts', hans: '乾一', hant: '乾一', expected: { 'ren-zhenhe': ['乾一', '乾一'] } },
  ])('the speakers’ names travel in the metadata, by id, for the speaker line: $id', ({ hans, hant, expected }) => {
    const named = buildSearchRecord({ ...input, hans: { ...input.hans, speakers: [{ id: 'ren-zhenhe', name: hans }] }, hant: { ...input.hant, speakers: [{ id: 'ren-zhenhe', name: hant }] } }, fold);
    expect(readStoredArticle(named.record.filters).names).toEqual(expected);
  });

  test('negative: an article where nobody speaks has no names field', () => {
    expect(readStoredArticle(record.filters).names).toBeUndefined();
  });

  test.each([
    { id: 'a province: itself', regionId: 'gan-su', expected: ['gan-su'] },
    { id: 'a city of 甘肃 (庆阳): found by the 甘肃 filter too', regionId: 'qing-yang', expected: ['qing-yang', 'gan-su'] },
    { id: 'a city of 甘肃 (平凉): found by the 甘肃 filter too', regionId: 'ping-liang', expected: ['ping-liang', 'gan-su'] },
    { id: 'negative: a region the table does not know has no parent', regionId: 'tian-jin', expected: ['tian-jin'] },
  ])('region filter: $id', ({ regionId, expected }) => {
    expect(buildSearchRecord({ ...input, regionId }, fold).record.filters.region).toEqual(expected);
  });

  test('filters and sort key', () => {
    const { [storedFilter]: stored, ...filters } = record.filters;
    expect(filters).toEqual({ speaker: ['ren-zhenhe'], asker: ['经济日报'], outlet: ['gan-su-ri-bao'], region: ['gan-su'], year: ['2024'], kind: ['press-conference'] });
    expect(stored).toHaveLength(1);
    expect(record.sort).toEqual({ date: '2024-06-13' });
  });

  test('negative: no metadata field, so Pagefind indexes no word of the stored data (it makes meta fields searchable)', () => {
    expect(record.meta).toEqual({});
  });

  test('metadata says who speaks in every passage, without the texts', () => {
    const stored = readStoredArticle(record.filters);
    expect(stored.passages).toEqual([{ a: '' }, { a: 't1', r: 'q', o: 0 }, { a: 't2', r: 'a', s: 'ren-zhenhe' }, { a: 't2-p2', r: 'a', s: 'ren-zhenhe' }]);
    expect(stored.askers).toEqual(['經濟日報']);
    expect(fromBiText(stored.event!, 'hans', fold)).toBe('甘肃专场');
    expect(fromBiText(stored.headline, 'hant', fold)).toBe('加快建設新甘肅');
    expect(record.filters[storedFilter]![0]).not.toContain('發展新質生產力');
  });

  test('the texts come in chunks, in both scripts, and the document for quote has them all', () => {
    expect(chunks).toEqual([{ from: 1, x: ['請問？', '發展新質生產力。', '第二段。'] }]);
    expect(doc.texts.map((t) => fromBiText(t, 'hans', fold))).toEqual(['加快建设新甘肃', '请问？', '发展新质生产力。', '第二段。']);
  });

  test('a long article is cut into chunks of about chunkLength', () => {
    const long = (script: 'hans' | 'hant') => ({ ...input[script], passages: Array.from({ length: 10 }, (_, i) => ({ anchor: `p${i + 1}`, text: '字'.repeat(500) })) });
    const built = buildSearchRecord({ ...input, hans: long('hans'), hant: long('hant') }, fold);
    expect(built.doc.article.chunks).toEqual([1, 3, 5, 7, 9]);
    expect(built.chunks.map((c) => c.x.length)).toEqual([2, 2, 2, 2, 2]);
  });

  test('negative: scripts with different anchors are an error', () => {
    const broken: RecordInput = { ...input, hant: { ...input.hant, passages: input.hant.passages.slice(0, 2) } };
    expect(() => buildSearchRecord(broken, fold)).toThrow(/same anchors/);
  });

  test('negative: a record without its data field, or of an older format, is an error naming the fix', () => {
    expect(() => readStoredArticle({})).toThrow(/npm run build/);
    expect(() => readStoredArticle(undefined)).toThrow(/npm run build/);
    expect(() => readStoredArticle({ [storedFilter]: ['{"id":"x","passages":[]}'] })).toThrow(/older format.*npm run build/);
  });
});
