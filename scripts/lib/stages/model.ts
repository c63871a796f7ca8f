/**
 * Types shared by the normalizer's stages: a raw text becomes source blocks, blocks become units
 * with a layout role, units become body items (src/lib/article/body-items.ts) of one article.
 */

/** A source paragraph: consecutive non-blank lines (joined only by Markdown hard breaks), 1-based first line. */
export interface SourceBlock {
  line: number;
  lines: string[];
}

/** What a block is on the page, as the layout data or the inference says. */
export type UnitRole = 'body' | 'kicker' | 'title' | 'subtitle' | 'standfirst' | 'byline' | 'heading' | 'caption' | 'participants' | 'furniture';

/** A source block placed in one article with its role. */
export interface Unit extends SourceBlock {
  role: UnitRole;
}

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
