/**
 * The normalizer's report: per source, the articles written, repairs by kind, every decision of
 * the structural stages, text removed by each named rule, and warnings.
 */
import { checkConservation } from './conservation.ts';
import type { SourceResult } from './normalize-source.ts';

/** Report lines for one source. */
export function reportSource(result: SourceResult): string[] {
  const lines = [`■ ${result.id}: ${result.encoding}, ${result.script}, ${result.articles.length} article(s)`];
  for (const article of result.articles) lines.push(`  → ${article.id}.md`);
  const repairs = Object.entries(result.repairs).sort(([a], [b]) => a.localeCompare(b));
  lines.push(`  repairs: ${repairs.length ? repairs.map(([rule, n]) => `${rule} ${n}`).join(', ') : 'none'}`);
  const conservation = checkConservation(result);
  const removed = [...conservation.removedByRule].map(([rule, n]) => `${rule} ${n}`).join(', ');
  lines.push(`  conservation: ${conservation.sourceHan} Han characters in the source, all reach an article${removed ? ` except removed by rule: ${removed}` : ''}`);
  for (const removal of result.removals.filter((r) => /\p{Script=Han}/u.test(r.text) && !['pinyin-annotation'].includes(r.rule))) {
    lines.push(`    removed (${removal.rule}, line ${removal.line}): “${removal.text}”`);
  }
  for (const decision of result.decisions) lines.push(`  ${decision.stage} ${decision.action} @${decision.line}: ${decision.detail}`);
  for (const warning of result.warnings) lines.push(`  ⚠ ${warning}`);
  return lines;
}
