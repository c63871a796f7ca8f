/**
 * Vocabulary of a set of texts, measured the way Pagefind's Chinese index sees it (most index words
 * are two characters): distinct Han bigrams, and how many articles each bigram appears in on
 * average. Recombining a few real articles keeps the first small and makes the second huge — the
 * corpus is far denser than a real archive of the same size, whose vocabulary keeps growing.
 */

/** Vocabulary figures of a set of texts. */
export interface Vocabulary {
  /** Number of texts. */
  texts: number;
  /** Han characters in all texts. */
  hanChars: number;
  /** Distinct pairs of adjacent Han characters. */
  distinctBigrams: number;
  /** Mean number of texts a distinct bigram occurs in (document frequency). */
  articlesPerBigram: number;
}

const hanRun = /[\u3400-\u9fff\uf900-\ufaff]+/g;

/** Measures distinct Han bigrams and their mean document frequency. */
export function vocabulary(texts: readonly string[]): Vocabulary {
  const documentFrequency = new Map<string, number>();
  let hanChars = 0;
  for (const text of texts) {
    const seen = new Set<string>();
    for (const run of text.match(hanRun) ?? []) {
      const chars = Array.from(run);
      hanChars += chars.length;
      for (let i = 0; i + 1 < chars.length; i++) seen.add((chars[i] as string) + (chars[i + 1] as string));
    }
    for (const bigram of seen) documentFrequency.set(bigram, (documentFrequency.get(bigram) ?? 0) + 1);
  }
  let postings = 0;
  for (const n of documentFrequency.values()) postings += n;
  const distinctBigrams = documentFrequency.size;
  return { texts: texts.length, hanChars, distinctBigrams, articlesPerBigram: distinctBigrams === 0 ? 0 : postings / distinctBigrams };
}
