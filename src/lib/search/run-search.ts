/**
 * Runs a search over the Pagefind index with a bounded cost, and returns passages honestly: a
 * result is a passage that contains every term (`engine.ts`), and what was not checked is counted.
 *
 * Steps: every term goes to Pagefind on its own (`pagefindQuery()`), which returns the articles
 * with the term's words anywhere (Pagefind splits `新质生产力` into 新|质|生产|力); a term naming a
 * person finds the articles where that person speaks (their names are indexed with each article).
 * The articles found for every term are the candidates. Each term also goes to Pagefind as a quoted
 * phrase, which needs no further index chunk and says where its words stand in a row (the indexed
 * text has no punctuation, `record.ts`: `上下五千年甘肃不一般` is in a row in `上下五千年，甘肃不一般`).
 * Word positions come before any fragment loads, so candidates are ordered: every term in a row
 * first, then the whole terms (a term's words as densely packed as anywhere in the results)
 * nearest each other, likeliest in one passage. A candidate without a term in a row holds it only
 * where Pagefind segments the text differently from the query, so at most `fragmentBudget.unphrased`
 * of those join the first batch. At most `fragmentBudget.first` candidates are then loaded, `step` at
 * a time until a screenful is found, and checked passage by passage; the best passages across them
 * are shown, and `more()` checks the next batch in the same order. With no full match, a term found
 * nowhere is searched again with one character left out, so that near misses (新质生产率, 东数西箅)
 * can be suggested from what the archive does contain; that costs at most `fragmentBudget.relaxed`
 * more fragments.
 * A sharded index (`sharded-pagefind.ts`) is searched newest shard first: when every candidate of
 * the shards searched so far is checked and the screen is not full, the next older shard is merged
 * and its candidates are checked the same way; `more()` goes on into older shards too.
 * The Pagefind API is passed in, so this runs in unit tests with a fake index.
 */
import { checkDoc, checkedDoc, rankHits, suggestFor, unmatchedTerms, type CheckedDoc, type PassageHit, type SearchContext, type SearchFilters, type SearchSort, type TermSuggestion } from './engine.ts';
import { pagefindQuery } from './query.ts';
import { contentLines, readStoredArticle } from './record.ts';

export type { PassageHit, SearchFilters, SearchSort } from './engine.ts';

/** One result of Pagefind's `search()`: `words` are the positions of the matched words, known before the fragment loads. */
export interface PagefindResultLike {
  id: string;
  words?: number[];
  data(): Promise<{ filters?: Record<string, string[]>; content: string }>;
}

/** The part of Pagefind's JS API this module uses. */
export interface PagefindLike {
  search(term: string | null, options: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResultLike[] } | null>;
  /** A sharded index (`sharded-pagefind.ts`): merges the next older shard into the search; false when none is left. */
  widen?(): Promise<boolean>;
  /** A sharded index: how many older shards are not searched yet. */
  unsearched?(): number;
}

/**
 * Fragments a search loads before it shows what it has: a first batch of candidates (`step` at a
 * time, until `enough` passages fill the first screen when there are more candidates than the batch
 * holds; at most `unphrased` without every term in a row), the same for each `more()`, and for suggestions when a term matches nothing. A fragment is one article's folded
 * text and who speaks in it (a few KB); the texts shown come apart, in chunks (`record.ts`).
 */
export const fragmentBudget = { first: 8, later: 10, relaxed: 8, unphrased: 2, step: 4, enough: 10 } as const;
/** Partial matches listed (each costs its text chunk). */
const partialShown = 10;
/** Leave-one-out variants tried per term for suggestions. */
const maxVariants = 6;

/** What a search found. */
export interface SearchOutcome {
  /** Passages containing every term, best first (among the candidates checked so far). */
  hits: PassageHit[];
  /** When there are no full matches: passages containing some terms, best first. */
  partial: PassageHit[];
  /** Indexes of terms no checked passage contains. */
  unmatched: number[];
  /** Near misses for the unmatched terms, with the document they were seen in. */
  suggestions: (TermSuggestion & { article: CheckedDoc['article'] })[];
  /** Candidate articles (every term's words in them) and how many of them were checked. */
  candidates: number;
  checked: number;
  /** Fragments loaded so far (candidates and suggestion pool). */
  fragments: number;
  /** Whether more candidate articles remain unchecked, or older shards unsearched (call `more`). */
  hasMore: boolean;
  /** Shards of older articles not searched yet (a sharded index, `sharded-pagefind.ts`); 0 for one index. */
  unsearched: number;
  /** Checks the next batch of candidates and returns its full matches, best first. */
  more(): Promise<PassageHit[]>;
}

