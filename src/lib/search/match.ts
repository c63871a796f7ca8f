/**
 * Checks passages against a query and cuts excerpts. Pagefind finds candidate articles from its word
 * index; these functions decide, on the passage's own folded text, whether it really contains every
 * term, and where, so that no result is shown as a match for words it does not contain.
 */
import type { SearchQuery } from './query.ts';

/** A half-open range `[start, end)` of UTF-16 offsets. */
export type Range = readonly [number, number];

/** One piece of an excerpt: text, marked when it is part of a match. */
export interface ExcerptPiece {
  text: string;
  mark: boolean;
}

const escapeChar = (char: string): string => char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/**
 * A pattern for a folded term: its characters in order, spaces in the text between them allowed
 * (`AI技术` matches `AI 技术`), a space in the term required (`new york` does not match `newyork`).
 */
export function termPattern(folded: string): RegExp {
  const parts = Array.from(folded).map((char) => (/\s/.test(char) ? '\\s+' : escapeChar(char)));
  return new RegExp(parts.join('\\s*'), 'gu');
}

/** Which terms of the query a passage's folded text contains, by index into `query.folded`. */
export function termsIn(foldedText: string, query: SearchQuery): { found: number[]; missing: number[] } {
  const found: number[] = [];
  const missing: number[] = [];
  query.folded.forEach((term, index) => {
    const pattern = termPattern(term);
    (pattern.test(foldedText) ? found : missing).push(index);
  });
  return { found, missing };
}

/** Where the query's terms occur in a folded text, sorted and merged. */
export function matchRanges(foldedText: string, query: SearchQuery): Range[] {
  const ranges: [number, number][] = [];
  for (const term of query.folded) {
    for (const match of foldedText.matchAll(termPattern(term))) {
      if (match[0].length > 0) ranges.push([match.index, match.index + match[0].length]);
    }
  }
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
