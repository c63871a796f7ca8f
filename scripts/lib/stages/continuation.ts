/**
 * Finds where a cut sentence continues when the paragraph printed after it is not its continuation
 * (a heading, a new turn, the end of the article): a page laid out in the wrong order prints the end
 * of a sentence elsewhere (003: line 49 `…为两市推动东西部` continues at line 55 `协作勾画了蓝图…`).
 * The whole document is searched; a paragraph continues the cut one when the words across the break
 * (the cut paragraph's last characters + the candidate's first characters) are printed elsewhere in
 * the same document, and no other candidate joins as well. Pure: blocks and text in, a verdict out.
 */
import type { SourceBlock } from './model.ts';

/** Fewest Han characters on each side of the break that a bridge must take. */
const minSide = 2;
/** Most Han characters on each side of the break looked at. */
const maxSide = 6;

/** A paragraph that could continue the cut one: its first source line and its text. */
export interface ContinuationCandidate {
  line: number;
  text: string;
}

/** The outcome of a search: the continuation (with the phrase that proves it), or what was searched. */
export type ContinuationVerdict =
  | { found: true; line: number; bridge: string; occurrences: number; searched: number }
  | { found: false; searched: number; ambiguous: number[] };

const hanOnly = (text: string): string[] => [...text].filter((c) => /\p{Script=Han}/u.test(c));

/** How often `needle` occurs in `haystack` (non-overlapping). */
function occurrences(haystack: string, needle: string): number {
  return needle === '' ? 0 : haystack.split(needle).length - 1;
}

/**
 * The longest phrase across the break between `cut` and `next` that the document prints elsewhere,
 * with its count; `''` when there is none of at least two characters on each side.
 * @example bridgeOf('为两市推动东西部', '协作勾画了蓝图。', '……东西部协作……') // { bridge: '东西部协作', occurrences: 1 }
 */
export function bridgeOf(cut: string, next: string, documentHan: string): { bridge: string; occurrences: number } {
  // The raw lines keep their own punctuation; the break may fall right after a comma of the cut text, so only its Han tail counts.
  const tailChars = hanOnly(cut.slice(-maxSide * 2)).slice(-maxSide);
  const headChars = hanOnly(next.slice(0, maxSide * 2)).slice(0, maxSide);
  if (!/\p{Script=Han}$/u.test(cut.trimEnd()) || !/^\p{Script=Han}/u.test(next.trimStart())) return { bridge: '', occurrences: 0 };
  let best = { bridge: '', occurrences: 0 };
  for (let k = minSide; k <= tailChars.length; k++) {
    for (let m = minSide; m <= headChars.length; m++) {
      const bridge = tailChars.slice(-k).join('') + headChars.slice(0, m).join('');
      const n = occurrences(documentHan, bridge);
      if (n > 0 && [...bridge].length > [...best.bridge].length) best = { bridge, occurrences: n };
    }
  }
  return best;
}

/**
 * Searches every paragraph of the document (except the cut one and those listed in `exclude`) for
 * the continuation of `cut`. Decides only when one candidate has the longest bridge.
 */
export function findContinuation(cut: ContinuationCandidate, blocks: readonly SourceBlock[], documentText: string, exclude: ReadonlySet<number> = new Set()): ContinuationVerdict {
  // Han characters only, line by line: a phrase printed elsewhere counts, the break itself never does.
  const documentHan = documentText
    .split('\n')
    .map((line) => hanOnly(line).join(''))
    .join('\n');
  const candidates = blocks.filter((b) => b.line !== cut.line && !exclude.has(b.line));
  const scored = candidates
    .map((b) => ({ line: b.line, ...bridgeOf(cut.text, b.lines.join(''), documentHan) }))
    .filter((s) => s.bridge !== '')
    .sort((a, b) => [...b.bridge].length - [...a.bridge].length || a.line - b.line);
  const [first, second] = scored;
  if (!first) return { found: false, searched: candidates.length, ambiguous: [] };
  if (second && [...second.bridge].length === [...first.bridge].length) {
    return { found: false, searched: candidates.length, ambiguous: scored.filter((s) => [...s.bridge].length === [...first.bridge].length).map((s) => s.line) };
  }
  return { found: true, line: first.line, bridge: first.bridge, occurrences: first.occurrences, searched: candidates.length };
}
