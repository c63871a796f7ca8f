/**
 * A character-bigram language model for ranking repair candidates: dictionary headwords
 * (which words exist) interpolated with the document's own intact text (how this document
 * writes), plus a unigram back-off. Digits, Latin letters and full-width forms are folded to classes.
 */
import type { WordModel } from './word-model.ts';

/** Scores characters in context. */
export interface BigramModel {
  /** Natural log of P(char | previous char). */
  logProb(prev: string, char: string): number;
  /** Natural log of P(char), for cheap pre-selection. */
  logUnigram(char: string): number;
  /** The word model's log score of a stretch of characters (its best segmentation into words, the
   * document's words included), kept apart from the bigrams; absent when the dictionary has no word frequencies. */
  logWords?(chars: readonly string[]): number;
}

/** Bigram and unigram counts over model classes (code points), keyed by numbers for speed. */
export interface BigramCounts {
  bigrams: Map<number, number>;
  /** How often a class is the first of a counted bigram. */
  prevs: Map<number, number>;
  unigrams: Map<number, number>;
  total: number;
  /** The word model of the same dictionary, when it has word frequencies. */
  words?: WordModel;
}

const ZERO = 0x30;
const LETTER = 0x61;
const NEWLINE = 0x0a;
const SHIFT = 0x200000; // code points need 21 bits

/** The model class of a character (code point): digits → `0`, Latin letters → `a`, full-width → ASCII. */
export function modelClass(char: string): number {
  let cp = char.codePointAt(0) ?? 0;
  if (cp >= 0xff01 && cp <= 0xff5e) cp -= 0xfee0;
  if (cp >= 0x30 && cp <= 0x39) return ZERO;
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return LETTER;
  return cp;
}

function emptyCounts(): BigramCounts {
  return { bigrams: new Map(), prevs: new Map(), unigrams: new Map(), total: 0 };
}

function add(map: Map<number, number>, key: number): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function count(counts: BigramCounts, text: string): void {
  let prev = NEWLINE;
  for (const raw of text) {
    const c = modelClass(raw);
    add(counts.unigrams, c);
    counts.total++;
    if (c !== NEWLINE && prev !== NEWLINE) {
      add(counts.bigrams, prev * SHIFT + c);
      add(counts.prevs, prev);
    }
    prev = c;
  }
}

/** Counts of a list of words (bigrams inside each word only). */
export function countWords(words: Iterable<string>): BigramCounts {
  const counts = emptyCounts();
  for (const w of words) count(counts, w + '\n');
  return counts;
}

const DOC = 0.5;
const DICT = 0.35;
const UNI = 0.15;
const FLOOR = 1e-7;
/** One character of the document weighs as much as this many dictionary occurrences. */
const DOC_UNIGRAM_WEIGHT = 20;

/** A cache of numbers keyed by a pair of model classes (two levels: small-integer keys stay fast). */
type PairCache = Map<number, Map<number, number>>;

function cached(cache: PairCache, prev: number, c: number, compute: () => number): number {
  let row = cache.get(prev);
  if (!row) {
    row = new Map();
    cache.set(prev, row);
  }
  let v = row.get(c);
  if (v === undefined) {
    v = compute();
    row.set(c, v);
  }
  return v;
}

/** P(c | prev) of the dictionary counts alone (undefined: prev never starts a bigram), cached per counts object for the process. */
const dictionaryCaches = new WeakMap<BigramCounts, PairCache>();

function dictionaryProb(dictionary: BigramCounts, prev: number, c: number): number {
  let cache = dictionaryCaches.get(dictionary);
  if (!cache) {
    cache = new Map();
    dictionaryCaches.set(dictionary, cache);
  }
  return cached(cache, prev, c, () => {
    const dictPrev = dictionary.prevs.get(prev) ?? 0;
    return dictPrev > 0 ? (dictionary.bigrams.get(prev * SHIFT + c) ?? 0) / dictPrev : -1;
  });
}

/**
 * Builds the interpolated model from dictionary counts and the document's intact text.
 * @example buildBigramModel(countWords(['人口']), '').logProb('人', '口') > buildBigramModel(countWords(['人口']), '').logProb('人', '丝') // true
 */
export function buildBigramModel(dictionary: BigramCounts, documentText: string): BigramModel {
  const doc = emptyCounts();
  count(doc, documentText);
  const uniTotal = doc.total * DOC_UNIGRAM_WEIGHT + dictionary.total;
  const cache: PairCache = new Map();
  const uniCache = new Map<number, number>();
  const classes = new Map<string, number>();
  const classOf = (char: string) => {
    let c = classes.get(char);
    if (c === undefined) {
      c = modelClass(char);
      classes.set(char, c);
    }
    return c;
  };
  const model: BigramModel = {
    logUnigram(char: string): number {
      const c = classOf(char);
      let lp = uniCache.get(c);
      if (lp === undefined) {
        lp = Math.log(((doc.unigrams.get(c) ?? 0) * DOC_UNIGRAM_WEIGHT + (dictionary.unigrams.get(c) ?? 0)) / uniTotal + FLOOR);
        uniCache.set(c, lp);
      }
      return lp;
    },
    logProb(prevChar: string, char: string): number {
      const prev = classOf(prevChar);
      const c = classOf(char);
      return cached(cache, prev, c, () => {
        const key = prev * SHIFT + c;
        let p = 0;
        let weight = 0;
        const docPrev = doc.prevs.get(prev) ?? 0;
        if (docPrev > 0) {
          p += (DOC * (doc.bigrams.get(key) ?? 0)) / docPrev;
          weight += DOC;
        }
        const dict = dictionaryProb(dictionary, prev, c);
        if (dict >= 0) {
          p += DICT * dict;
          weight += DICT;
        }
        const uni = ((doc.unigrams.get(c) ?? 0) * DOC_UNIGRAM_WEIGHT + (dictionary.unigrams.get(c) ?? 0)) / uniTotal;
        return Math.log((p + UNI * uni) / (weight + UNI) + FLOOR);
      });
    },
  };
  const words = dictionary.words?.withDocument(documentText);
  // A lost byte (`□`) is scored as a digit, as the bigram search scores it.
  if (words) model.logWords = (chars) => words.logWindow(chars.map((c) => (c === '□' ? '0' : c)), (c) => model.logUnigram(c));
  return model;
}
