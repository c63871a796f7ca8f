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
import { regionTable } from '../data/regions.ts';
import { regionLineage } from '../regions.ts';

/** A text in both scripts: Traditional, or `[Traditional, Simplified]` when folding would get the Simplified wrong. */
export type BiText = string | readonly [string, string];

/** A passage as stored in a record's metadata: who speaks and where its text is, not the text itself. */
export interface StoredPassage {
  /** Anchor, `''` for the headline. */
  a: string;
  /** Turn role: `h` host, `s` statement, `q` question, `a` answer. */
  r?: 'h' | 's' | 'q' | 'a';
  /** Speaker id. */
  s?: string;
  /** Questioner's outlet: index into `StoredArticle.askers`. */
  o?: number;
}

/**
 * Everything a result needs to show itself except the passages' texts, JSON in the record's `data`
 * filter (`storedFilter`): a candidate is checked on the record's content (the folded text Pagefind returns with
 * it), and the texts as shown come in small pieces (`TextChunk`) only for the passages displayed.
 */
export interface StoredArticle {
  id: string;
  date: string;
  kind: ArticleKind;
  title: BiText;
  event?: BiText;
  outlet: BiText;
  /** The headline as shown (passage 0), so a headline hit needs no text chunk. */
  headline: BiText;
  /** Passages in document order, the headline first; line `i` of the record's content is passage `i` folded. */
  passages: StoredPassage[];
  /** Outlets of the questioners, in both scripts. */
  askers?: BiText[];
  /** Names of the people who speak in the article, in both scripts, by speaker id (a result's speaker line: the search page lists no speakers). */
  names?: Record<string, BiText>;
  /** Index of the first passage of every text chunk: chunk `k` holds passages `chunks[k]` to `chunks[k + 1] - 1`. */
  chunks: number[];
}

/** A piece of an article's display text: consecutive passages in both scripts (`/search/text/{id}/{k}.json`). */
export interface TextChunk {
  /** Index of the chunk's first passage. */
  from: number;
  x: BiText[];
}

