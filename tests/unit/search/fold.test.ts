import { describe, expect, test } from 'vitest';
import { createFold } from '../../../src/lib/search/fold.ts';
import { archiveFoldMap, characterEntries, encodeFoldTable, foldClasses } from '../../../src/lib/search/fold-table.ts';

const fold = createFold(encodeFoldTable(archiveFoldMap()));

describe('archive fold (OpenCC data)', () => {
  test.each([
    { id: 'traditional to simplified', input: '新質生產力', expected: '新质生产力' },
    { id: 'simplified unchanged', input: '新质生产力', expected: '新质生产力' },
    { id: 'protected-looking surname folds like any character', input: '任振鶴', expected: '任振鹤' },
    { id: 'taiwan variant 裡 and standard 裏 fold together', input: '裡裏里', expected: '里里里' },
    { id: '什么 and 什麼 fold alike (class, not chain)', input: '什么什麼', expected: '什么什么' },
    { id: '臺 and 台 fold alike', input: '臺灣台灣', expected: '台湾台湾' },
    { id: 'fullwidth letters and digits to ASCII, lower case', input: 'ＡＩ技術２０２４', expected: 'ai技术2024' },
    { id: 'Latin lower case', input: 'CCTV', expected: 'cctv' },
    { id: 'ideographic space to space', input: '甘肅\u3000青海', expected: '甘肃 青海' },
    { id: 'negative: fullwidth punctuation kept', input: '「開門紅」，好！', expected: '「开门红」，好！' },
    { id: 'negative: digits and ASCII punctuation kept', input: '6.2级', expected: '6.2级' },
    { id: 'negative: a leading U+FEFF kept', input: '\ufeff發展', expected: '\ufeff发展' },
    { id: 'negative: an astral character kept', input: '𠵾發', expected: '𠵾发' },
    { id: 'negative: a lone surrogate kept as it is', input: '發\ud800展', expected: '发\ud800展' },
    { id: 'empty text', input: '', expected: '' },
  ])('$id', ({ input, expected }) => {
    expect(fold(input)).toBe(expected);
  });

  test('keeps the UTF-16 length of any text (offsets stay valid)', () => {
    const text = '積石山6.2級地震牽動人心。ＡＢＣ 𠵾㗲 乾隆';
    expect(fold(text)).toHaveLength(text.length);
  });

  test('is idempotent', () => {
    const text = '堅持高質量發展 什麼 乾淨 著名 臺灣 裡面';
    expect(fold(fold(text))).toBe(fold(text));
  });
});

describe('createFold', () => {
  test.each([
    { id: 'pairs', table: '發发', input: '發展', expected: '发展' },
    { id: 'empty table', table: '', input: '發展', expected: '發展' },
  ])('$id', ({ table, input, expected }) => {
    expect(createFold(table)(input)).toBe(expected);
  });

  test.each([
    { id: 'odd number of characters', table: '發发髮' },
    { id: 'pair changing the length', table: '𠵾a' },
  ])('rejects $id', ({ table }) => {
    expect(() => createFold(table)).toThrow(/fold table/);
  });
});

describe('fold table building', () => {
  test.each([
    { id: 'string dictionary, first candidate', dict: '乾 干 乾|發 发', expected: [['乾', '干'], ['發', '发']] },
    { id: 'phrases skipped', dict: '乾隆 乾隆|著 着', expected: [['著', '着']] },
    { id: 'pair dictionary', dict: [['髮', '发']] as const, expected: [['髮', '发']] },
  ])('characterEntries: $id', ({ dict, expected }) => {
    expect([...characterEntries(dict)]).toEqual(expected);
  });

  test('foldClasses picks the Simplified form of a class', () => {
    const variants = new Map([['么', '幺']]);
    const toSimplified = new Map([['麼', '么']]);
    expect(Object.fromEntries(foldClasses([variants, toSimplified]))).toEqual({ 幺: '么', 麼: '么' });
  });

  test('encodeFoldTable keeps only pairs whose target passes', () => {
    const map = new Map([['發', '发'], ['東', '东']]);
    expect(encodeFoldTable(map)).toBe('東东發发');
    expect(encodeFoldTable(map, (target) => target === '发')).toBe('發发');
  });
});
