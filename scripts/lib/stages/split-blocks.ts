/**
 * Splits a decoded raw text into source blocks (paragraphs with their line numbers). Blank or
 * whitespace-only lines separate blocks; inside a run of lines, a line ending in two spaces (a
 * Markdown hard break, used by captions and infographic text) continues the same block, any other
 * line ends it — so sources that put one paragraph per line without blank lines work too.
 */
import type { SourceBlock } from './model.ts';

/** Lines of `text` grouped into blocks; line numbers are 1-based. */
export function splitSourceBlocks(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let current: SourceBlock | null = null;
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      current = null;
      return;
    }
    const hardBreak = / {2,}$/.test(line);
    if (current) current.lines.push(line.trim());
    else {
      current = { line: index + 1, lines: [line.trim()] };
      blocks.push(current);
    }
    if (!hardBreak) current = null;
  });
  return blocks;
}
