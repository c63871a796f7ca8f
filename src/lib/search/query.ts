/**
 * Reads what a reader typed into a search query: an exact phrase when the whole query is quoted,
 * otherwise words separated by spaces. Chinese has no spaces between words, so each word is matched
 * as one contiguous string (`新质生产力` means that string, not 新, 质, 生产 and 力 anywhere, which is
 * what Pagefind's word index alone would return). Punctuation inside a word is part of it, not a
 * separator (`拔钉清障，服务` is one phrase), and punctuation and spacing never decide a match: both
 * the term and the passage are compared on their keys (`text-key.ts`).
 */
import type { Fold } from './fold.ts';
import { termKey } from './text-key.ts';

/** A parsed query. */
export interface SearchQuery {
  /** `phrase`: the whole query is one exact phrase; `words`: every word must appear, in any order. */
  kind: 'phrase' | 'words';
  /** The words (or the one phrase) as typed, for messages such as “没有找到「…」”. */
  terms: string[];
  /** The same, folded to their search form (`src/lib/search/fold.ts`). */
  folded: string[];
  /** The same, as matching keys: letters and digits only (`text-key.ts`). */
  keys: string[];
}

/** Opening and closing quotes a reader may type around a phrase. */
const quotePairs: Readonly<Record<string, string>> = { '"': '"', '“': '”', '「': '」', '『': '』', "'": "'", '‘': '’', '＂': '＂' };
/** Quote marks and brackets stripped from the ends of a word (`"新质` → `新质`). */
const strayQuotes = /^[\p{Pi}\p{Pf}\p{Ps}\p{Pe}"'＂]+|[\p{Pi}\p{Pf}\p{Ps}\p{Pe}"'＂]+$/gu;
/** A Han character or CJK punctuation: spaces next to them carry no meaning in Chinese text. */
const cjk = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]';
const spaceNextToCjk = new RegExp(`\\s+(?=${cjk})|(?<=${cjk})\\s+`, 'gu');

/** Collapses spaces in a phrase: none next to Chinese, one between Latin words. */
export function normalizePhrase(text: string): string {
  return text.trim().replace(spaceNextToCjk, '').replace(/\s+/g, ' ');
}

/**
 * Parses a query; null when nothing is left to search for.
 * @example parseQuery('“新质 生产力”', fold) // { kind: 'phrase', terms: ['新质生产力'], … }
 * @example parseQuery('新质生产力 甘肅', fold) // { kind: 'words', terms: ['新质生产力', '甘肅'], folded: ['新质生产力', '甘肃'], … }
 * @example parseQuery('拔钉清障，服务', fold) // one word: { terms: ['拔钉清障，服务'], keys: ['拔钉清障服务'], … }
 */
export function parseQuery(raw: string, fold: Fold): SearchQuery | null {
  const text = raw.trim();
  const close = quotePairs[text[0] ?? ''];
  if (close && text.length > 2 && text.endsWith(close)) {
    const phrase = normalizePhrase(text.slice(1, -1));
    const key = termKey(fold(phrase));
    if (key) return { kind: 'phrase', terms: [phrase], folded: [fold(phrase)], keys: [key] };
  }
  const query: SearchQuery = { kind: 'words', terms: [], folded: [], keys: [] };
  for (const part of text.split(/\s+/u)) {
    const word = part.replace(strayQuotes, '');
    const folded = fold(word);
    const key = termKey(folded);
    if (!key || query.keys.includes(key)) continue;
    query.terms.push(word);
    query.folded.push(folded);
    query.keys.push(key);
  }
  return query.terms.length > 0 ? query : null;
}

/**
 * The Pagefind query for one folded term: its letters and digits, punctuation turned into spaces, unquoted, so that Pagefind
 * returns every article with the term's words anywhere, a superset the search then checks passage
 * by passage. A quoted query is no good here: Pagefind segments the query and the text separately,
 * and its phrase match fails where the segmentations differ (`"麻辣烫"` is 麻辣|烫, but the text
 * `天水麻辣烫的故事` is indexed as 天水|麻辣|烫的|故事, so the phrase misses an article that contains it).
 */
export function pagefindQuery(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
