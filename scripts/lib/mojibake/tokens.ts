/**
 * Splits the text after a damage seed into the tokens the misaligned decoder produced:
 * `?` (lost bytes, maybe followed by an orphan reading), characters (each re-encodes to a GBK
 * pair, maybe annotated by the converter afterwards), and ASCII characters (one byte each).
 */
import { SYLLABLE } from './pinyin.ts';

/** One token of a damaged span; `start`/`end` are offsets in the text. */
export type Token =
  | { kind: 'lost'; start: number; end: number; reading?: string }
  | { kind: 'char'; start: number; end: number; char: string; annotation?: string }
  | { kind: 'ascii'; start: number; end: number; char: string };

const orphanReading = new RegExp(`^(${SYLLABLE})\\)`, 'u');
const annotation = new RegExp(`^\\((${SYLLABLE})\\)`, 'u');

/**
 * Tokens from `start` (a `?`) on, at most `max`, stopping before a line break.
 * A reading directly after `?` is kept in the first token only (the converter annotated the
 * garbage character there); after a later `?` it belongs to the original text that follows.
 */
export function tokenize(text: string, start: number, max: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (tokens.length < max && i < text.length) {
    const c = String.fromCodePoint(text.codePointAt(i) as number);
    if (c === '\n' || c === '\r') break;
    if (c === '?') {
      const m = tokens.length === 0 ? orphanReading.exec(text.slice(i + 1, i + 12)) : null;
      if (m) {
        tokens.push({ kind: 'lost', start: i, end: i + 1 + m[0].length, reading: m[1] as string });
        i += 1 + m[0].length;
      } else {
        tokens.push({ kind: 'lost', start: i, end: i + 1 });
        i += 1;
      }
    } else if (c.charCodeAt(0) < 0x80) {
      tokens.push({ kind: 'ascii', start: i, end: i + 1, char: c });
      i += 1;
    } else {
      const m = annotation.exec(text.slice(i + c.length, i + c.length + 12));
      const end = i + c.length + (m ? m[0].length : 0);
      tokens.push(m ? { kind: 'char', start: i, end, char: c, annotation: m[1] as string } : { kind: 'char', start: i, end, char: c });
      i = end;
    }
  }
  return tokens;
}

/** The orphan reading (`zhēng)`) that starts at `offset`, if any. */
export function orphanReadingAt(text: string, offset: number): string | undefined {
  return orphanReading.exec(text.slice(offset, offset + 12))?.[1];
}
