/**
 * Data exports for researchers: every article and every Q&A turn as flat records, in one script,
 * as JSON (an array of records) and CSV (RFC 4180, CRLF, UTF-8 with a BOM so spreadsheets detect it;
 * a cell that starts like a formula is prefixed with `'`, see neutralizeFormula()).
 */
import type { LocalizedArticle } from './archive.ts';
import { inlineText, type Block } from './article/model.ts';
import { questionBefore } from './speaker-activity.ts';
import { articleUrl, siteUrl } from './urls.ts';

/** One article as a record. */
export interface ArticleRecord {
  id: string;
  title: string;
  date: string;
  outlet: string;
  event: string;
  authors: string;
  region: string;
  kind: string;
  script: string;
  original_script: string;
  source_id: string;
  url: string;
  text: string;
}

/** One Q&A turn as a record; `question_id` is the question an answer replies to. */
export interface TurnRecord {
  article_id: string;
  turn_id: string;
  role: string;
  speaker_id: string;
  speaker: string;
  /** The speaker's position as the article states it. */
  position: string;
  label: string;
  questioner_outlet: string;
  question_id: string;
  date: string;
  event: string;
  text: string;
  url: string;
}

/** Column order of the CSV files. */
export const articleColumns: readonly (keyof ArticleRecord)[] = ['id', 'title', 'date', 'outlet', 'event', 'authors', 'region', 'kind', 'script', 'original_script', 'source_id', 'url', 'text'];
export const turnColumns: readonly (keyof TurnRecord)[] = ['article_id', 'turn_id', 'role', 'speaker_id', 'speaker', 'position', 'label', 'questioner_outlet', 'question_id', 'date', 'event', 'text', 'url'];

/** Plain text of blocks, one paragraph per line; turns start with their label. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .flatMap((block): string[] => {
      switch (block.type) {
        case 'paragraph':
        case 'heading':
          return [inlineText(block)];
        case 'figure':
          return block.children.map(inlineText);
        case 'gap':
          return [`〔${block.note}〕`];
        case 'list':
          return block.children.map(inlineText);
        case 'turn': {
          const [first = '', ...rest] = blocksText(block.children).split('\n');
          return [`${block.label}：${first}`, ...rest];
        }
      }
    })
    .join('\n');
}

/** Article records in the articles' order. */
export function articleRecords(articles: readonly LocalizedArticle[], site: URL | string | undefined): ArticleRecord[] {
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    date: a.date,
    outlet: a.outlet ?? '',
    event: a.event ?? '',
    authors: a.authors.join('、'),
    region: a.region,
    kind: a.kind,
    script: a.script,
    original_script: a.originalScript,
    source_id: a.source?.id ?? '',
    url: siteUrl(articleUrl(a.locale, a.id), site),
    text: blocksText(a.blocks),
  }));
}

/** Turn records of all articles, in document order. */
export function turnRecords(articles: readonly LocalizedArticle[], site: URL | string | undefined): TurnRecord[] {
  return articles.flatMap((a) =>
    a.blocks.flatMap((block, index): TurnRecord[] => {
      if (block.type !== 'turn') return [];
      const participant = a.participants.find((p) => p.id === block.speakerId);
      const question = block.role === 'answer' ? questionBefore(a.blocks, index) : undefined;
      return [{
        article_id: a.id,
        turn_id: block.id,
        role: block.role,
        speaker_id: block.speakerId ?? '',
        speaker: participant?.name ?? '',
        position: participant?.position ?? '',
        label: block.label,
        questioner_outlet: block.outlet ?? '',
        question_id: question?.id ?? '',
        date: a.date,
        event: a.event ?? a.title,
        text: blocksText(block.children),
        url: siteUrl(articleUrl(a.locale, a.id, block.id), site),
      }];
    }),
  );
}

/**
 * Leading characters that make a spreadsheet read a cell as a formula (`=`, `+`, `-`, `@`) or that
 * it strips before doing so (tab, CR), as listed by OWASP's CSV injection guidance.
 * @see https://owasp.org/www-community/attacks/CSV_Injection
 */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A cell a spreadsheet will show as text: a value starting like a formula gets a leading `'`, as
 * OWASP recommends (`=HYPERLINK(…)` → `'=HYPERLINK(…)`); the JSON exports keep the value unchanged.
 */
export function neutralizeFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** One CSV field: formula starts neutralized, then quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(value: string): string {
  const text = neutralizeFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records as CSV with a header row, CRLF line ends and a UTF-8 BOM. */
export function toCsv<T extends object>(records: readonly T[], columns: readonly (keyof T & string)[]): string {
  return [...csvPieces(records, columns)].join('');
}

/** {@link toCsv}'s text in pieces, one line each, for a streamed export (src/lib/render/stream-text.ts). */
export function* csvPieces<T extends object>(records: readonly T[], columns: readonly (keyof T & string)[]): Generator<string> {
  yield `\uFEFF${columns.join(',')}\r\n`;
  for (const record of records) yield `${columns.map((column) => csvField(String(record[column] ?? ''))).join(',')}\r\n`;
}
