/**
 * One search record per article, as Pagefind's `addCustomRecord()` takes it. The indexed content is
 * the article folded to one script (`fold.ts`), so a query in either script finds it; the text as
 * shown, per passage and in both scripts, travels in the record's metadata, so results quote the
 * passage in the reader's script without converting anything in the browser.
 *
 * Both scripts cost little: a text is stored in Traditional, and its Simplified form only when it is
 * not what folding the Traditional gives (folding is character-level, OpenCC's conversion is
 * phrase-aware: 乾隆 stays 乾隆 in Simplified but folds to 干隆).
 */
import type { ArticleKind, ScriptCode } from '../article/schema.ts';
import type { Fold } from './fold.ts';
import type { Passage } from './passages.ts';

/** A text in both scripts: Traditional, or `[Traditional, Simplified]` when folding would get the Simplified wrong. */
export type BiText = string | readonly [string, string];

/** A passage as stored in a record's metadata. */
export interface StoredPassage {
  /** Anchor, `''` for the headline. */
  a: string;
  /** Text in both scripts. */
  x: BiText;
  /** Turn role: `h` host, `s` statement, `q` question, `a` answer. */
  r?: 'h' | 's' | 'q' | 'a';
  /** Speaker id. */
  s?: string;
  /** Questioner's outlet. */
  o?: BiText;
}

/** Everything a result needs to show itself, JSON in the record's `data` meta field. */
export interface StoredArticle {
  id: string;
  date: string;
  kind: ArticleKind;
  title: BiText;
  event?: BiText;
  outlet: BiText;
  passages: StoredPassage[];
}

/** What Pagefind's `addCustomRecord()` receives. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** The display texts of an article in one script, as its page shows them. */
export interface ArticleTexts {
  /** Kicker, title and subtitle in one line: searchable, links to the top of the page. */
  headline: string;
  title: string;
  event?: string;
  outlet: string;
  /** Passages in document order; both scripts have the same anchors in the same order. */
  passages: readonly Passage[];
}

/** What a record is built from: the article's data and its texts in both scripts. */
export interface RecordInput {
  id: string;
  date: string;
  kind: ArticleKind;
  /** Outlet and region ids as the site's outlet and region pages use them. */
  outletId: string;
  regionId: string;
  hans: ArticleTexts;
  hant: ArticleTexts;
}

/** Stores a text in both scripts. */
export function toBiText(hans: string, hant: string, fold: Fold): BiText {
  return fold(hant) === hans ? hant : [hant, hans];
}

/** The text of a BiText in one script. */
export function fromBiText(text: BiText, script: ScriptCode, fold: Fold): string {
  if (typeof text === 'string') return script === 'hant' ? text : fold(text);
  return script === 'hant' ? text[0] : text[1];
}

/** The folded search form of a BiText (what the index holds). */
export function foldedBiText(text: BiText, fold: Fold): string {
  return fold(typeof text === 'string' ? text : text[0]);
}

const roleCodes = { host: 'h', statement: 's', question: 'q', answer: 'a' } as const;

/** The language code of the one search index: any `zh…` code gets Pagefind's Chinese segmentation. */
export const indexLanguage = 'zh';

/**
 * Builds the record of one article: content folded to one script, metadata with each passage in
 * both scripts, filters (speaker, outlet, region, year, kind) and the date to sort by. The URL has
 * no locale: the search page adds the reader's.
 */
export function buildSearchRecord(input: RecordInput, fold: Fold): SearchRecord {
  const { hans, hant } = input;
  if (hans.passages.length !== hant.passages.length || hans.passages.some((p, i) => p.anchor !== hant.passages[i]?.anchor)) {
    throw new Error(`search record ${input.id}: the Simplified and Traditional passages do not have the same anchors`);
  }
  const bi = (a: string, b: string): BiText => toBiText(a, b, fold);
  const stored: StoredPassage[] = [{ a: '', x: bi(hans.headline, hant.headline) }];
  hans.passages.forEach((passage, index) => {
    const other = hant.passages[index]!;
    const entry: StoredPassage = { a: passage.anchor, x: bi(passage.text, other.text) };
    if (passage.role) entry.r = roleCodes[passage.role];
    if (passage.speakerId) entry.s = passage.speakerId;
    if (passage.outlet && other.outlet) entry.o = bi(passage.outlet, other.outlet);
    stored.push(entry);
  });
  const data: StoredArticle = { id: input.id, date: input.date, kind: input.kind, title: bi(hans.title, hant.title), outlet: bi(hans.outlet, hant.outlet), passages: stored };
  if (hans.event && hant.event) data.event = bi(hans.event, hant.event);
  const speakers = [...new Set(hans.passages.flatMap((p) => (p.speakerId ? [p.speakerId] : [])))];
  return {
    url: `/articles/${input.id}/`,
    // One passage per line; the search page checks every match inside one passage.
    content: stored.map((p) => foldedBiText(p.x, fold)).join('\n'),
    language: indexLanguage,
    // Only `data`: a separate `title` field would repeat the headline in every fragment.
    meta: { data: JSON.stringify(data) },
    filters: { speaker: speakers, outlet: input.outletId ? [input.outletId] : [], region: [input.regionId], year: [input.date.slice(0, 4)], kind: [input.kind] },
    sort: { date: input.date },
  };
}

/** Reads the `data` meta field of a result back. */
export function readStoredArticle(meta: Readonly<Record<string, string>>): StoredArticle {
  const raw = meta.data;
  if (!raw) throw new Error('search record without its data field: rebuild the index (npm run build)');
  return JSON.parse(raw) as StoredArticle;
}
