import { describe, expect, test } from 'vitest';
import { findKey, termKey, textKey } from '../../../src/lib/search/text-key.ts';

const find = (text: string, term: string) => findKey(text, textKey(text), termKey(term)).map(([a, b]) => text.slice(a, b));

describe('punctuation and spacing do not count (issue 16)', () => {
  test.each([
    { id: 'comma in the text, none typed', text: '第一句是“上下五千年，甘肃不一般”。', term: '上下五千年甘肃不一般', expected: ['上下五千年，甘肃不一般'] },
    { id: 'comma typed, none in the text', text: '奋力冲刺四季度全面打好收官战', term: '奋力冲刺四季度，全面打好收官战', expected: ['奋力冲刺四季度全面打好收官战'] },
    { id: 'space in the text', text: '胡昌升强调 奋力冲刺四季度', term: '强调奋力', expected: ['强调 奋力'] },
    { id: 'quotes inside the text', text: '积极融入“东数西算”国家布局', term: '融入东数西算国家', expected: ['融入“东数西算”国家'] },
    { id: 'Latin words with and without a space', text: 'ai 技术', term: 'ai技术', expected: ['ai 技术'] },
    { id: 'negative: punctuation typed does not split a phrase into scattered words', text: '「拔钉清障」，想方设法破解要素制约……服务在一线体现', term: '拔钉清障，服务', expected: [] },
    { id: 'negative: 甘肃，青海 needs the two together', text: '甘肃发展，西部的青海', term: '甘肃，青海', expected: [] },
    { id: 'enumeration comma in the text', text: '甘肃、青海两省', term: '甘肃，青海', expected: ['甘肃、青海'] },
  ])('$id', ({ text, term, expected }) => {
    expect(find(text, term)).toEqual(expected);
  });
});

describe('regex metacharacters are literal (issue 14)', () => {
  test.each([
    { id: 'hyphen', text: 'covid-19疫情', term: 'covid-19', expected: ['covid-19'] },
    { id: 'hyphen typed, none in text', text: 'covid19疫情', term: 'covid-19', expected: ['covid19'] },
    { id: 'dot and percent', text: '增长7.5%（同比）', term: '7.5%（同比）', expected: ['7.5%（同比'] },
    { id: 'negative: a dot is no wildcard', text: '增长725', term: '7.5', expected: [] },
    { id: 'brackets and parentheses', text: '见[注1](a)', term: '[注1](a)', expected: ['注1](a'] },
    { id: 'star, plus, question mark', text: 'c++ 与 a*b?', term: 'c++', expected: ['c'] },
    { id: 'caret, dollar, pipe, backslash', text: '价格^$|\\100', term: '^$|\\100', expected: ['100'] },
    { id: 'braces and slash', text: 'a{2}/b', term: '{2}/b', expected: ['2}/b'] },
    { id: 'a lone metacharacter has no key: nothing to find', text: '(((', term: '(', expected: [] },
  ])('$id', ({ text, term, expected }) => {
    expect(find(text, term)).toEqual(expected);
  });
});

describe('Latin and digits match whole words only', () => {
  test.each([
    { id: 'ai inside said', text: 'he said', term: 'ai', expected: [] },
    { id: '20 inside 2023', text: '2023年', term: '20', expected: [] },
    { id: 'a Han neighbour is a boundary', text: '发展ai技术', term: 'ai', expected: ['ai'] },
    { id: '19 after a hyphen', text: 'covid-19', term: '19', expected: ['19'] },
  ])('$id', ({ text, term, expected }) => {
    expect(find(text, term)).toEqual(expected);
  });
});

describe('textKey', () => {
  test('keeps letters and digits with their offsets, astral characters included', () => {
    expect(textKey('甲，𠀀 乙')).toEqual({ key: '甲𠀀乙', at: [0, 2, 3, 5] });
  });
});
