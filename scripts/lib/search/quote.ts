/**
 * Finds quotes for `npm run quote`: the search page's engine (`src/lib/search/engine.ts`: parsing,
 * folding, matching, people, ranking and suggestions) over every document of the quote index
 * (`quote-index.ts`) instead of Pagefind's candidates, so it works offline and agrees with the page.
 */
import { localeOfScript, type Script } from '../../../src/i18n/locales.ts';
import { checkDoc, checkedDoc, rankHits, suggestFor, unmatchedTerms, type PassageHit, type SearchFilters, type SearchSort } from '../../../src/lib/search/engine.ts';
import type { Fold } from '../../../src/lib/search/fold.ts';
import { matchRanges, type Range } from '../../../src/lib/search/match.ts';
import { matchPeople, type PersonEntry } from '../../../src/lib/search/people.ts';
import type { SearchQuery } from '../../../src/lib/search/query.ts';
import { foldedBiText, fromBiText, type SearchDoc, type StoredPassage } from '../../../src/lib/search/record.ts';
import { suggestedQuery } from '../../../src/lib/search/suggested-query.ts';
import { speakerLine } from '../../../src/lib/search/speaker-line.ts';
import { useTranslations } from '../../../src/i18n/ui.ts';
import { findKey, textKey } from '../../../src/lib/search/text-key.ts';
import { articleUrl, siteUrl, speakerUrl } from '../../../src/lib/urls.ts';

/** One quote found. */
export interface QuoteMatch {
  /** Who speaks, e.g. `任振鹤回答`, `经济日报记者提问`, `标题`; empty outside Q&A. */
  who: string;
  date: string;
  /** Event of a press conference, else the headline. */
  title: string;
  outlet: string;
  /** The passage in the output script, and where the query's terms are in it. */
  text: string;
  marks: Range[];
  /** Site path of the passage, e.g. `/zh-hans/articles/{id}/#t5`. */
  path: string;
}

/** A speaker the query names, as the card shows them. */
export interface QuotePerson {
  id: string;
  name: string;
  positions: string[];
  answers: number;
  path: string;
}

/** Everything a quote search found. */
export interface QuoteOutcome {
  people: QuotePerson[];
  matches: QuoteMatch[];
  /** Terms found in no passage, as typed. */
  unmatched: string[];
  /** Queries to try instead, in the output script. */
  suggestions: string[];
}

/**
 * The script a query is typed in: Traditional when folding changes one of its Han characters.
 * @example queryScript('新質生產力', fold) // 'hant'
 */
export function queryScript(text: string, fold: Fold): Script {
  return Array.from(text).some((char) => /\p{Script=Han}/u.test(char) && fold(char) !== char) ? 'hant' : 'hans';
}

/** Searches every document: passages with every term, ranked as the search page ranks them, shown in `script`. */
export function findQuotes(docs: readonly SearchDoc[], people: readonly PersonEntry[], query: SearchQuery, fold: Fold, script: Script, filters: SearchFilters = {}, sort: SearchSort = 'relevance'): QuoteOutcome {
  const locale = localeOfScript(script);
  const names = new Map(people.map((p) => [p.id, fromBiText(p.name, script, fold)]));
  const t = useTranslations(locale);
  const peopleMatch = matchPeople(query.keys, people, fold);
  const context = { query, people: peopleMatch, filters, sort, fold };
  const byId = new Map(docs.map((doc) => [doc.article.id, doc]));
  const checked = docs.map((doc) => checkedDoc(doc.article, doc.texts.map((text) => foldedBiText(text, fold))));
  const all = checked.flatMap((doc) => checkDoc(doc, context));
  const full = rankHits(all.filter((hit) => hit.missing.length === 0), sort);
  const toMatch = (hit: PassageHit): QuoteMatch => {
    const doc = byId.get(hit.article.id)!;
    const text = fromBiText(doc.texts[hit.index]!, script, fold);
    return {
      who: speakerLine(doc.article, hit.passage, script, names, t, fold),
      date: hit.article.date,
      title: fromBiText(hit.article.event ?? hit.article.title, script, fold),
      outlet: fromBiText(hit.article.outlet, script, fold),
      text,
      marks: matchRanges(fold(text), query),
      path: articleUrl(locale, hit.article.id, hit.passage.a || undefined),
    };
  };
  const cards = [...new Set(peopleMatch.named.values())].map((p) => ({ id: p.id, name: fromBiText(p.name, script, fold), positions: p.positions.map((x) => fromBiText(x, script, fold)), answers: p.answers, path: speakerUrl(locale, p.id) }));
  const unmatched = full.length > 0 ? [] : unmatchedTerms(all, query);
  const suggestions: string[] = peopleMatch.nearMisses.map(({ term, person }) => suggestedQuery(query, term, fromBiText(person.name, script, fold)));
  for (const s of suggestFor(unmatched, checked, query)) {
    const text = fromBiText(byId.get(checked[s.doc]!.article.id)!.texts[s.passage]!, script, fold);
    const folded = fold(text);
    const [range] = findKey(folded, textKey(folded), s.key);
    if (range) suggestions.push(suggestedQuery(query, s.term, text.slice(...range)));
  }
  return { people: cards, matches: full.map(toMatch), unmatched: unmatched.map((i) => query.terms[i]!), suggestions: [...new Set(suggestions)].slice(0, 3) };
}

/**
 * The permalink of a site path under the archive's origin rule: absolute against the origin when one
 * is set (ARCHIVE_SITE or --site), else the site-relative path (never a guessed localhost).
 */
export function permalink(path: string, site: string | undefined): string {
  return siteUrl(path, site);
}

/** Formats a match for the terminal; `mark` wraps highlighted text (ANSI on a terminal, nothing in a pipe). */
export function formatQuote(match: QuoteMatch, site: string | undefined, mark: (text: string) => string = (text) => text): string {
  let text = '';
  let at = 0;
  for (const [from, to] of match.marks) {
    text += match.text.slice(at, from) + mark(match.text.slice(from, to));
    at = to;
  }
  text += match.text.slice(at);
  const head = [match.who, match.date, match.title, match.outlet].filter(Boolean).join(' · ');
  return `${head}\n  ${text}\n  ${permalink(match.path, site)}`;
}

/** Formats a speaker card for the terminal. */
export function formatPerson(person: QuotePerson, script: Script, site: string | undefined): string {
  const t = useTranslations(localeOfScript(script));
  const lines = [`${t('search.person.label')}：${person.name}`];
  if (person.positions.length > 0) lines.push(`  ${person.positions.join('；')}`);
  lines.push(`  ${t('search.person.answers', { n: person.answers })} · ${permalink(person.path, site)}`);
  return lines.join('\n');
}
