/** The query a suggestion runs: the reader's query with one term replaced, quoted again when it was a phrase. */
import type { SearchQuery } from './query.ts';

/**
 * Replaces term `term` of a query with `text`.
 * @example suggestedQuery(parseQuery('新质生产率 甘肃', fold), 0, '新质生产力') // '新质生产力 甘肃'
 */
export function suggestedQuery(query: SearchQuery, term: number, text: string): string {
  if (query.kind === 'phrase') return `“${text}”`;
  return query.terms.map((t, i) => (i === term ? text : t)).join(' ');
}
