/**
 * The matching key of a folded text: only its letters and digits, so that punctuation and spacing
 * never decide a match (`上下五千年甘肃不一般` finds `上下五千年，甘肃不一般`, `ai技术` finds `AI 技术`),
 * with the offset of every key unit in the text, so that a match in the key is a range in the text.
 * Plain string search on the key: nothing a reader types is ever read as a pattern (`COVID-19`, `7.5%`).
 */

/** A key and where each of its UTF-16 units stands in the text it was taken from. */
export interface TextKey {
  key: string;
  /** `at[i]`: offset in the text of the key's unit `i`. */
  at: number[];
}

/** Whether a code point counts for matching: letters (Han included) and digits do, punctuation, symbols and spaces do not. */
const significant = /^[\p{L}\p{N}]$/u;
/** ASCII letters and digits: a term that starts or ends with one must start or end at a word boundary of the text. */
const latin = /^[a-z0-9]$/;

/** Takes the key of a folded text. */
export function textKey(text: string): TextKey {
  let key = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    if (significant.test(char)) {
      key += char;
      at.push(i);
      if (char.length === 2) at.push(i + 1);
    }
    if (char.length === 2) i++;
  }
  return { key, at };
}

/**
 * The key of a folded term: what must occur in a passage's key.
 * @example termKey('拔钉清障，服务') // '拔钉清障服务'
 */
export function termKey(folded: string): string {
  return textKey(folded).key;
}

/**
 * Every occurrence of a term key in a text, as ranges `[start, end)` of the text: plain `indexOf`,
 * and a term that begins or ends with a Latin letter or digit only where the text has no letter or
 * digit right next to it (`ai` is not found in `said`, `20` not in `2023`).
 */
export function findKey(text: string, key: TextKey, term: string): [number, number][] {
  const out: [number, number][] = [];
  if (term === '') return out;
  const checkStart = latin.test(term[0]!);
  const checkEnd = latin.test(term[term.length - 1]!);
  for (let from = key.key.indexOf(term); from >= 0; from = key.key.indexOf(term, from + 1)) {
    const start = key.at[from]!;
    const end = key.at[from + term.length - 1]! + 1;
    if (checkStart && start > 0 && latin.test(text[start - 1]!)) continue;
    if (checkEnd && end < text.length && latin.test(text[end]!)) continue;
    out.push([start, end]);
  }
  return out;
}

/** Whether a text (given with its key) contains a term key, under the rules of `findKey()`. */
export function hasKey(text: string, key: TextKey, term: string): boolean {
  return findKey(text, key, term).length > 0;
}