function pagefindOptions(filters: SearchFilters, sort: SearchSort): Parameters<PagefindLike['search']>[1] {
  const options: Parameters<PagefindLike['search']>[1] = {};
  const chosen = Object.fromEntries(Object.entries(filters).filter(([, v]) => typeof v === 'string' && v !== '')) as Record<string, string>;
  if (Object.keys(chosen).length > 0) options.filters = chosen;
  if (sort !== 'relevance') options.sort = { date: sort === 'newest' ? 'desc' : 'asc' };
  return options;
}

/** How tightly a result's matched words cluster: the most positions within a window of `width` words. */
export function clusterSize(words: readonly number[] | undefined, width: number): number {
  const sorted = [...(words ?? [])].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j]! - sorted[i]! >= width) i++;
    best = Math.max(best, j - i + 1);
  }
  return best;
}

/**
 * Where `count` of the positions stand within `width` words: the first position of every such
 * cluster (a term's whole occurrences, when `count` is how many words it has in the index).
 * @example denseStarts([3, 4, 5, 20], 5, 3) // [3]
 */
export function denseStarts(words: readonly number[], width: number, count: number): number[] {
  const sorted = [...words].sort((a, b) => a - b);
  const out: number[] = [];
  for (let i = 0, j = 0; i < sorted.length; i++) {
    j = Math.max(j, i);
    while (j < sorted.length && sorted[j]! - sorted[i]! < width) j++;
    if (j - i >= count) out.push(sorted[i]!);
  }
  return out;
}

/**
 * The smallest stretch of words holding a position of every term, in words: terms that stand close
 * together (one passage is a few dozen words) are likelier to be in one passage than terms far apart.
 * Infinity when a term has no position.
 */
export function spanOfAll(positions: readonly (readonly number[])[]): number {
  if (positions.some((p) => p.length === 0)) return Infinity;
  const all = positions.flatMap((list, term) => list.map((at) => ({ at, term }))).sort((a, b) => a.at - b.at);
  const count = new Map<number, number>();
  let best = Infinity;
  for (let i = 0, j = 0; j < all.length; j++) {
    count.set(all[j]!.term, (count.get(all[j]!.term) ?? 0) + 1);
    while (count.size === positions.length) {
      best = Math.min(best, all[j]!.at - all[i]!.at);
      const term = all[i]!.term;
      const left = count.get(term)! - 1;
      if (left === 0) count.delete(term);
      else count.set(term, left);
      i++;
    }
  }
  return best;
}

/** The term with one character left out, each way (for a term of up to `maxVariants` + 1 characters, all of them). */
export function leaveOneOut(key: string): string[] {
  const chars = Array.from(key);
  if (chars.length < 3) return [];
  const drops = chars.length <= maxVariants ? chars.map((_, i) => i) : [0, chars.length - 1, Math.floor(chars.length / 2)];
  return [...new Set(drops.map((i) => [...chars.slice(0, i), ...chars.slice(i + 1)].join('')))];
}

/** The candidates of one planning pass: checking order, how many form the first batch, how many have every term. */
interface CandidatePlan {
  perTerm: PagefindResultLike[][];
  /** Ids of the candidates with every term in a row. */
  phrased: Set<string>;
  candidates: PagefindResultLike[];
  firstSize: number;
  all: number;
}

