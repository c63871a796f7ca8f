/**
 * Finds and removes the invisible and control characters of data/invisible-characters.ts (tab
 * and line feed are text). Articles are refused with line and column; raw texts are cleaned by the
 * normalizer, which reports what it removed.
 */
import { invisibleCharacters } from './data/invisible-characters.ts';

/** One invisible character: where (1-based line and column, in characters) and what. */
export interface InvisibleCharacter {
  line: number;
  column: number;
  /** `U+FEFF`. */
  code: string;
  name: string;
  /** Index in the text (UTF-16 code units). */
  index: number;
}

// With the `u` flag the surrogate range matches lone surrogates only: a valid pair (an emoji, a rare Han character) is one code point.
const pattern = new RegExp(`[${invisibleCharacters.map(({ from, to }) => `\\u{${from.toString(16)}}-\\u{${to.toString(16)}}`).join('')}]`, 'gu');

function nameOf(code: number): string {
  return invisibleCharacters.find(({ from, to }) => code >= from && code <= to)?.name ?? 'an invisible character';
}

/** Invisible characters of `text` in order (at most `limit`); `firstLine` is the file line of the text's first line. */
export function findInvisible(text: string, firstLine = 1, limit = Number.POSITIVE_INFINITY): InvisibleCharacter[] {
  const found: InvisibleCharacter[] = [];
  let line = firstLine;
  let lineStart = 0;
  let scanned = 0;
  for (const match of text.matchAll(pattern)) {
    if (found.length >= limit) break;
    const index = match.index;
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = index;
    const code = match[0].codePointAt(0) ?? 0;
    found.push({ line, column: [...text.slice(lineStart, index)].length + 1, code: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`, name: nameOf(code), index });
  }
  return found;
}

/** `text` without its invisible characters, and what was removed. */
export function removeInvisible(text: string): { text: string; removed: InvisibleCharacter[] } {
  const removed = findInvisible(text);
  if (removed.length === 0) return { text, removed };
  let out = '';
  let from = 0;
  for (const { index } of removed) {
    out += text.slice(from, index);
    from = index + 1;
  }
  return { text: out + text.slice(from), removed };
}
