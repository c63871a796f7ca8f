/**
 * Helpers for the site's e2e tests: they find real articles, turns and speakers in the build's own
 * exports (so they run against whatever content was built), never hard-coded ids.
 */
import type { APIRequestContext } from '@playwright/test';

export const locales = [
  { locale: 'zh-hans', lang: 'zh-Hans', other: 'zh-hant', otherLang: 'zh-Hant' },
  { locale: 'zh-hant', lang: 'zh-Hant', other: 'zh-hans', otherLang: 'zh-Hans' },
] as const;

export interface TurnRecord {
  article_id: string;
  turn_id: string;
  role: 'host' | 'statement' | 'question' | 'answer';
  speaker_id: string;
  speaker: string;
  label: string;
  questioner_outlet: string;
  question_id: string;
  date: string;
  event: string;
  text: string;
  url: string;
}

export interface ArticleRecord {
  id: string;
  title: string;
  date: string;
  outlet: string;
  event: string;
  region: string;
  script: string;
  original_script: string;
  source_id: string;
  url: string;
}

async function json<T>(request: APIRequestContext, path: string): Promise<T> {
  const response = await request.get(path);
  if (!response.ok()) throw new Error(`${path}: HTTP ${response.status()}`);
  return (await response.json()) as T;
}

export const turnsOf = (request: APIRequestContext, locale: string) => json<TurnRecord[]>(request, `/exports/turns.${locale}.json`);
export const articlesOf = (request: APIRequestContext, locale: string) => json<ArticleRecord[]>(request, `/exports/articles.${locale}.json`);

/** The answer whose speaker has the most answers in the archive (a speaker page worth checking). */
export function busiestAnswer(turns: readonly TurnRecord[]): TurnRecord {
  const counts = new Map<string, number>();
  for (const turn of turns) if (turn.role === 'answer') counts.set(turn.speaker_id, (counts.get(turn.speaker_id) ?? 0) + 1);
  const [speaker] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  const answer = turns.find((t) => t.role === 'answer' && t.speaker_id === speaker && t.question_id);
  if (!answer) throw new Error('the build has no answered question: the site e2e tests need at least one press conference');
  return answer;
}

/** Site path of a URL from the exports: absolute against ARCHIVE_SITE when the build had one, else already a site path. */
export function pathOf(url: string): string {
  const parsed = new URL(url, 'http://site.invalid');
  return parsed.pathname + parsed.hash;
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), (i += 1);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