/** Asks Pagefind for every term (and every term as a phrase) and orders the articles with every term; `skip` are ids already checked. */
async function planCandidates(pagefind: PagefindLike, context: SearchContext, options: Parameters<PagefindLike['search']>[1], skip: ReadonlySet<string> = new Set()): Promise<CandidatePlan> {
  const { query, sort, people } = context;
  // A person's name is in the content of every article where they speak (`record.ts`): one text search finds them.
  const perTerm = await Promise.all(query.folded.map(async (folded) => (await pagefind.search(pagefindQuery(folded), options))?.results ?? []));
  // The same terms as phrases: Pagefind matches them on the word positions of the chunks the first search loaded.
  const inRow = await Promise.all(query.folded.map(async (folded, term) => (people.named.has(term) ? undefined : ((await pagefind.search(`"${pagefindQuery(folded)}"`, options))?.results ?? []))));
  const sets = perTerm.map((results) => new Set(results.map((r) => r.id)));
  const closeness = new Map<string, number>();
  const positions = new Map<string, number[][]>();
  perTerm.forEach((results, term) => {
    for (const r of results) {
      closeness.set(r.id, (closeness.get(r.id) ?? 0) + clusterSize(r.words, Array.from(query.keys[term]!).length));
      const list = positions.get(r.id) ?? query.keys.map(() => []);
      list[term] = r.words ?? [];
      positions.set(r.id, list);
    }
  });
  const first = perTerm[0] ?? [];
  const all = first.filter((result) => !skip.has(result.id) && sets.every((set) => set.has(result.id)));
  const inRowSets = inRow.map((results) => (results === undefined ? undefined : new Set(results.map((r) => r.id))));
  const phrased = (id: string): boolean => inRowSets.every((set) => set === undefined || set.has(id));
  // Where each term occurs whole: its words as densely packed as they are anywhere in the results
  // (a term of three words in a row, not one of them alone: 发展 is not 高质量发展).
  const densest = perTerm.map((results, term) => results.reduce((most, r) => Math.max(most, clusterSize(r.words, Array.from(query.keys[term]!).length)), 0));
  const occurrences = (id: string): number[][] => (positions.get(id) ?? []).map((words, term) => denseStarts(words, Array.from(query.keys[term]!).length, densest[term]!));
  // The span that orders candidates leaves out terms naming a person: their names stand in the record's last line.
  const spanned = (lists: readonly number[][]): number => {
    const own = lists.filter((_, term) => !people.named.has(term));
    return own.length > 1 ? spanOfAll(own) : 0;
  };
  // Relevance: candidates with every term in a row first, each group with the whole terms nearest each
  // other first (likeliest in one passage), then each term's words closest together (a stable sort keeps
  // Pagefind's order among equals); a date sort keeps Pagefind's date order.
  const ordered = [...all];
  if (sort === 'relevance') {
    const rank = new Map(all.map((c) => [c.id, spanned(occurrences(c.id))]));
    ordered.sort((a, b) => Number(!phrased(a.id)) - Number(!phrased(b.id)) || rank.get(a.id)! - rank.get(b.id)! || (closeness.get(b.id) ?? 0) - (closeness.get(a.id) ?? 0));
  }
  // The first batch takes candidates in that order, but at most `unphrased` without every term in a row; the rest follow in order.
  const firstBatch = new Set<PagefindResultLike>();
  let unphrased = 0;
  for (const candidate of ordered) {
    if (firstBatch.size >= fragmentBudget.first) break;
    if (!phrased(candidate.id)) {
      if (unphrased >= fragmentBudget.unphrased) continue;
      unphrased++;
    }
    firstBatch.add(candidate);
  }
  const candidates = [...firstBatch, ...ordered.filter((c) => !firstBatch.has(c))];
  const firstSize = firstBatch.size;

  return { perTerm, phrased: new Set(all.filter((c) => phrased(c.id)).map((c) => c.id)), candidates, firstSize, all: all.length };
}

