import { describe, expect, test } from 'vitest';
import { createFold } from '../../../src/lib/search/fold.ts';
import { normalizePhrase, pagefindQuery, parseQuery } from '../../../src/lib/search/query.ts';

const fold = createFold('質质產产發发麗丽');

describe('parseQuery', () => {
  test.each([
    { id: 'one word', raw: '新质生产力', expected: { kind: 'words', terms: ['新质生产力'], folded: ['新质生产力'], keys: ['新质生产力'] } },
    { id: 'traditional word folded', raw: '新質生產力', expected: { kind: 'words', terms: ['新質生產力'], folded: ['新质生产力'], keys: ['新质生产力'] } },
    { id: 'words split on spaces', raw: ' 麻辣烫  天水 ', expected: { kind: 'words', terms: ['麻辣烫', '天水'], folded: ['麻辣烫', '天水'], keys: ['麻辣烫', '天水'] } },
    { id: 'ideographic space splits; a comma is part of the word', raw: '麻辣烫\u3000天水，甘肃', expected: { kind: 'words', terms: ['麻辣烫', '天水，甘肃'], folded: ['麻辣烫', '天水，甘肃'], keys: ['麻辣烫', '天水甘肃'] } },
    { id: 'punctuation inside a query is part of the phrase', raw: '拔钉清障，服务', expected: { kind: 'words', terms: ['拔钉清障，服务'], folded: ['拔钉清障，服务'], keys: ['拔钉清障服务'] } },
    { id: 'a hyphenated word stays one word', raw: 'COVID-19', expected: { kind: 'words', terms: ['COVID-19'], folded: ['covid-19'], keys: ['covid19'] } },
    { id: 'duplicates across scripts dropped', raw: '發展 发展', expected: { kind: 'words', terms: ['發展'], folded: ['发展'], keys: ['发展'] } },
    { id: 'ASCII quotes make a phrase', raw: '"新質 生產力"', expected: { kind: 'phrase', terms: ['新質生產力'], folded: ['新质生产力'], keys: ['新质生产力'] } },
    { id: 'curly quotes', raw: '“天水麻辣烫”', expected: { kind: 'phrase', terms: ['天水麻辣烫'], folded: ['天水麻辣烫'], keys: ['天水麻辣烫'] } },
    { id: 'corner brackets', raw: '「開門紅」', expected: { kind: 'phrase', terms: ['開門紅'], folded: ['開門紅'], keys: ['開門紅'] } },
    { id: 'Latin words keep one space in a phrase', raw: '"New   York"', expected: { kind: 'phrase', terms: ['New York'], folded: ['new york'], keys: ['newyork'] } },
    { id: 'negative: unbalanced quote is words, quote stripped', raw: '"新质 生产', expected: { kind: 'words', terms: ['新质', '生产'], folded: ['新质', '生产'], keys: ['新质', '生产'] } },
    { id: 'negative: quotes inside are not a phrase', raw: '天水 "麻辣烫"', expected: { kind: 'words', terms: ['天水', '麻辣烫'], folded: ['天水', '麻辣烫'], keys: ['天水', '麻辣烫'] } },
  ])('$id', ({ raw, expected }) => {
    expect(parseQuery(raw, fold)).toEqual(expected);
  });

  test.each(['', '   ', '""', '，、', '“”', '(', '- -'])('nothing to search: %j', (raw) => {
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
    { input: 'covid-19', expected: 'covid 19' },
    { input: '拔钉清障，服务', expected: '拔钉清障 服务' },
    { input: '"x"', expected: 'x' },
  ])('$input', ({ input, expected }) => {
    expect(pagefindQuery(input)).toBe(expected);
  });
});
