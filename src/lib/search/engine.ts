/**
 * The one search both front ends run (the search page over Pagefind's candidates, `npm run quote`
 * over every article): which passages match a query, how they rank, and what to suggest when a
 * term matches nothing. Pure: documents in, hits out.
 *
 * A passage matches a term when its folded text contains the term's key (punctuation and spacing
 * ignored, `text-key.ts`), when the term names a person (`people.ts`) who speaks the passage, or
 * when the term is in the outlet of the journalist who asks it (`凤凰卫视` finds 凤凰卫视记者's questions).
 * Ranking: the named person's own words first, then passages with every term, then the words as
 * one phrase before scattered words, then headline and answers before other passages, then the newest.
 */
import type { Fold } from './fold.ts';
import { hasWholeQuery, keyed, termsIn, type KeyedText } from './match.ts';
import type { PeopleMatch, PersonEntry } from './people.ts';
import type { SearchQuery } from './query.ts';
import { foldedBiText, type StoredArticle, type StoredPassage } from './record.ts';
import { suggestTerm, type Suggestion } from './suggest.ts';
import { findKey } from './text-key.ts';

/** Filters a reader chose; every key is optional. */
export interface SearchFilters {
  speaker?: string;
  /** Questioner's outlet, folded (the `asker` filter of the index). */
  asker?: string;
  outlet?: string;
  region?: string;
  year?: string;
  kind?: string;
}

/** Result order. */
export type SearchSort = 'relevance' | 'newest' | 'oldest';

/** Everything that decides matching and ranking besides the documents. */
export interface SearchContext {
  query: SearchQuery;
  people: PeopleMatch;
  filters: SearchFilters;
  sort: SearchSort;
  fold: Fold;
}

/** An article with the folded text of each passage (line `i` is passage `i`, the headline first). */
export interface CheckedDoc {
  article: StoredArticle;
  lines: KeyedText[];
}

/** One passage found. */
export interface PassageHit {
  article: StoredArticle;
  /** Index of the passage in `article.passages`. */
  index: number;
  passage: StoredPassage;
  /** Indexes into `query.terms` of the terms the passage does not contain (empty for a full match). */
  missing: number[];
  /** Whether the query's words stand together in the passage's text, in the order typed. */
  exact: boolean;
  /** Whether a person the query names speaks this passage. */
  byNamed: boolean;
}

/** Wraps folded lines into a checkable document. */
export function checkedDoc(article: StoredArticle, lines: readonly string[]): CheckedDoc {
  return { article, lines: article.passages.map((_, i) => keyed(lines[i] ?? '')) };
}

const speaks = (passage: StoredPassage, person: PersonEntry | undefined): boolean => !!person && passage.s === person.id && passage.r !== 'q';

/** Passages of a document that pass the filters and contain at least one term. */
export function checkDoc(doc: CheckedDoc, context: SearchContext): PassageHit[] {
  const { query, people, filters, fold } = context;
  const hits: PassageHit[] = [];
  const askers = (doc.article.askers ?? []).map((asker) => keyed(foldedBiText(asker, fold)));
  doc.article.passages.forEach((passage, index) => {
    if (filters.speaker && passage.s !== filters.speaker) return;
    const asker = passage.o !== undefined ? askers[passage.o] : undefined;
    if (filters.asker && (!asker || asker.text !== filters.asker)) return;
    const line = doc.lines[index]!;
    const { missing: inText } = termsIn(line, query);
    const missing = inText.filter((term) => {
      if (speaks(passage, people.named.get(term))) return false;
      return !(asker && findKey(asker.text, asker.key, query.keys[term]!).length > 0);
    });
    if (missing.length === query.keys.length) return;
    const byNamed = [...people.named.values()].some((person) => speaks(passage, person));
    hits.push({ article: doc.article, index, passage, missing, exact: inText.length === 0 && hasWholeQuery(line, query), byNamed });
  });
  return hits;
}

/** Weight of where a passage stands: the headline and answers before statements, questions and the body. */
function placeWeight(passage: StoredPassage): number {
  if (passage.a === '') return 3;
  if (passage.r === 'a') return 2;
  if (passage.r === 's' || passage.r === 'h') return 1;
  return 0;
}

/** Orders two hits (negative: `a` first), see the module comment. A date sort puts the date right after completeness. */
export function compareHits(a: PassageHit, b: PassageHit, sort: SearchSort = 'relevance'): number {
  const byDate = a.article.date < b.article.date ? 1 : a.article.date > b.article.date ? -1 : 0;
  const keys: number[] = [Number(b.byNamed) - Number(a.byNamed), a.missing.length - b.missing.length];
  if (sort !== 'relevance') keys.push(sort === 'newest' ? byDate : -byDate);
  keys.push(Number(b.exact) - Number(a.exact), placeWeight(b.passage) - placeWeight(a.passage), byDate);
  return keys.find((k) => k !== 0) ?? (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : a.index - b.index);
}

/** Sorts hits best first. */
export function rankHits(hits: readonly PassageHit[], sort: SearchSort = 'relevance'): PassageHit[] {
  return [...hits].sort((a, b) => compareHits(a, b, sort));
}

/** Indexes of the terms that no hit contains. */
export function unmatchedTerms(hits: readonly PassageHit[], query: SearchQuery): number[] {
  return query.keys.map((_, i) => i).filter((i) => hits.every((hit) => hit.missing.includes(i)));
}

/** A suggestion for one term, with where it was seen: document and passage index. */
export interface TermSuggestion extends Omit<Suggestion, 'passage'> {
  term: number;
  doc: number;
  passage: number;
}

/** Suggestions for the given terms from the passages of the documents, best first per term. */
export function suggestFor(terms: readonly number[], docs: readonly CheckedDoc[], query: SearchQuery, limit = 3): TermSuggestion[] {
  const flat = docs.flatMap((doc, d) => doc.lines.map((line, p) => ({ line, d, p })));
  return terms.flatMap((term) =>
    suggestTerm(query.keys[term]!, flat.map((f) => f.line), limit).map(({ passage, ...rest }) => ({ ...rest, term, doc: flat[passage]!.d, passage: flat[passage]!.p })),
  );
}
