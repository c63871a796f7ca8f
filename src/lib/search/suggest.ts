/**
 * “Did you mean”: for a term that matches nothing, the closest phrases the archive does contain,
 * found in passages already at hand (the candidates the search checked, or the whole archive in
 * `npm run quote`): first every stretch of text one edit away (one character changed, added or
 * dropped: 新质生产率 → 新质生产力, 苦尽干来 → 苦尽甘来), else the stretch of the same length
 * with the term's first and last character sharing at least half of its character pairs (bigrams). Compared on keys, so punctuation in the text
 * neither blocks nor joins a suggestion.
 */
import type { KeyedText } from './match.ts';

/** A phrase to suggest: its key, how many times it occurs, and one place where it does (to show it in the reader's script). */
export interface Suggestion {
  key: string;
  /** 1 for one edit away, 2 for a bigram match. */
  distance: 1 | 2;
  count: number;
  /** Index of the passage (in the list given) and the range of the phrase in that passage's text. */
  passage: number;
  range: [number, number];
}

/** Smallest term (in characters) that gets suggestions: one character has too many neighbours to mean anything. */
const minLength = 2;
/** Least share of the term's bigrams a same-length stretch must have to be suggested by overlap. */
const minOverlap = 0.5;

/** Whether two strings (arrays of characters) are at most one edit apart, and not equal. */
export function oneEditApart(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return i < a.length && a.slice(i + 1).join('') === b.slice(i + 1).join('');
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(i).join('') === long.slice(i + 1).join('');
}

/** The share of `term`'s distinct bigrams that `window` contains. */
export function bigramOverlap(term: readonly string[], window: readonly string[]): number {
  const pairs = (chars: readonly string[]) => new Set(chars.slice(1).map((char, i) => chars[i]! + char));
  const mine = pairs(term);
  if (mine.size === 0) return 0;
  const theirs = pairs(window);
  let shared = 0;
  for (const pair of mine) if (theirs.has(pair)) shared++;
  return shared / mine.size;
}

/**
 * Suggestions for a term key from passages (folded and keyed), best first: one edit away before
 * bigram overlap, then the most frequent, at most `limit`.
 * @example suggestTerm('新质生产率', [keyed('发展新质生产力')]) // [{ key: '新质生产力', distance: 1, … }]
 */
export function suggestTerm(term: string, passages: readonly KeyedText[], limit = 3): Suggestion[] {
  const chars = Array.from(term);
  if (chars.length < minLength) return [];
  const termChars = new Set(chars);
  const found = new Map<string, Suggestion>();
  const add = (key: string, distance: 1 | 2, passage: number, range: [number, number]): void => {
    const known = found.get(key);
    if (known) known.count++;
    else found.set(key, { key, distance, count: 1, passage, range });
  };
  passages.forEach((passage, index) => {
    const text = Array.from(passage.key.key);
    // A stretch sharing half of the term's bigrams shares at least half of its characters: skip passages that cannot.
    let shared = 0;
    for (const char of termChars) if (passage.key.key.includes(char)) shared++;
    if (shared < Math.ceil(termChars.size / 2)) return;
    // Offsets of every character of the key in UTF-16 units of the key (astral characters are two).
    const unit: number[] = [];
    let u = 0;
    for (const char of text) {
      unit.push(u);
      u += char.length;
    }
    unit.push(u);
    const rangeOf = (start: number, length: number): [number, number] => [passage.key.at[unit[start]!]!, passage.key.at[unit[start + length]! - 1]! + 1];
    for (let start = 0; start < text.length; start++) {
      for (const length of [chars.length, chars.length - 1, chars.length + 1]) {
        if (length < minLength || start + length > text.length) continue;
        const window = text.slice(start, start + length);
        // A stretch must start or end like the term, else every shift of a match is one edit away too.
        if (window[0] !== chars[0] && window[length - 1] !== chars[chars.length - 1] && length !== chars.length) continue;
        if (oneEditApart(chars, window)) add(window.join(''), 1, index, rangeOf(start, length));
        // Bigram overlap only for a stretch that begins and ends like the term: a shifted window shares bigrams too.
        else if (length === chars.length && chars.length >= 3 && window[0] === chars[0] && window[length - 1] === chars[length - 1] && bigramOverlap(chars, window) >= minOverlap) add(window.join(''), 2, index, rangeOf(start, length));
      }
    }
  });
  // A stretch inside another suggestion (新质生产 inside 新质生产力) adds nothing.
  // Bigram matches only when nothing is one edit away.
  const near = [...found.values()].filter((s) => s.distance === 1);
  const all = near.length > 0 ? near : [...found.values()];
  const kept = all.filter((s) => !all.some((other) => other !== s && other.key.includes(s.key)));
  return kept.sort((a, b) => a.distance - b.distance || b.count - a.count || (a.key < b.key ? -1 : 1)).slice(0, limit);
}
