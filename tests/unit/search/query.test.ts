import { describe, expect, test } from 'vitest';
import { createFold } from '../../../src/lib/search/fold.ts';
import { normalizePhrase, pagefindQuery, parseQuery } from '../../../src/lib/search/query.ts';

const fold = createFold('質质產产發发麗丽');

describe('parseQuery', () => {
  test.each([
    { id: 'one word', raw: '新质生产力', expected: { kind: 'words', terms: ['新质生产力'], folded: ['新质生产力'] } },
    { id: 'traditional word folded', raw: '新質生產力', expected: { kind: 'words', terms: ['新質生產力'], folded: ['新质生产力'] } },
    { id: 'words split on spaces', raw: ' 麻辣烫  天水 ', expected: { kind: 'words', terms: ['麻辣烫', '天水'], folded: ['麻辣烫', '天水'] } },
    { id: 'ideographic space and Chinese comma split', raw: '麻辣烫\u3000天水，甘肃', expected: { kind: 'words', terms: ['麻辣烫', '天水', '甘肃'], folded: ['麻辣烫', '天水', '甘肃'] } },
    { id: 'duplicates across scripts dropped', raw: '發展 发展', expected: { kind: 'words', terms: ['發展'], folded: ['发展'] } },
    { id: 'ASCII quotes make a phrase', raw: '"新質 生產力"', expected: { kind: 'phrase', terms: ['新質生產力'], folded: ['新质生产力'] } },
    { id: 'curly quotes', raw: '“天水麻辣烫”', expected: { kind: 'phrase', terms: ['天水麻辣烫'], folded: ['天水麻辣烫'] } },
    { id: 'corner brackets', raw: '「開門紅」', expected: { kind: 'phrase', terms: ['開門紅'], folded: ['開門紅'] } },
    { id: 'Latin words keep one space in a phrase', raw: '"New   York"', expected: { kind: 'phrase', terms: ['New York'], folded: ['new york'] } },
    { id: 'negative: unbalanced quote is words, quote stripped', raw: '"新质 生产', expected: { kind: 'words', terms: ['新质', '生产'], folded: ['新质', '生产'] } },
    { id: 'negative: quotes inside are not a phrase', raw: '天水 "麻辣烫"', expected: { kind: 'words', terms: ['天水', '麻辣烫'], folded: ['天水', '麻辣烫'] } },
  ])('$id', ({ raw, expected }) => {
    expect(parseQuery(raw, fold)).toEqual(expected);
  });

  test.each(['', '   ', '""', '，、', '“”'])('nothing to search: %j', (raw) => {
    expect(parseQuery(raw, fold)).toBeNull();
  });
});

describe('normalizePhrase', () => {
  test.each([
    { input: '新质 生产力', expected: '新质生产力' },
    { input: 'AI 技术', expected: 'AI技术' },
    { input: ' a  b ', expected: 'a b' },
    { input: '甘肃\u3000青海', expected: '甘肃青海' },
  ])('$input', ({ input, expected }) => {
    expect(normalizePhrase(input)).toBe(expected);
  });
});

describe('pagefindQuery', () => {
  test.each([
    { input: '新质生产力', expected: '新质生产力' },
    { input: 'a"b', expected: 'a b' },
    { input: '"x"', expected: 'x' },
  ])('$input', ({ input, expected }) => {
    expect(pagefindQuery(input)).toBe(expected);
  });
});
