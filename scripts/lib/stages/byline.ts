/**
 * Reads bylines: a byline line (`新甘肃·甘肃日报记者 盛学卿`, `记者 田丽媛`, `陳文智 寇剛`, an
 * outlet alone like `新甘肃·甘肃日报`), a dateline (`本报讯(新甘肃·甘肃日报记者张富贵 金鑫)`) and a
 * closing credit (`…。(记者 张弘毅)`) become the article's outlet and authors; a page's dateline and
 * source line (`2024-04-19 10:30  来源：四川日报`) gives the outlet and the publication date.
 */
import { personNamePattern, questionerPattern, reporterPattern } from '../../../src/lib/article/labels.ts';

/** Outlet and authors a byline names. */
export interface Byline {
  outlet?: string;
  authors: string[];
  /** The publication date a page's dateline prints, `YYYY-MM-DD`. */
  date?: string;
}

/**
 * The dateline and source line content sites print under a headline, alone on its line: a date
 * (`2024-04-19`, `2024/4/19`, `2024.04.19`, `2024年04月19日`, optionally after 发布时间：, with a
 * weekday `（星期三）` and a time), a source (`来源：四川日报`, `來源: 人民網`, 稿源, 出处), or both.
 */
const pageDate = String.raw`(?<y>(?:19|20)\d{2})(?:[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})|年(?<m2>\d{1,2})月(?<d2>\d{1,2})日)`;
const clock = String.raw`\d{1,2}[:：]\d{2}(?:[:：]\d{2})?`;
/** `（星期三）`, `星期三`, `周三`, `週三`, `(Wed)`: a weekday printed with the date. */
const weekday = String.raw`[（(]?(?:星期|周|週|禮拜|礼拜)[一二三四五六日天][）)]?`;
const pageDateline = new RegExp(
  String.raw`^(?:(?:发布时间|發布時間|时间|時間)[:：]\s*)?(?:${pageDate}\s*(?:${weekday})?(?:\s*${clock})?)?\s*(?:(?:来源|來源|稿源|出处|出處)[:：]\s*(?<outlet>[^\s:：,，。；;]{2,30}))?$`,
  'u',
);

/** The date and outlet of a page's dateline line, or null when the line is not one. */
export function parseDateline(line: string): { date?: string; outlet?: string } | null {
  const g = pageDateline.exec(line.trim())?.groups;
  if (!g || (!g.y && !g.outlet)) return null;
  const month = Number(g.m ?? g.m2);
  const day = Number(g.d ?? g.d2);
  if (g.y && !(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const date = g.y ? `${g.y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
  return { ...(date ? { date } : {}), ...(g.outlet ? { outlet: g.outlet } : {}) };
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
  const dated = parseDateline(text);
  if (dated) return { ...(dated.outlet ? { outlet: dated.outlet } : {}), authors: [], ...(dated.date ? { date: dated.date } : {}) };
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
