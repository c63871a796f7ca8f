import { describe, expect, test } from 'vitest';
import cases from '../../cases/language-model.json' with { type: 'json' };
import { buildBigramModel, type BigramModel } from '../../../scripts/lib/mojibake/bigram-model.ts';
import { DICTIONARY_COUNTS, frequencyWords } from '../../../scripts/lib/mojibake/dictionary.ts';
import { createWordModel } from '../../../scripts/lib/mojibake/word-model.ts';

/** The character model's score of a line: bigrams from a line start. */
function charScore(model: BigramModel, text: string): number {
  let lm = 0;
  let prev = '\n';
  for (const c of text) {
    lm += model.logProb(prev, c);
    prev = c;
  }
  return lm;
}

/** The word model's score of a line (its best segmentation), kept apart from the bigrams as the second model's evidence. */
function wordScore(model: BigramModel, text: string): number {
  if (!model.logWords) throw new Error('the dictionary has no word model');
  return model.logWords([...text]);
}

describe('word frequencies (jieba dictionary via @node-rs/jieba, bundled, no network)', () => {
  test('hold both scripts, weighted by frequency', () => {
    const words = new Map<string, number>();
    for (const [w, f] of frequencyWords()) words.set(w, (words.get(w) ?? 0) + f);
    expect(words.size).toBeGreaterThan(200_000);
    expect(words.get('发展')).toBeGreaterThan(1000);
    expect(words.get('發展')).toBe(words.get('发展'));
    // A word written alike in both scripts counts once per script: twice a script-specific pair's share.
    expect((words.get('人口') ?? 0) % 2).toBe(0);
    expect(DICTIONARY_COUNTS.words).toBeDefined();
  });
});

describe('both language models order readings, each on its own (tests/cases/language-model.json)', () => {
  const model = buildBigramModel(DICTIONARY_COUNTS, '');
  test.each(cases.cases)('$id: $better over $worse', ({ better, worse }) => {
    expect(charScore(model, better)).toBeGreaterThan(charScore(model, worse));
    expect(wordScore(model, better)).toBeGreaterThan(wordScore(model, worse));
  });
});

describe('the document’s own text is evidence for the word model (tests/cases/language-model.json documentCases)', () => {
  const alone = buildBigramModel(DICTIONARY_COUNTS, '');
  const gap = (model: BigramModel, better: string, worse: string) => wordScore(model, better) - wordScore(model, worse);
  test.each(cases.documentCases)('$id', ({ document, better, worse, strengthens }) => {
    const withDocument = buildBigramModel(DICTIONARY_COUNTS, document);
    if (strengthens) {
      expect(gap(withDocument, better, worse)).toBeGreaterThan(0);
      expect(gap(withDocument, better, worse)).toBeGreaterThan(gap(alone, better, worse));
    } else {
      expect(gap(withDocument, better, worse)).toBeGreaterThan(0);
      expect(gap(alone, better, worse)).toBeGreaterThan(0);
    }
  });
});

describe('createWordModel', () => {
  const words = createWordModel(
    new Map([
      ['人口', 90],
      ['人', 5],
      ['口', 5],
    ]),
  );
  const unigram = () => -10;
  test.each([
    ['a known word beats its characters apart', ['人', '口'], ['口', '人']],
    ['a known single character beats an unknown one', ['人'], ['丝']],
    ['a non-Han character is a word boundary, not an unknown word', ['人', '?'], ['人', '丝']],
  ])('%s', (_, better, worse) => {
    expect(words.logWindow(better, unigram)).toBeGreaterThan(words.logWindow(worse, unigram));
  });

  test('a non-Han character costs the same whatever the unigram model says of it, and no word runs across it', () => {
    expect(words.logWindow(['人', '?', '口'], () => -30)).toBe(words.logWindow(['人', '、', '口'], () => -1));
    expect(words.logWindow(['人', '?', '口'], unigram)).toBeLessThan(words.logWindow(['人', '口'], unigram));
  });

  test('the best segmentation is found (人口 as one word, not 人 + 口)', () => {
    expect(words.logWindow(['人', '口'], unigram)).toBeCloseTo(Math.log(90 / 100), 10);
  });

  test('a phrase the document repeats counts as a word; one it writes once does not', () => {
    const doc = words.withDocument('龍源電力和五凌電力。龍源電力的人口');
    expect(doc.logWindow(['龍', '源'], unigram)).toBeGreaterThan(words.logWindow(['龍', '源'], unigram));
    expect(doc.logWindow(['五', '凌'], unigram)).toBe(words.logWindow(['五', '凌'], unigram));
    // The document's words gain weight, the dictionary's words keep most of theirs.
    expect(doc.logWindow(['人', '口'], unigram)).toBeLessThan(0);
    expect(doc.logWindow(['人', '口'], unigram)).toBeGreaterThan(words.logWindow(['人'], unigram) + words.logWindow(['口'], unigram));
  });
});
