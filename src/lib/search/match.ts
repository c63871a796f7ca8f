/**
 * Checks passages against a query and cuts excerpts. Pagefind finds candidate articles from its word
 * index; these functions decide, on the passage's own folded text, whether it really contains every
 * term, and where, so that no result is shown as a match for words it does not contain. Terms and
 * texts are compared on their keys (`text-key.ts`): punctuation and spacing do not count, and nothing
 * typed is read as a pattern.
 */
import type { SearchQuery } from './query.ts';
import { findKey, textKey, type TextKey } from './text-key.ts';

/** A half-open range `[start, end)` of UTF-16 offsets. */
export type Range = readonly [number, number];

/** One piece of an excerpt: text, marked when it is part of a match. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

/** A folded text with its key, computed once per passage. */
export interface KeyedText {
  text: string;
  key: TextKey;
}

/** Keys a folded text. */
export function keyed(text: string): KeyedText {
  return { text, key: textKey(text) };
}

/** Which terms of the query a passage's folded text contains, by index into `query.keys`. */
export function termsIn(foldedText: string | KeyedText, query: SearchQuery): { found: number[]; missing: number[] } {
  const passage = typeof foldedText === 'string' ? keyed(foldedText) : foldedText;
  const found: number[] = [];
  const missing: number[] = [];
  query.keys.forEach((term, index) => (findKey(passage.text, passage.key, term).length > 0 ? found : missing).push(index));
  return { found, missing };
}

/** Whether the query's words stand together, in the order typed, in the passage (`天水 麻辣烫` in 天水麻辣烫): an exact phrase ranks above scattered words. */
export function hasWholeQuery(passage: KeyedText, query: SearchQuery): boolean {
  return findKey(passage.text, passage.key, query.keys.join('')).length > 0;
}

/** Where the query's terms occur in a folded text, sorted and merged. */
export function matchRanges(foldedText: string, query: SearchQuery): Range[] {
  const key = textKey(foldedText);
  const ranges = query.keys.flatMap((term) => findKey(foldedText, key, term));
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** Marks that end a sentence in Chinese text. */
const sentenceEnds = new Set(['。', '！', '？', '；']);

/**
 * Cuts an excerpt around the first match (from the start of its sentence when that is near): `radius` characters before it, up to `length` in all,
 * with `…` where text was cut, and the matches marked. Offsets are UTF-16 offsets into `text`.
 */
export function excerpt(text: string, ranges: readonly Range[], length = 120, radius = 30): ExcerptPiece[] {
  const first = ranges[0];
  let start = first ? Math.max(0, first[0] - radius) : 0;
  // Start at a sentence when one begins shortly before the match: “当前，…” reads better than “…初，…”.
  let snapped = false;
  if (first && start > 0) {
    const before = text.slice(Math.max(0, first[0] - radius * 2), first[0]);
    const stop = Math.max(...[...sentenceEnds].map((mark) => before.lastIndexOf(mark)));
    // Else at a clause (after a comma) within the radius: “甘肃创新…” rather than “…年初，甘肃创新…”.
    const clause = before.lastIndexOf('，');
    if (stop >= 0) [start, snapped] = [first[0] - before.length + stop + 1, true];
    else if (clause >= before.length - radius) [start, snapped] = [first[0] - before.length + clause + 1, true];
  }
  const end = Math.min(text.length, start + length);
  // Near the end of the text, show more before the match instead (unless it starts a sentence).
  if (!snapped && end - start < length) start = Math.max(0, end - length);
  const pieces: ExcerptPiece[] = [];
  if (start > 0) pieces.push({ text: '…', mark: false });
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const markFrom = Math.max(from, start);
    const markTo = Math.min(to, end);
    if (markFrom > at) pieces.push({ text: text.slice(at, markFrom), mark: false });
    pieces.push({ text: text.slice(markFrom, markTo), mark: true });
    at = markTo;
  }
  if (end > at) pieces.push({ text: text.slice(at, end), mark: false });
  if (end < text.length) pieces.push({ text: '…', mark: false });
  return pieces;
}