/** Searches; see the module comment for the steps. */
export async function runSearch(pagefind: PagefindLike, context: SearchContext): Promise<SearchOutcome> {
  const { query, filters, sort } = context;
  const options = pagefindOptions(filters, sort);
  // The candidates of the shards searched so far, in the order they are checked (see `planCandidates`).
  let plan = await planCandidates(pagefind, context, options);
  let candidates = plan.candidates;
  let firstSize = plan.firstSize;
  let stopEarly = plan.all > fragmentBudget.first;

  const loaded = new Map<string, Promise<CheckedDoc>>();
  const load = (result: PagefindResultLike): Promise<CheckedDoc> => {
    let doc = loaded.get(result.id);
    if (!doc) {
      doc = result.data().then((data) => checkedDoc(readStoredArticle(data.filters), contentLines(data.content)));
      loaded.set(result.id, doc);
    }
    return doc;
  };

  let next = 0;
  const checkBatch = async (size: number): Promise<PassageHit[]> => {
    const batch = candidates.slice(next, next + size);
    next += batch.length;
    const docs = await Promise.all(batch.map(load));
    return rankHits(docs.flatMap((doc) => checkDoc(doc, context).filter((hit) => hit.missing.length === 0)), sort);
  };
  // A sharded index: the next older shard joins the search; its new candidates follow the ones checked.
  const widen = async (): Promise<boolean> => {
    if (!(await pagefind.widen?.())) return false;
    const checked = new Set(candidates.slice(0, next).map((c) => c.id));
    plan = await planCandidates(pagefind, context, options, checked);
    candidates = [...candidates.slice(0, next), ...plan.candidates];
    firstSize = next + plan.firstSize;
    stopEarly = plan.all > fragmentBudget.first;
    return true;
  };
  // The first batch loads `step` fragments at a time and stops once it has a screenful (`enough` passages),
  // unless it holds every candidate: then all are checked and the ranking is complete (as `npm run quote`'s).
  // When the screen is not full and no unchecked candidate has every term in a row (the rest hold them
  // only where Pagefind segments the text differently), older shards are searched, one at a time.
  const phrasedLeft = (): boolean => candidates.slice(next).some((c) => plan.phrased.has(c.id));
  let hits: PassageHit[] = [];
  do {
    while (next < firstSize && (!stopEarly || hits.length < fragmentBudget.enough)) hits = rankHits([...hits, ...(await checkBatch(Math.min(fragmentBudget.step, firstSize - next)))], sort);
  } while (hits.length < fragmentBudget.enough && !phrasedLeft() && (await widen()));
  const { perTerm } = plan;

  let partial: PassageHit[] = [];
  let unmatched: number[] = [];
  let suggestions: SearchOutcome['suggestions'] = [];
  if (hits.length === 0) {
    // No passage has everything among the checked candidates: look at articles with some of the terms
    // (the best of each term in turn), and for a term found nowhere, at articles with all but one of its characters.
    const pool: PagefindResultLike[] = [];
    const seen = new Set(loaded.keys());
    const take = (results: readonly PagefindResultLike[], count: number): void => {
      for (const result of results) {
        if (pool.length >= fragmentBudget.relaxed || count <= 0) return;
        if (seen.has(result.id)) continue;
        seen.add(result.id);
        pool.push(result);
        count--;
      }
    };
    const share = Math.max(1, Math.floor(fragmentBudget.relaxed / Math.max(1, query.keys.length)));
    if (candidates.length === 0) perTerm.forEach((results) => take(results, share));
    const empty = perTerm.flatMap((results, term) => (results.length === 0 ? [term] : []));
    for (const term of empty) {
      const variants = leaveOneOut(query.keys[term]!);
      const found = await Promise.all(variants.map(async (variant) => (await pagefind.search(pagefindQuery(variant), options))?.results ?? []));
      // Interleave the variants' best results, so that each variant gets looked at.
      const interleaved = found.flatMap((results, v) => results.map((result, rank) => ({ result, order: rank * variants.length + v }))).sort((a, b) => a.order - b.order).map((x) => x.result);
      take(interleaved, share);
    }
    const docs = await Promise.all(pool.map(load));
    const checkedHere = docs.flatMap((doc) => checkDoc(doc, context));
    // Pagefind's segmentation of a query can differ from the text's: a full match found here is a match.
    hits = rankHits(checkedHere.filter((hit) => hit.missing.length === 0), sort);
    if (hits.length === 0) {
      const all = await Promise.all(loaded.values());
      const every = [...all.flatMap((doc) => (docs.includes(doc) ? [] : checkDoc(doc, context))), ...checkedHere];
      const nowhere = unmatchedTerms(every, query);
      // Named as missing only when that is known: Pagefind found the term nowhere, or every candidate was checked.
      unmatched = nowhere.filter((term) => empty.includes(term) || next >= candidates.length);
      partial = query.kind === 'phrase' ? [] : rankHits(every, sort).slice(0, partialShown);
      suggestions = suggestFor(nowhere, all, query).map((s) => ({ ...s, article: all[s.doc]!.article }));
    }
  }
  return {
    hits,
    partial,
    unmatched,
    suggestions,
    candidates: candidates.length,
    get checked() {
      return next;
    },
    get fragments() {
      return loaded.size;
    },
    get hasMore() {
      return next < candidates.length || (pagefind.unsearched?.() ?? 0) > 0;
    },
    get unsearched() {
      return pagefind.unsearched?.() ?? 0;
    },
    async more() {
      // A batch that leaves no candidate unchecked and finds nothing goes on into the next older shard.
      let found: PassageHit[] = [];
      do {
        while (next >= candidates.length && (await widen()));
        found = await checkBatch(fragmentBudget.later);
      } while (found.length === 0 && next >= candidates.length && (pagefind.unsearched?.() ?? 0) > 0);
      return found;
    },
  };
}