/** An article as search sees it outside Pagefind (`npm run quote`): the stored data with every passage's text. */
export interface SearchDoc {
  article: StoredArticle;
  /** Text of every passage in both scripts, the headline first. */
  texts: BiText[];
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

/** A record with what is published beside it: the text chunks, and the document `npm run quote` reads. */
export interface BuiltRecord {
  record: SearchRecord;
  chunks: TextChunk[];
  doc: SearchDoc;
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
  /** The people who speak in the article, with their names (indexed, so that a name query finds the articles where that person answers). */
  speakers?: readonly { id: string; name: string }[];
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

/**
 * The language code of the one search index: `und` (undetermined), which Pagefind does not segment (any `zh…` code
 * would run its Chinese segmentation): the indexer hands it the content already cut into words (`index-words.ts`).
 * The search page's Pagefind, looking for its page's `lang`, finds no such index and takes the only one there is.
 */
export const indexLanguage = 'und';

/** Passages' text per chunk (in UTF-16 units of the Traditional text): a hit shown costs about this much, not the article. */
export const chunkLength = 1200;
/**
 * Separates passages in the record's content. Pagefind returns the content with its words joined by
 * zero-width spaces and every kind of line break or space turned into one space (U+2029 too), and
 * drops private-use characters, so lines need a visible mark: ␞ (U+241E, the symbol for “record
 * separator”) survives, is no letter or digit (never part of a match), and no article contains it.
 */
export const passageSeparator = '\u241e';

/**
 * The indexed form of a folded passage: every run of punctuation, symbols and spacing one space. Matching
 * ignores them anyway (`text-key.ts`), and without them Pagefind sees a phrase typed without its comma
 * in a row (`上下五千年甘肃不一般` in `上下五千年，甘肃不一般`: a comma is a word position in Pagefind's index) and
 * fragments are smaller; a space still separates Latin words and digits (`covid 19`, as `pagefindQuery()` sends them).
 * @example indexedLine('上下五千年，甘肃不一般。') // '上下五千年 甘肃不一般'
 */
export function indexedLine(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Splits the content of a fragment (as Pagefind returns it: words apart, `index-words.ts`) back into the folded text of each passage; the spaces between words stay, matching ignores them. */
export function contentLines(content: string): string[] {
  return content.replace(/\u200b/g, '').split(passageSeparator).map((line) => line.trim());
}

/** Cuts passages into chunks of about `chunkLength`: the start index of each. */
function chunkStarts(texts: readonly BiText[]): number[] {
  const starts = [1];
  let size = 0;
  for (let i = 1; i < texts.length; i++) {
    const length = (typeof texts[i] === 'string' ? texts[i]! : texts[i]![0]).length;
    if (size > 0 && size + length > chunkLength) {
      starts.push(i);
      size = 0;
    }
    size += length;
  }
  return texts.length > 1 ? starts : [];
}

/** The text chunks of an article. */
export function textChunks(article: StoredArticle, texts: readonly BiText[]): TextChunk[] {
  return article.chunks.map((from, k) => ({ from, x: texts.slice(from, article.chunks[k + 1] ?? texts.length) }));
}

/**
 * Builds the record of one article: content folded to one script (one line per passage, the headline
 * first, then the questioners' outlets and the speakers' names so that they are searchable), metadata with who speaks in
 * each passage, filters (speaker, questioner outlet, outlet, region with the regions above it, year, kind) and the date to sort
 * by; the passages' texts go into chunks. The URL has no locale: the search page adds the reader's.
 */
export function buildSearchRecord(input: RecordInput, anyFold: Fold): BuiltRecord {
  const { hans, hant } = input;
  // Every Traditional text is folded twice (is its Simplified form the folded one? its indexed line): once is enough.
  const folded = new Map<string, string>();
  const fold: Fold = (text) => {
    let result = folded.get(text);
    if (result === undefined) folded.set(text, (result = anyFold(text)));
    return result;
  };
  if (hans.passages.length !== hant.passages.length || hans.passages.some((p, i) => p.anchor !== hant.passages[i]?.anchor)) {
    throw new Error(`search record ${input.id}: the Simplified and Traditional passages do not have the same anchors`);
  }
  const bi = (a: string, b: string): BiText => toBiText(a, b, fold);
  const askers: BiText[] = [];
  const askerIndex = new Map<string, number>();
  const stored: StoredPassage[] = [{ a: '' }];
  const texts: BiText[] = [bi(hans.headline, hant.headline)];
  hans.passages.forEach((passage, index) => {
    const other = hant.passages[index]!;
    const entry: StoredPassage = { a: passage.anchor };
    if (passage.role) entry.r = roleCodes[passage.role];
    if (passage.speakerId) entry.s = passage.speakerId;
    if (passage.outlet && other.outlet) {
      const asker = bi(passage.outlet, other.outlet);
      const key = foldedBiText(asker, fold);
      if (!askerIndex.has(key)) {
        askerIndex.set(key, askers.length);
        askers.push(asker);
      }
      entry.o = askerIndex.get(key)!;
    }
    stored.push(entry);
    texts.push(bi(passage.text, other.text));
  });
  const data: StoredArticle = { id: input.id, date: input.date, kind: input.kind, title: bi(hans.title, hant.title), outlet: bi(hans.outlet, hant.outlet), headline: texts[0]!, passages: stored, chunks: chunkStarts(texts) };
  if (hans.event && hant.event) data.event = bi(hans.event, hant.event);
  if (askers.length > 0) data.askers = askers;
  const hantNames = new Map((hant.speakers ?? []).map((s) => [s.id, s.name]));
  const names = (hans.speakers ?? []).flatMap((s) => (hantNames.has(s.id) ? [[s.id, bi(s.name, hantNames.get(s.id)!)] as const] : []));
  if (names.length > 0) data.names = Object.fromEntries(names);
  const speakers = [...new Set(hans.passages.flatMap((p) => (p.speakerId ? [p.speakerId] : [])))];
  const lines = texts.map((text) => indexedLine(foldedBiText(text, fold)));
  const record: SearchRecord = {
    url: `/articles/${input.id}/`,
    // One passage per line, then the questioners' outlets and the speakers' names: the search checks every match inside one passage.
    content: [...lines, [...askers.map((asker) => foldedBiText(asker, fold)), ...(hant.speakers ?? []).map((s) => fold(s.name))].join(' ')].join(passageSeparator),
    language: indexLanguage,
    // No metadata: Pagefind 1.6 indexes every meta field's words, and the stored data is for showing a result, not for finding it.
    meta: {},
    filters: {
      speaker: speakers, asker: askers.map((asker) => foldedBiText(asker, fold)), outlet: input.outletId ? [input.outletId] : [], region: regionLineage(regionTable, input.regionId), year: [input.date.slice(0, 4)], kind: [input.kind],
      [storedFilter]: [JSON.stringify(data)],
    },
    sort: { date: input.date },
  };
  return { record, chunks: textChunks(data, texts), doc: { article: data, texts } };
}

/**
 * The filter that carries a record's `StoredArticle` (JSON), returned with the fragment like every filter value. Not a meta
 * field: Pagefind 1.6 makes meta fields searchable, so the JSON's pieces (ids, anchors, titles in Traditional) became index
 * words, ~5 % of the index chunks a query loads and junk candidates (`report` matched every report). A filter value is never a
 * word; its filter file (every article's JSON) is only fetched by a search that filters by it, which none does.
 * @see https://pagefind.app/docs/metadata/#searching-metadata
 */
export const storedFilter = 'data';

/** Reads the stored data of a result back from its filters (as Pagefind's `data()` returns them). */
export function readStoredArticle(filters: Readonly<Record<string, readonly string[]>> | undefined): StoredArticle {
  const raw = filters?.[storedFilter]?.[0];
  if (!raw) throw new Error('search record without its data field: rebuild the index (npm run build)');
  const article = JSON.parse(raw) as StoredArticle;
  if (!Array.isArray(article.chunks)) throw new Error('search record of an older format: rebuild the index (npm run build)');
  return article;
}
