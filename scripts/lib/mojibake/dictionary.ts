/**
 * The dictionary side of the repair's two language models, from tables generated out of npm
 * packages' bundled data (no network; loading the packages takes seconds, the tables milliseconds):
 * - ./data/cedict-bigrams.json (scripts/build-cedict-bigrams.ts): character bigrams of the CC-CEDICT
 *   headwords, Traditional and Simplified — the character model (which character follows which);
 * - ./data/word-frequencies.json (scripts/build-word-frequencies.ts): jieba's dictionary with word
 *   frequencies, Simplified and Traditional — the word model (how often words are used), kept as
 *   separate evidence: the realignment decides a span only when both models' evidence agrees.
 * @see https://www.mdbg.net/chinese/dictionary?page=cc-cedict — the dictionary and its licence (CC BY-SA 4.0).
 * @see https://github.com/fxsjy/jieba — the word list and its frequencies (MIT).
 */
import table from './data/cedict-bigrams.json' with { type: 'json' };
import frequencies from './data/word-frequencies.json' with { type: 'json' };
import { modelClass, type BigramCounts } from './bigram-model.ts';
import { createWordModel } from './word-model.ts';

const SHIFT = 0x200000;

function fromTable(): BigramCounts {
  const counts: BigramCounts = { bigrams: new Map(), prevs: new Map(), unigrams: new Map(), total: 0 };
  for (const [char, n] of Object.entries(table.unigrams as Record<string, number>)) {
    counts.unigrams.set(modelClass(char), n);
    counts.total += n;
  }
  for (const [pair, n] of Object.entries(table.bigrams as Record<string, number>)) {
    const [a, b] = [...pair] as [string, string];
    const prev = modelClass(a);
    counts.bigrams.set(prev * SHIFT + modelClass(b), n);
    counts.prevs.set(prev, (counts.prevs.get(prev) ?? 0) + n);
  }
  const words = new Map<string, number>();
  for (const [w, f] of frequencyWords()) words.set(w, (words.get(w) ?? 0) + f);
  counts.words = createWordModel(words);
  return counts;
}

/** The words of the frequency table with their frequencies, each script's form once (a word written alike in both scripts twice). */
export function* frequencyWords(): Generator<readonly [string, number]> {
  for (const [f, list] of Object.entries(frequencies.frequencies as Record<string, string>)) {
    const n = Number(f);
    for (const entry of list.split(' ')) {
      const bar = entry.indexOf('|');
      if (bar === -1) {
        yield [entry, 2 * n];
      } else {
        yield [entry.slice(0, bar), n];
        yield [entry.slice(bar + 1), n];
      }
    }
  }
}

/** Bigram counts of the dictionary headwords and the word model of the frequency table, built once when first imported. */
export const DICTIONARY_COUNTS: BigramCounts = fromTable();
