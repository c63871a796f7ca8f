/**
 * Bounded work: how large an article may be, checked on the text before any parser sees it, so
 * that a hostile or broken file (10,000 nested `>`, 4,000 nested `- `, one 50 MB line) fails with a
 * message instead of a stack overflow or minutes of parsing.
 *
 * Source of the figures: the archive's real articles (content/articles/, bench/fixtures/) are at
 * most 40 KB, 1,204 characters on a line, 170 lines and one level of lists; each limit leaves
 * ample room above that. To change a limit, change it here: the validator, the normalizer's
 * output check and the site's content loader all read this table.
 */

/** The limits, per article file. */
export const articleLimits = {
  /** Bytes in the file (1 MiB). */
  maxBytes: 1024 * 1024,
  /** Characters on one line: a paragraph is one line. */
  maxLineChars: 10_000,
  /** Block markers (`>`, `-`, `1.`) and indentation levels at the start of a line. */
  maxDepth: 8,
  /** Blocks (runs of non-blank lines) in the file. */
  maxBlocks: 5_000,
} as const;

/**
 * The largest raw text `npm run import` reads: 4 MiB, over 100 times the largest press release in
 * content/sources/ (36 KB); a larger file is refused before it is read, never loaded into memory.
 */
export const importLimits = { maxBytes: 4 * 2 ** 20 } as const;

/** A limit a text goes over, with where and what to do. */
export interface LimitProblem {
  line: number;
  problem: string;
  fix: string;
}

const grouped = (n: number): string => n.toLocaleString('en-US');

/** How deep the block containers at the start of a line nest: each `>` or list marker, and every two columns of indentation. */
export function lineDepth(line: string): number {
  let depth = 0;
  let i = 0;
  let indent = 0;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) indent += line[i++] === '\t' ? 4 : 1;
  depth += Math.floor(indent / 2);
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') i++;
    if (line[i] === '>') {
      depth++;
      i++;
      continue;
    }
    const marker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/.exec(line.slice(i, i + 12));
    if (!marker) return depth;
    depth++;
    i += marker[0].length;
  }
}

/** The limits `text` goes over (at most one problem per limit, at its first line), checked line by line without parsing. */
export function checkLimits(text: string, limits: typeof articleLimits = articleLimits, firstLine = 1): LimitProblem[] {
  const problems: LimitProblem[] = [];
  let longest: { line: number; chars: number } | undefined;
  let deepest: { line: number; depth: number } | undefined;
  let blocks = 0;
  let inBlock = false;
  let lineNo = firstLine;
  for (let start = 0; start <= text.length; lineNo++) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    const chars = stop - start;
    if (!longest && chars > limits.maxLineChars) longest = { line: lineNo, chars };
    const depth = lineDepth(text.slice(start, stop));
    if (!deepest && depth > limits.maxDepth) deepest = { line: lineNo, depth };
    const blank = text.slice(start, Math.min(stop, start + 256)).trim() === '' && chars < 256;
    if (!blank && !inBlock) blocks++;
    inBlock = !blank;
    if (end === -1) break;
    start = end + 1;
  }
  if (longest) {
    problems.push({ line: longest.line, problem: `Line ${longest.line} is ${grouped(longest.chars)} characters long; a line may be at most ${grouped(limits.maxLineChars)}.`, fix: 'Split the text into paragraphs: a blank line between them (a paragraph is one line); if this is not article text, check that it is the right file.' });
  }
  if (deepest) {
    problems.push({ line: deepest.line, problem: `Line ${deepest.line} nests block markers (\`>\`, \`-\`, \`1.\` or indentation) ${grouped(deepest.depth)} levels deep; at most ${limits.maxDepth} are read, and the archive renders no quotes and no nested lists.`, fix: 'Write the text as paragraphs (or one flat list): remove the `>` and list markers and the indentation at the start of the line.' });
  }
  if (blocks > limits.maxBlocks) {
    problems.push({ line: firstLine, problem: `The file has ${grouped(blocks)} blocks (paragraphs, turns, list items…); an article may have at most ${grouped(limits.maxBlocks)}.`, fix: 'Split it into one file per article, each with its own id (`npm run new` makes one).' });
  }
  return problems;
}
