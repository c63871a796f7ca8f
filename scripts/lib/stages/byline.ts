/**
 * Reads bylines: a byline line (`新甘肃·甘肃日报记者 盛学卿`, `记者 田丽媛`, `陳文智 寇剛`, an
 * outlet alone like `新甘肃·甘肃日报`), a dateline (`本报讯(新甘肃·甘肃日报记者张富贵 金鑫)`) and a
 * closing credit (`…。(记者 张弘毅)`) become the article's outlet and authors.
 */
import { personNamePattern, questionerPattern, reporterPattern } from '../../../src/lib/article/labels.ts';

/** Outlet and authors a byline names. */
export interface Byline {
  outlet?: string;
  authors: string[];
}

const reporter = new RegExp(`^(?<outlet>.*?)(?:${reporterPattern})(?<space>\\s*)(?<names>${personNamePattern}(?:[\\s、,，]+${personNamePattern})*)$`, 'u');
const namesOnly = new RegExp(`^${personNamePattern}(?:\\s+${personNamePattern})+$`, 'u');
const outletOnly = /^[\p{Script=Han}·]{2,20}(?:报|報|社|网|網|台|刊|新闻|新聞)$/u;

function names(list: string): string[] {
  return list.split(/[\s、,，]+/u).filter(Boolean);
}

/** The outlet and authors of one byline line, or null when the line is not a byline. */
export function parseByline(line: string): Byline | null {
  const text = line.trim();
  const match = reporter.exec(text);
  const outletText = match?.groups?.outlet?.trim() ?? '';
  // `两会记者连线` is a column name, not “reporter 连线 of 两会”: without a space the part before
  // 记者 must be empty or look like an outlet.
  if (match?.groups && (match.groups.space || outletText === '' || outletOnly.test(outletText))) {
    const outlet = outletText;
    return outlet ? { outlet, authors: names(match.groups.names ?? '') } : { authors: names(match.groups.names ?? '') };
  }
  if (namesOnly.test(text)) return { authors: names(text) };
  if (outletOnly.test(text)) return { outlet: text, authors: [] };
  return null;
}

const dateline = /^(?:本报讯|本報訊|本报记者|新华社)[(（](?<inner>[^()（）]+)[)）]/u;
const closingCredit = new RegExp(`[(（](?<inner>(?:${questionerPattern})[^()（）]+)[)）]$`, 'u');

/**
 * A reporter's credit in brackets at the end of a paragraph, split off: `…千亿元。（记者 张弘毅）` →
 * `{ text: '…千亿元。', credit: '（记者 张弘毅）', byline }`; null when the paragraph ends otherwise.
 */
export function splitClosingCredit(paragraph: string): { text: string; credit: string; byline: Byline } | null {
  const trimmed = paragraph.trimEnd();
  const match = closingCredit.exec(trimmed);
  const byline = match?.groups?.inner ? parseByline(match.groups.inner) : null;
  if (!match || !byline) return null;
  return { text: trimmed.slice(0, match.index).trimEnd(), credit: match[0], byline };
}

/** Bylines inside a body paragraph: a dateline at its start, a credit in brackets at its end. */
export function findInlineBylines(paragraph: string): Byline[] {
  const found: Byline[] = [];
  for (const pattern of [dateline, closingCredit]) {
    const inner = pattern.exec(paragraph.trim())?.groups?.inner;
    const byline = inner ? parseByline(inner) : null;
    if (byline) found.push(byline);
  }
  return found;
}
