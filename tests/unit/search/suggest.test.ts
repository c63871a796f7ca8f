import { describe, expect, test } from 'vitest';
import { keyed } from '../../../src/lib/search/match.ts';
import { bigramOverlap, oneEditApart, suggestTerm } from '../../../src/lib/search/suggest.ts';

const passages = ['我们加快发展新质生产力，培育新质生产力。', '积极融入“东数西算”国家布局', '先来一碗天水麻辣烫', '甘肃“苦甲不再”“苦尽甘来”。', '省长任振鹤讲话'].map(keyed);

describe('suggestTerm (issue 16’s near misses)', () => {
  test.each([
    { id: 'one character changed', term: '新质生产率', expected: ['新质生产力'] },
    { id: 'rare wrong character', term: '东数西箅', expected: ['东数西算'] },
    { id: 'a name one character off', term: '任振贺', expected: ['任振鹤'] },
    { id: 'last character changed', term: '天水麻辣汤', expected: ['天水麻辣烫'] },
    { id: 'middle character changed, quotes in the text ignored', term: '苦尽干来', expected: ['苦尽甘来'] },
    { id: 'one character dropped', term: '天水麻烫', expected: ['天水麻辣烫'] },
    { id: 'one character added', term: '东数西西算', expected: ['东数西算'] },
    { id: 'negative: nothing near', term: '量子计算机', expected: [] },
    { id: 'negative: a phrase that is not there has no shifted stand-in', term: '拔钉清障服务', expected: [] },
    { id: 'negative: one character gets no suggestions', term: '率', expected: [] },
  ])('$id: $term', ({ term, expected }) => {
    expect(suggestTerm(term, passages).map((s) => s.key)).toEqual(expected);
  });

  test('counts occurrences and says where one is', () => {
    const [best] = suggestTerm('新质生产率', passages);
    expect(best).toMatchObject({ key: '新质生产力', distance: 1, count: 2, passage: 0 });
    expect('我们加快发展新质生产力，培育新质生产力。'.slice(...best!.range)).toBe('新质生产力');
  });

  test('bigram overlap when nothing is one edit away: same first and last character', () => {
    // Two characters off (质量 → 水准): five of the eight bigrams shared.
    expect(suggestTerm('推动高水准发展战略', [keyed('要推动高质量发展战略。')]).map((s) => s.key)).toEqual(['推动高质量发展战略']);
    // Negative: the same with a different last character is no suggestion.
    expect(suggestTerm('推动高水准发展战术', [keyed('要推动高质量发展战略。')])).toEqual([]);
  });
});

describe('oneEditApart', () => {
  test.each([
    { a: '任振贺', b: '任振鹤', expected: true },
    { a: '天水麻烫', b: '天水麻辣烫', expected: true },
    { a: '新质生产力', b: '新质生产力', expected: false },
    { a: '甲乙', b: '乙甲', expected: false },
  ])('$a / $b', ({ a, b, expected }) => {
    expect(oneEditApart(Array.from(a), Array.from(b))).toBe(expected);
  });
});

describe('bigramOverlap', () => {
  test.each([
    { term: '高水准发展', window: '高质量发展', expected: 0.25 },
    { term: '新质生产力', window: '新质生产力', expected: 1 },
  ])('$term / $window', ({ term, window, expected }) => {
    expect(bigramOverlap(Array.from(term), Array.from(window))).toBe(expected);
  });
});
