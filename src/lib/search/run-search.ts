/**
 * Runs a search over the Pagefind index and returns passages, honestly: a result is a passage whose
 * own text contains every term of the query (or the exact phrase), and a term Pagefind finds nowhere
 * is reported instead of silently dropped.
 *
 * Steps: every folded term is sent to Pagefind on its own (`pagefindQuery()`), which returns the
 * articles containing the term's words anywhere (Pagefind splits `新质生产力` into 新|质|生产|力); the
 * articles found for every term are the candidates, in Pagefind's order; each candidate's stored
 * passages are then checked on their own folded text, so a result contains the term itself, in one
 * passage: not its pieces scattered, and not a phrase running across two passages. With no
 * full match, passages containing some of the terms are returned as partial matches, labelled so.
 * The Pagefind API is passed in, so this runs in unit tests with a fake index.
 */
import type { Fold } from './fold.ts';
import { termsIn } from './match.ts';
import { pagefindQuery, type SearchQuery } from './query.ts';
import { foldedBiText, readStoredArticle, type StoredArticle, type StoredPassage } from './record.ts';

/** The part of Pagefind's JS API this module uses. */
export interface PagefindLike {
  search(term: string, options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<{
    results: { id: string; data(): Promise<{ meta: Record<string, string> }> }[];
  } | null>;
}

/** Filters a reader chose; every key is optional. */
export interface SearchFilters {
  speaker?: string;
  outlet?: string;
  region?: string;
  year?: string;
  kind?: string;
}

/** Result order. */
export type SearchSort = 'relevance' | 'newest' | 'oldest';

/** One passage found. */
export interface PassageHit {
  article: StoredArticle;
  passage: StoredPassage;
  /** Indexes into `query.terms` of the terms the passage does not contain (empty for a full match). */
  missing: number[];
}

/** What a search found. */
export interface SearchOutcome {
  /** Passages containing every term, in order. */
  hits: PassageHit[];
  /** When there are no full matches: passages containing some terms, best first. */
  partial: PassageHit[];
  /** Indexes of terms no passage contains (within the filters). */
  unmatched: number[];
  /** Whether more candidate articles remain unchecked (call `more`). */
  hasMore: boolean;
  /** Checks the next batch of candidates and returns the new full matches. */
  more(): Promise<PassageHit[]>;
}

/**
 * How many candidate articles are checked per batch: every article checked costs its fragment (a few
 * KB), so the first batch is as small as what Pagefind's own UI loads for a first page of results.
 */
const firstBatch = 5;
const laterBatch = 10;
/** Upper bound on candidates checked when looking for partial matches. */
const partialLimit = 10;

function pagefindOptions(filters: SearchFilters, sort: SearchSort): Parameters<PagefindLike['search']>[1] {
  const options: Parameters<PagefindLike['search']>[1] = {};
  const chosen = Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;
  if (Object.keys(chosen).length > 0) options.filters = chosen;
  if (sort !== 'relevance') options.sort = { date: sort === 'newest' ? 'desc' : 'asc' };
  return options;
}

/** Passages of an article that pass the speaker filter, checked against the query. */
export function checkArticle(article: StoredArticle, query: SearchQuery, filters: SearchFilters, fold: Fold): PassageHit[] {
  const hits: PassageHit[] = [];
  for (const passage of article.passages) {
    if (filters.speaker && passage.s !== filters.speaker) continue;
    const { missing } = termsIn(foldedBiText(passage.x, fold), query);
    if (missing.length < query.folded.length) hits.push({ article, passage, missing });
  }
  return hits;
}

/** Searches; see the module comment for the steps. */
export async function runSearch(pagefind: PagefindLike, query: SearchQuery, filters: SearchFilters, sort: SearchSort, fold: Fold): Promise<SearchOutcome> {
  const options = pagefindOptions(filters, sort);
  const perTerm = await Promise.all(query.folded.map(async (term) => (await pagefind.search(pagefindQuery(term), options))?.results ?? []));
  const noHits = perTerm.flatMap((results, index) => (results.length === 0 ? [index] : []));
  const sets = perTerm.map((results) => new Set(results.map((r) => r.id)));
  const first = perTerm[0] ?? [];
  const candidates = first.filter((result) => sets.every((set) => set.has(result.id)));
  const loaded = new Map<string, StoredArticle>();
  const load = async (result: (typeof first)[number]): Promise<StoredArticle> => {
    const known = loaded.get(result.id);
    if (known) return known;
    const article = readStoredArticle((await result.data()).meta);
    loaded.set(result.id, article);
    return article;
  };

  let next = 0;
  const more = async (): Promise<PassageHit[]> => {
    const batch = candidates.slice(next, next + (next === 0 ? firstBatch : laterBatch));
    next += batch.length;
    const articles = await Promise.all(batch.map(load));
    return articles.flatMap((article) => checkArticle(article, query, filters, fold).filter((hit) => hit.missing.length === 0));
  };

  const hits: PassageHit[] = [];
  // Keep checking until something is found or the candidates run out: a batch can hold only
  // articles where Pagefind matched words across passage boundaries.
  while (hits.length === 0 && next < candidates.length) hits.push(...(await more()));

  let partial: PassageHit[] = [];
  let unmatched = noHits;
  if (hits.length === 0) {
    // No passage has everything: look at passages with some of the terms, most terms first.
    // Take the best articles of every term in turn, so that each term gets looked at.
    const seen = new Set<string>();
    const pool: (typeof first)[number][] = [];
    const perTermLimit = Math.max(1, Math.floor(partialLimit / Math.max(1, perTerm.length)));
    for (const results of perTerm) {
      for (const result of results.slice(0, perTermLimit)) {
        if (seen.has(result.id)) continue;
        seen.add(result.id);
        pool.push(result);
      }
    }
    const articles = await Promise.all(pool.map(load));
    partial = articles.flatMap((article) => checkArticle(article, query, filters, fold)).sort((a, b) => a.missing.length - b.missing.length);
    const foundSomewhere = new Set(partial.flatMap((hit) => query.folded.map((_, i) => i).filter((i) => !hit.missing.includes(i))));
    unmatched = query.folded.map((_, i) => i).filter((i) => !foundSomewhere.has(i));
    if (query.kind === 'phrase') partial = [];
  }
  const outcome: SearchOutcome = {
    hits,
    partial,
    unmatched,
    get hasMore() {
      return next < candidates.length;
    },
    more,
  };
  return outcome;
}
