/**
 * The one frontmatter splitter: an article's text (line breaks already `\n`, see decode-bytes) into
 * its YAML frontmatter and its Markdown body, keeping line numbers:
 * the frontmatter is the lines between a first line `---` and the next line `---`.
 */

/** The two parts, with where each starts in the file. */
export interface SplitArticle {
  /** The YAML between the fences. */
  yaml: string;
  /** 1-based file line of the YAML's first line (2 when the file starts with `---`). */
  yamlFirstLine: number;
  /** The Markdown after the closing fence. */
  body: string;
  /** Lines before the body's first line (the closing fence's line number). */
  bodyLineOffset: number;
}

/** Why there is no frontmatter to read. */
export interface SplitProblem {
  line: number;
  problem: string;
  fix: string;
}

const fence = /^---[ \t]*$/;
/** A line YAML frontmatter can hold: blank, comment, `key:`, indented continuation or list item. */
const yamlLike = /^(?:\s*$|\s*#|[A-Za-z_][\w-]*\s*:|\s+\S|-\s)/;

/** Splits the frontmatter from the body, or says where the fences are missing. */
export function splitFrontmatter(text: string): { ok: true; value: SplitArticle } | { ok: false; error: SplitProblem } {
  const lines = text.split('\n');
  if (lines.every((line) => line.trim() === '')) {
    return { ok: false, error: { line: 1, problem: 'The file is empty: it holds only blank lines.', fix: 'Write the article into it (start from `npm run new -- --title … --date …`) or delete the file.' } };
  }
  if (!fence.test(lines[0] ?? '')) {
    return {
      ok: false,
      error: { line: 1, problem: `The file has no frontmatter: its first line must be \`---\`, but it is “${(lines[0] ?? '').slice(0, 40)}”.`, fix: 'Start the file with a `---` line, the frontmatter fields (id, title, date, …), then another `---` line; see “Adding a press release” in README.md.' },
    };
  }
  const close = lines.findIndex((line, index) => index > 0 && fence.test(line));
  if (close === -1) {
    const bodyStart = lines.findIndex((line, index) => index > 0 && !yamlLike.test(line));
    const where = bodyStart === -1 ? 'after the last field' : `before line ${bodyStart + 1} (“${lines[bodyStart]!.slice(0, 20)}…”), where the article text seems to start`;
    return { ok: false, error: { line: 1, problem: 'The frontmatter opened by `---` on line 1 is never closed: no later line is exactly `---`.', fix: `Add a line \`---\` ${where}.` } };
  }
  return {
    ok: true,
    value: { yaml: lines.slice(1, close).join('\n'), yamlFirstLine: 2, body: lines.slice(close + 1).join('\n'), bodyLineOffset: close + 1 },
  };
}
