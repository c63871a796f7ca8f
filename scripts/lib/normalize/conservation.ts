/**
 * Conservation of text: every Han character of a source must reach one of its articles, unless a
 * named rule removed it (a repaired garble, a byline moved to the frontmatter, a merged `記者:`
 * label…). Compares multisets of characters: source − removed ⊆ articles.
 */
import type { SourceResult } from './normalize-source.ts';

/** Counts of each Han character in `text`. */
export function hanCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of text.match(/\p{Script=Han}/gu) ?? []) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

/** What a source lost: characters missing from its articles (should be empty) and what each rule removed. */
export function checkConservation(result: Pick<SourceResult, 'decoded' | 'removals' | 'articles'>): { missing: Map<string, number>; removedByRule: Map<string, number>; sourceHan: number } {
  const expected = hanCounts(result.decoded);
  const sourceHan = [...expected.values()].reduce((a, b) => a + b, 0);
  const removedByRule = new Map<string, number>();
  for (const removal of result.removals) {
    for (const [char, n] of hanCounts(removal.text)) {
      expected.set(char, (expected.get(char) ?? 0) - n);
      removedByRule.set(removal.rule, (removedByRule.get(removal.rule) ?? 0) + n);
    }
  }
  const present = hanCounts(result.articles.map((a) => a.markdown).join('\n'));
  const missing = new Map<string, number>();
  for (const [char, n] of expected) {
    const lost = n - (present.get(char) ?? 0);
    if (lost > 0) missing.set(char, lost);
  }
  return { missing, removedByRule, sourceHan };
}
