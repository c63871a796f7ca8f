/**
 * Types shared by the normalizer's stages: a raw text becomes source blocks, blocks become units
 * with a layout role, units become body items (paragraphs, figures, headings, gaps) of one article.
 * Every item remembers the source lines it came from, so the report can cite them.
 */

/** A source paragraph: consecutive non-blank lines (joined only by Markdown hard breaks), 1-based first line. */
export interface SourceBlock {
  line: number;
  lines: string[];
}

/** What a block is on the page, as the layout data or the inference says. */
export type UnitRole = 'body' | 'kicker' | 'title' | 'subtitle' | 'standfirst' | 'byline' | 'heading' | 'caption' | 'participants';

/** A source block placed in one article with its role. */
export interface Unit extends SourceBlock {
  role: UnitRole;
}

/** A body paragraph, possibly the start of a Q&A turn (`label`), built from one or more source lines. */
export interface ParagraphItem {
  kind: 'paragraph';
  lines: number[];
  text: string;
  /** Turn label as printed, without its colon, e.g. `经济日报记者`, `任振鹤`. */
  label?: string;
}

/** A figure: caption lines and an optional credit (`黄培军摄`). */
export interface FigureItem {
  kind: 'figure';
  lines: number[];
  caption: string[];
  credit?: string;
}

/** A section heading inside the article. */
export interface HeadingItem {
  kind: 'heading';
  lines: number[];
  text: string;
}

/** An editorial note for text missing from the source, on its own line. */
export interface GapItem {
  kind: 'gap';
  lines: number[];
  note: string;
}

/** Anything in an article's body. */
export type BodyItem = ParagraphItem | FigureItem | HeadingItem | GapItem;

/** Text a stage took out of the body under a named rule (moved to frontmatter, merged, repaired). */
export interface Removal {
  rule: string;
  line: number;
  text: string;
}

/** One decision a stage made, for the report. */
export interface Decision {
  stage: string;
  line: number;
  action: string;
  detail: string;
}
