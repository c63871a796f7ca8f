/**
 * Repairs leftover Simplified forms in a Traditional source (rule `traditional-leftover`): the
 * source's own converter left characters unconverted (制氫, 示范縣, 旅游, 干部), and the page of the
 * original should not show them. A character is replaced only where `findTraditionalLeftovers()`
 * says so: it is its own Simplified form, the site's converter (phrases as whole words, archive
 * overrides) writes another form for its word, and the pair is not an accepted variant, so a Hong
 * Kong original keeps 着, 台, 周, 扎 as published. Directives (`:gap[…]`) and URLs are left alone.
 * @example repairTraditionalLeftovers('縣級干部', trace).text // '縣級幹部'
 */
import { findTraditionalLeftovers, type TracingConverter } from '../../../src/lib/convert.ts';
import { describeRule } from '../conversion/describe-rule.ts';

/** One repaired character, for the report and the conservation check. */
export interface LeftoverRepair {
  /** Code point index in the line. */
  at: number;
  before: string;
  after: string;
  /** The dictionary entry or override that decided, e.g. `OpenCC STPhrases 干部→幹部`. */
  why: string;
}

/** Spans never read as text: URLs and Markdown directives. */
const untouchable = /(?:https?|ftp):\/\/\S+|www\.\S+|:{1,3}[a-z][a-z-]*\[[^\]]*\](?:\{[^}]*\})?/gu;

/** `text` with its leftover Simplified forms repaired, and each repair. */
export function repairTraditionalLeftovers(text: string, trace: TracingConverter): { text: string; repairs: LeftoverRepair[] } {
  const chars = [...text];
  const repairs: LeftoverRepair[] = [];
  // Text between untouchable spans, each checked as its own text.
  const spans: [number, number][] = [];
  let at = 0;
  for (const match of text.matchAll(untouchable)) {
    const start = [...text.slice(0, match.index)].length;
    spans.push([at, start]);
    at = start + [...match[0]].length;
  }
  spans.push([at, chars.length]);
  for (const [start, end] of spans) {
    for (const leftover of findTraditionalLeftovers(trace, chars.slice(start, end).join(''))) {
      const i = start + leftover.at;
      chars[i] = leftover.after;
      repairs.push({ at: i, before: leftover.before, after: leftover.after, why: describeRule(leftover.step) });
    }
  }
  return { text: chars.join(''), repairs };
}
