/**
 * The body items of one article as the writer (write-article.ts) takes them: paragraphs (possibly
 * the start of a Q&A turn), figures, headings and gap notes. The normalizer's stages build them;
 * every item remembers the source lines it came from, so the report can cite them.
 */

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
