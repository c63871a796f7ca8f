import { describe, expect, test } from 'vitest';
import { createFold } from '../../../src/lib/search/fold.ts';
import { excerpt, hasWholeQuery, keyed, matchRanges, termsIn } from '../../../src/lib/search/match.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';

const fold = createFold('');
const q = (raw: string) => parseQuery(raw, fold)!;

describe('termsIn', () => {
  test.each([
    { id: 'word present', text: '加快发展新质生产力', query: '新质生产力', found: [0], missing: [] },
    { id: 'negative: pieces scattered are not the word', text: '新的质量，生产力', query: '新质生产力', found: [], missing: [0] },
    { id: 'all words, any order', text: '天水麻辣烫火爆出圈', query: '麻辣烫 天水', found: [0, 1], missing: [] },
    { id: 'one word missing', text: '天水麻辣烫火爆出圈', query: '天水 兰州', found: [0], missing: [1] },
    { id: 'phrase in order', text: '天水麻辣烫火爆出圈', query: '"天水 麻辣烫"', found: [0], missing: [] },
    { id: 'negative: phrase out of order', text: '天水麻辣烫火爆出圈', query: '"麻辣烫天水"', found: [], missing: [0] },
    { id: 'spaces in the text are allowed inside a term', text: 'ai 技术', query: 'AI技术', found: [0], missing: [] },
    { id: 'punctuation in the text is ignored', text: '上下五千年，甘肃不一般', query: '上下五千年甘肃不一般', found: [0], missing: [] },
    { id: 'regex characters are literal', text: '增长7.5%（同比）', query: '7.5%（同比）', found: [0], missing: [] },
    { id: 'negative: dot is not a wildcard', text: '增长725', query: '7.5', found: [], missing: [0] },
  ])('$id', ({ text, query, found, missing }) => {
    expect(termsIn(text, q(query))).toEqual({ found, missing });
  });
});

describe('hasWholeQuery (exact phrase over scattered words)', () => {
  test.each([
    { text: '天水麻辣烫火爆', query: '天水 麻辣烫', expected: true },
    { text: '天水，麻辣烫', query: '天水 麻辣烫', expected: true },
    { text: '麻辣烫在天水', query: '天水 麻辣烫', expected: false },
  ])('$query in $text', ({ text, query, expected }) => {
    expect(hasWholeQuery(keyed(text), q(query))).toBe(expected);
  });
});

describe('matchRanges', () => {
  test.each([
    { text: '天水麻辣烫，天水', query: '天水', expected: [[0, 2], [6, 8]] },
    { text: '天水麻辣烫', query: '天水麻 麻辣', expected: [[0, 4]] },
    { text: '上下五千年，甘肃', query: '五千年甘肃', expected: [[2, 8]] },
    { text: 'COVID-19疫情', query: 'covid-19', expected: [[0, 8]] },
    { text: '天水', query: '兰州', expected: [] },
  ])('$query in $text', ({ text, query, expected }) => {
    expect(matchRanges(fold(text), q(query))).toEqual(expected);
  });
});
describe('excerpt', () => {
  const text = '一二三四五六七八九十'.repeat(3);
  test.each([
    { id: 'short text, whole, mark', text: '天水麻辣烫', ranges: [[2, 5]] as const, length: 20, radius: 5, expected: [{ text: '天水', mark: false }, { text: '麻辣烫', mark: true }] },
    { id: 'cut on both sides', text, ranges: [[12, 13]] as const, length: 6, radius: 2, expected: [{ text: '…', mark: false }, { text: '一二', mark: false }, { text: '三', mark: true }, { text: '四五六', mark: false }, { text: '…', mark: false }] },
    { id: 'match near the end keeps the length', text, ranges: [[29, 30]] as const, length: 4, radius: 1, expected: [{ text: '…', mark: false }, { text: '七八九', mark: false }, { text: '十', mark: true }] },
    { id: 'starts at the sentence of the match when it begins near', text: '第一句很长很长。第二句有天水。', ranges: [[12, 14]] as const, length: 10, radius: 6, expected: [{ text: '…', mark: false }, { text: '第二句有', mark: false }, { text: '天水', mark: true }, { text: '。', mark: false }] },
    { id: 'negative: a sentence end too far back is ignored', text: '甲。一二三四五六七八九十天水', ranges: [[12, 14]] as const, length: 6, radius: 2, expected: [{ text: '…', mark: false }, { text: '七八九十', mark: false }, { text: '天水', mark: true }] },
    { id: 'else at the clause of the match', text: '甲乙丙丁戊己庚辛壬癸，子丑天水', ranges: [[13, 15]] as const, length: 8, radius: 4, expected: [{ text: '…', mark: false }, { text: '子丑', mark: false }, { text: '天水', mark: true }] },
    { id: 'no match: beginning', text, ranges: [] as const, length: 3, radius: 1, expected: [{ text: '一二三', mark: false }, { text: '…', mark: false }] },
  ])('$id', ({ text, ranges, length, radius, expected }) => {
    expect(excerpt(text, ranges, length, radius)).toEqual(expected);
  });
});
