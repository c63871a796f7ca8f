/**
 * A word-level score for ranking the repair's final readings: the log-probability of the best
 * segmentation of a stretch of text into words (Viterbi over a unigram word model), characters
 * that form no word scored by the character model's unigram with a penalty. Word probabilities
 * interpolate the dictionary's frequencies with the document's own use: dictionary words it writes,
 * and phrases it repeats (names such as 龍源電力 that no dictionary lists). A reading that makes real
 * words (`總人口`) beats a byte-consistent rival of plausible single characters (`總側丝`).
 */

/** Scores a stretch of characters by its best segmentation into words. */
export interface WordModel {
  /** Natural log of P(best segmentation of `chars`), non-Han characters as word boundaries; `unigram` scores a Han character that is no word. */
  logWindow(chars: readonly string[], unigram: (char: string) => number): number;
  /** The same model interpolated with a document's own words and repeated phrases. */
  withDocument(text: string): WordModel;
}

/** Longest word looked up (jieba's dictionary has few longer Han words that matter). */
const MAX_WORD = 8;
/** Extra cost (nats) of a Han character that is not a word of its own. */
const NO_WORD = 3;
/**
 * Log-probability of a non-Han character (punctuation, a digit, Latin, `?`) as a token of its own:
 * it ends a word, it is no out-of-vocabulary word (the character bigrams price which mark it is).
 * Punctuation is about as frequent in running Chinese text as the most frequent words of the jieba
 * list (了 e^-4.2, 是 e^-4.3, 在 e^-4.4 of the table), so a boundary costs about what such a word costs; pricing a legitimate `?`
 * at the unigram floor instead (jieba lists no punctuation) made `你怎么看?“東數西算”` read as damage.
 */
const BOUNDARY: number = Math.log(1 / 50);
/** The document's share of a word's probability. */
const DOC_SHARE: number = 0.2;
/** Phrases of the document (not dictionary words) count as words from this many occurrences on. */
const REPEATED = 2;
/** …and of these lengths. */
const PHRASE = { min: 2, max: 4 } as const;
const HAN = /^\p{Script=Han}$/u;

type LogOf = (word: string) => number | undefined;

/** Every ending of at least two characters of the given words (the words included): a stretch read
 * leftwards that ends no word can grow into none, so the segmentation stops looking there. */
function endingsOf(words: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const chars = [...w];
    for (let i = chars.length - 2; i >= 0; i--) out.add(chars.slice(i).join(''));
  }
  return out;
}

function viterbi(chars: readonly string[], unigram: (char: string) => number, logOf: LogOf, endsWord: (w: string) => boolean): number {
  const n = chars.length;
  const best = new Float64Array(n + 1).fill(-Infinity);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    const c = chars[i - 1] as string;
    if (!HAN.test(c)) {
      best[i] = (best[i - 1] as number) + BOUNDARY;
      continue;
    }
    // A character alone: a one-character word, or (no such word) its unigram with the penalty.
    const single = logOf(c);
    let b = (best[i - 1] as number) + (single ?? unigram(c) - NO_WORD);
    let w = c;
    for (let l = 2; l <= Math.min(MAX_WORD, i); l++) {
      const d = chars[i - l] as string;
      if (!HAN.test(d)) break;
      w = d + w;
      if (!endsWord(w)) break;
      const lp = logOf(w);
      if (lp !== undefined && (best[i - l] as number) + lp > b) b = (best[i - l] as number) + lp;
    }
    best[i] = b;
  }
  return best[n] as number;
}

/** Occurrences in `text` of dictionary words and of repeated phrases, and the number of Han characters. */
function documentWords(text: string, isWord: (w: string) => boolean): { counts: Map<string, number>; han: number } {
  const counts = new Map<string, number>();
  const phrases = new Map<string, number>();
  let han = 0;
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = [...run];
    han += chars.length;
    for (let i = 0; i < chars.length; i++) {
      let w = '';
      for (let l = 1; l <= MAX_WORD && i + l <= chars.length; l++) {
        w += chars[i + l - 1] as string;
        if (isWord(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
        else if (l >= PHRASE.min && l <= PHRASE.max) phrases.set(w, (phrases.get(w) ?? 0) + 1);
      }
    }
  }
  for (const [w, n] of phrases) if (n >= REPEATED) counts.set(w, n);
  return { counts, han };
}

/**
 * Builds the word model from word frequencies (both scripts' forms as separate words).
 * @example createWordModel(new Map([['人口', 9], ['人', 1]])).logWindow(['人', '口'], () => -20) > createWordModel(new Map([['人口', 9], ['人', 1]])).logWindow(['人', '丝'], () => -20) // true
 */
export function createWordModel(frequencies: ReadonlyMap<string, number>): WordModel {
  let total = 0;
  for (const f of frequencies.values()) total += f;
  const logTotal = Math.log(total);
  const endings = endingsOf(frequencies.keys());
  const dictionaryLog: LogOf = (w) => {
    const f = frequencies.get(w);
    return f === undefined ? undefined : Math.log(f) - logTotal;
  };
  return {
    logWindow: (chars, unigram) => viterbi(chars, unigram, dictionaryLog, (w) => endings.has(w)),
    withDocument(text) {
      const { counts, han } = documentWords(text, (w) => frequencies.has(w));
      if (han === 0 || DOC_SHARE === 0) return this;
      const cache = new Map<string, number | undefined>();
      const logOf: LogOf = (w) => {
        if (cache.has(w)) return cache.get(w);
        const d = frequencies.get(w);
        const n = counts.get(w);
        const p = d === undefined && n === undefined ? undefined : ((1 - DOC_SHARE) * (d ?? 0)) / total + (DOC_SHARE * (n ?? 0)) / han;
        const lp = p === undefined ? undefined : Math.log(p);
        cache.set(w, lp);
        return lp;
      };
      const own = endingsOf(counts.keys());
      const endsWord = (w: string) => endings.has(w) || own.has(w);
      return { logWindow: (chars, unigram) => viterbi(chars, unigram, logOf, endsWord), withDocument: (t) => this.withDocument(t) };
    },
  };
}
