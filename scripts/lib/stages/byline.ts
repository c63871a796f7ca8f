/**
 * Reads bylines: a byline line (`新甘肃·甘肃日报记者 盛学卿`, `记者 田丽媛`, `陳文智 寇剛`, an
 * outlet alone like `新甘肃·甘肃日报`), a dateline (`本报讯(新甘肃·甘肃日报记者张富贵 金鑫)`) and a
 * closing credit (`…。(记者 张弘毅)`) become the article's outlet and authors; a page's dateline and
 * source line (`2024-04-19 10:30  来源：四川日报`) gives the outlet and the publication date.
 */
import { chineseDatePattern, dateOfGroups, minguoDateCode, minguoFieldDatePattern, monthDayPattern, numberOf, pageDatePattern } from '../../../src/lib/article/chinese-date.ts';
import { isPersonName, personNamePattern, questionerPattern, reporterPattern } from '../../../src/lib/article/labels.ts';
import { datelinePlaces } from './data/dateline-places.ts';
import { deicticOutlets, outletEndings } from './data/outlet-words.ts';
import { editorLabels, pageInfoFields, pageInfoSeparators, type PageInfoField } from './data/page-info-fields.ts';
import { regionTable } from '../../../src/lib/data/regions.ts';
import { compoundSurnames, singleSurnames, traditionalSurnameVariants } from '../../../src/lib/article/data/surnames.ts';
import { convertWithOpenccOnly } from '../../../src/lib/convert.ts';

/** Outlet and authors a byline names. */
export interface Byline {
  outlet?: string;
  /** The WeChat account that marks the article its own (`原创 甘肃发布 …`): the outlet only when no line names one. */
  account?: string;
  authors: string[];
  /** The publication date a page's dateline prints, `YYYY-MM-DD`. */
  date?: string;
}

/** `（星期三）`, `星期三`, `周三`, `週三`: a weekday printed with the date. */
const weekday = String.raw`[（(]?(?:星期|周|週|禮拜|礼拜)[一二三四五六日天][）)]?`;
const clock = String.raw`[0-9０-９]{1,2}[:：][0-9０-９]{2}(?:[:：][0-9０-９]{2})?`;
/** A page's date: `2024-04-19`, `2024/4/19`, `2024.04.19`, `2024年04月19日`, `二〇二四年三月五日`, with a weekday and a time. */
const when = `(?:${pageDatePattern}|${chineseDatePattern})\\s*(?:${weekday})?(?:\\s*${clock})?`;
const whenOnly = new RegExp(`^${when}$`, 'u');
/** `發布日期：113-05-30`: a date field in years of the Republic (with a time, as some pages print it). */
const minguoFieldDate = new RegExp(`^${minguoFieldDatePattern}(?:\\s*${clock})?$`, 'u');
/** A newspaper's e-paper edition line: `人民日报 2024年03月05日 第01版`, `《人民日报》（2024年03月05日 第 01 版）`. */
const editionLine = new RegExp(`^《?(?<outlet>[\\p{Script=Han}·]{1,18}(?:${outletEndings.join('|')})(?:海外版)?)》?\\s*[（(]?\\s*${when}\\s*(?:第\\s*[0-9０-９]{1,3}\\s*版)?\\s*[）)]?$`, 'u');
/**
 * A WeChat official-account article's header: `原创 甘肃发布 2024年05月08日 18:30 甘肃` — the 原创 mark
 * (the account's own work), the account, the publication date and time (WeChat always prints the
 * time), the account's IP location.
 */
const wechatHeader = new RegExp(`^(?<original>原创|原創)?\\s*(?<account>[^\\s0-9０-９:：,，。；;]{2,20})\\s+(?:${pageDatePattern}|${chineseDatePattern})\\s*${clock}(?:\\s+(?<place>\\p{Script=Han}{2,4}))?$`, 'u');
/** WeChat's IP location after the time is a province-level region's name (`甘肃`, `香港`). */
const wechatPlaces: ReadonlySet<string> = new Set(regionTable.filter((r) => r.parent === null).flatMap((r) => [r.name.hans, r.name.hant]));
const labelled = pageInfoFields.flatMap(({ field, labels }) => labels.map((label) => ({ field, label }))).sort((a, b) => b.label.length - a.label.length);
const fieldOf = new Map<string, PageInfoField>(labelled.map(({ field, label }) => [label, field]));
const fieldLabel = new RegExp(`(${labelled.map((l) => l.label).join('|')})\\s*[:：]`, 'gu');
const edges = new RegExp(`^[\\s${pageInfoSeparators}]+|[\\s${pageInfoSeparators}]+$`, 'gu');
const peopleOrNone = new RegExp(`^(?:${personNamePattern}(?:[\\s、,，]+${personNamePattern})*)?$`, 'u');
/** What each field's value must look like; an empty author, editor or view count is printed by many portals. */
const fieldValue: Readonly<Record<PageInfoField, { test(value: string): boolean }>> = {
  date: { test: (value) => whenOnly.test(value) || minguoFieldDate.test(value) },
  outlet: /^[^\s:：,，。；;]{2,30}$/u,
  authors: peopleOrNone,
  editor: peopleOrNone,
  views: /^(?:[0-9０-９]+\s*次?)?$/u,
  font: /^[[【(（]?\s*大\s*中\s*小\s*[\]】)）]?$/u,
};

/**
 * The date, outlet and authors of a page's information line, alone on its line, or null when the
 * line is not one: a date (`2024-04-19 10:30`), a newspaper's edition line, and labelled fields
 * (scripts/lib/stages/data/page-info-fields.ts: `发布时间：…　来源：…　作者：…　编辑：…`), each value in
 * its field's form, with a date or a source among them. A label in prose (`数据来源：省统计局，增长6.1%。`) is none.
 * @example parseDateline('发布时间：2024-03-12 16:05:32　来源：外交部网站　作者：　编辑：王敏') // { date: '2024-03-12', outlet: '外交部网站' }
 */
export function parseDateline(line: string): { date?: string; outlet?: string; account?: string; authors?: string[] } | null {
  // `（来源：甘肃日报）`: a source line closing the text, in brackets.
  const text = line.trim().replace(/^[（(【\[]\s*(.+?)\s*[）)】\]]$/u, '$1');
  const found = [...text.matchAll(fieldLabel)];
  const lead = text.slice(0, found[0]?.index ?? text.length).replace(edges, '');
  let date: string | undefined;
  let outlet: string | undefined;
  let account: string | undefined;
  const authors: string[] = [];
  if (lead !== '') {
    const edition = editionLine.exec(lead);
    // A WeChat header's account is the publisher when it marks the article its own (原创), but a
    // source line (`来源：甘肃日报`) names the outlet the text comes from: the account gives way to it.
    const plain = edition ? null : whenOnly.exec(lead);
    const header = edition || plain ? null : wechatHeader.exec(lead);
    const wechat = header && (header.groups?.place === undefined || wechatPlaces.has(header.groups.place)) ? header : null;
    date = dateOfGroups((edition ?? plain ?? wechat)?.groups);
    if (!date) return null;
    if (edition?.groups?.outlet) outlet = edition.groups.outlet;
    if (wechat?.groups?.original && wechat.groups.account) account = wechat.groups.account;
  }
  for (const [i, m] of found.entries()) {
    const field = fieldOf.get(m[1] as string) as PageInfoField;
    let value = text.slice((m.index as number) + m[0].length, found[i + 1]?.index ?? text.length).replace(edges, '');
    // `来源：国务院新闻办公室网站　2024-04-16`: the source, then the date without a label.
    const dated = field === 'outlet' ? /^(?<source>\S+)\s+(?<rest>.+)$/u.exec(value)?.groups : undefined;
    if (dated?.rest && whenOnly.test(dated.rest)) {
      date ??= dateOfGroups(whenOnly.exec(dated.rest)?.groups);
      value = dated.source as string;
    }
    if (!fieldValue[field].test(value)) return null;
    if (field === 'date') {
      const day = dateOfGroups((whenOnly.exec(value) ?? minguoFieldDate.exec(value))?.groups);
      if (!day) return null;
      date ??= day;
    } else if (field === 'outlet') outlet ??= value;
    else if (field === 'authors') authors.push(...names(value));
  }
  if (!date && !outlet) return null;
  return { ...(date ? { date } : {}), ...(outlet ? { outlet } : {}), ...(account ? { account } : {}), ...(authors.length ? { authors } : {}) };
}

/** `文/图 `, `文｜`, `图/文：`, `撰文 `: the credit words before a byline's names. */
const creditMarker = /^(?:文字|撰文|文|图|圖)(?:\s*[/／、]\s*(?:文|图|圖))?\s*[/／|｜:：\s]\s*(?=\S)/u;
const reporter = new RegExp(`^(?<outlet>.*?)(?:${reporterPattern})(?<space>\\s*)(?<names>${personNamePattern}(?:[\\s、,，]+${personNamePattern})*)$`, 'u');
const namesOnly = new RegExp(`^${personNamePattern}(?:\\s+${personNamePattern})+$`, 'u');
const outletOnly = new RegExp(`^[\\p{Script=Han}·]{2,20}(?:${outletEndings.join('|')})$`, 'u');

let surnames: { single: Set<string>; compound: Set<string> } | undefined;

/**
 * Whether a name starts with a Chinese surname (data/surnames.ts, either script): a line of bare
 * names is a byline only when each does, so `改革创新 砥砺前行` under a headline is a subtitle.
 * @example startsWithSurname('王强') // true; startsWithSurname('砥砺前行') // false
 */
export function startsWithSurname(name: string): boolean {
  surnames ??= {
    single: new Set([...singleSurnames, ...[...singleSurnames].map((c) => convertWithOpenccOnly(c, 'hant')), ...traditionalSurnameVariants]),
    compound: new Set(compoundSurnames.flatMap((s) => [s, convertWithOpenccOnly(s, 'hant')])),
  };
  return surnames.compound.has(name.slice(0, 2)) || surnames.single.has(name.charAt(0));
}

function names(list: string): string[] {
  return list.split(/[\s、,，]+/u).filter(Boolean);
}

/** The line that closes a Central News Agency story: `（編輯：李四）1130620`, the code alone, or the credit then the code. */
const cnaClosing = new RegExp(`^(?:[（(]\\s*(?:${editorLabels.join('|')})\\s*[:：][^()（）]{1,24}[）)])?\\s*(?<code>[0-9]{7})$`, 'u');

/**
 * The date code of a line that closes a Central News Agency story, its date and its year of the Republic, or undefined.
 * @example cnaDateCode('（編輯：李四）1130620') // { code: '1130620', date: '2024-06-20', minguoYear: 113 }
 */
export function cnaDateCode(line: string): { code: string; date: string; minguoYear: number } | undefined {
  const code = cnaClosing.exec(line.trim())?.groups?.code;
  const read = code ? minguoDateCode(code) : undefined;
  return code && read ? { code, ...read } : undefined;
}

/** The outlet and authors of one byline line (a CNA closing line gives the date), or null when the line is not a byline. */
export function parseByline(line: string): Byline | null {
  // `文/图 本报记者 张弘`, `文｜李明`: the credit of the words (and photographs) before the names.
  const credited = creditMarker.test(line.trim());
  const text = line.trim().replace(creditMarker, '');
  // A news dateline alone on its line (`新华社北京3月8日电`) is a byline line too — unless it names a
  // reporter it cannot separate from the place (`中央社記者王寶兒台北12日電`): moved to the frontmatter,
  // that credit would vanish from the page, so the line stays in the text (reflow keeps it whole).
  const agency = parseAgencyDateline(text);
  if (agency && agency.text === text) return agency.reporterAndPlace ? null : { ...(agency.outlet ? { outlet: agency.outlet } : {}), authors: agency.authors };
  // `（編輯：李四）1130620`: CNA closes a story with the editor's credit and its date code (the editor is no author).
  const coded = cnaDateCode(text);
  if (coded) return { authors: [], date: coded.date };
  const dated = parseDateline(text);
  if (dated) return { ...(dated.outlet ? { outlet: dated.outlet } : {}), ...(dated.account ? { account: dated.account } : {}), authors: dated.authors ?? [], ...(dated.date ? { date: dated.date } : {}) };
  const match = reporter.exec(text);
  const outletText = match?.groups?.outlet?.trim() ?? '';
  // `两会记者连线` is a column name, not “reporter 连线 of 两会”: without a space the part before
  // 记者 must be empty or look like an outlet.
  if (match?.groups && (match.groups.space || outletText === '' || outletOnly.test(outletText))) {
    // `本报记者` (“this paper's reporter”) names no outlet: the page's masthead or source line does.
    const outlet = deicticOutlets.includes(outletText) ? '' : outletText;
    return outlet ? { outlet, authors: names(match.groups.names ?? '') } : { authors: names(match.groups.names ?? '') };
  }
  if ((namesOnly.test(text) && names(text).every(startsWithSurname)) || (credited && isPersonName(text))) return { authors: names(text) };
  if (outletOnly.test(text)) return { outlet: text, authors: [] };
  return null;
}

/**
 * A news dateline opening the lead (电头): an outlet, optionally a place and the dispatch date, then
 * 电/讯/消息, then the reporters in brackets — `新华社北京3月8日电（记者 张晓 王明）`, `中新网兰州3月8日电`,
 * `本报讯（新甘肃·甘肃日报记者张富贵 金鑫）`, `央视网消息（新闻联播）` — or, as Taiwan's Central News
 * Agency prints it, the reporter inside and the whole in brackets: `（中央社記者王寶兒台北12日電）`. The
 * outlet is the longest run ending in an outlet word (新华社, 中国日报网, 人民日报); 本报 (“this paper”)
 * names none.
 */
const agencyDateline = new RegExp(
  `^(?<open>[(（])?(?<outlet>[\\p{Script=Han}·]{1,14}(?:${outletEndings.join('|')}))(?:(?:记者|記者)(?<run>\\p{Script=Han}{3,14}?))?(?<place>\\p{Script=Han}{2,8}?)?(?:${monthDayPattern}|(?<dd>[0-9０-９]{1,2})[日号號])?(?<verb>电|電|讯|訊|消息)(?<close>[)）])?\\s*(?:[(（](?<inner>[^()（）]+)[)）])?`,
  'u',
);
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

/** What a news dateline (电头) at the start of a lead says. */
export interface AgencyDateline extends Byline {
  /** The dateline as printed, `新华社北京3月8日电（记者 张晓 王明）`. */
  text: string;
  place?: string;
  /** The dispatch day (the dateline prints no year; CNA's prints the day only). */
  monthDay?: { month?: number; day: number };
  /**
   * `王寶兒台北` of `中央社記者王寶兒台北12日電`: the reporter's name run into the place, which the
   * text does not separate — never split by guessing; the maintainer adds the author.
   */
  reporterAndPlace?: string;
}

/**
 * The news dateline a paragraph opens with, or null: it needs a dispatch date, a place or bracketed
 * reporters besides the outlet word (`…讯` and `…消息` stand alone), so a sentence that merely starts
 * with a name ending in 网 is none.
 * @example parseAgencyDateline('新华社北京3月8日电（记者 张晓 王明）国务院…')?.outlet // '新华社'
 */
export function parseAgencyDateline(paragraph: string): AgencyDateline | null {
  const match = agencyDateline.exec(paragraph.trim());
  const g = match?.groups;
  if (!match || !g?.outlet || Boolean(g.open) !== Boolean(g.close)) return null;
  const inner = g.inner ? parseByline(g.inner) : null;
  const month = g.mm ? numberOf(g.mm) : undefined;
  const day = g.md ? numberOf(g.md) : g.dd ? numberOf(g.dd) : undefined;
  const dated = day !== undefined && day >= 1 && day <= 31 && (g.mm === undefined || (month !== undefined && month >= 1 && month <= 12));
  if ((g.mm || g.md || g.dd) && !dated) return null;
  const monthDay = dated ? { ...(month ? { month } : {}), day: day as number } : undefined;
  // `…电` needs its dispatch date or reporters; `本报讯`, `央视网消息` stand alone.
  if ((g.verb === '电' || g.verb === '電') && !monthDay && !inner && !g.run) return null;
  const named = deicticOutlets.includes(g.outlet) ? undefined : g.outlet;
  const outlet = inner?.outlet ?? named;
  // `央视网消息（新闻联播）`: a programme in the brackets, not reporters: the dateline ends before it.
  const text = (g.inner && !inner ? match[0].replace(/\s*[(（][^()（）]+[)）]$/u, '') : match[0]).trimEnd();
  const joined = g.run ? `${g.run}${g.place ?? ''}` : undefined;
  const split = joined ? reporterBeforePlace(joined) : undefined;
  const run = split ? undefined : joined;
  const place = split?.place ?? (g.place && !joined ? g.place : undefined);
  return {
    text,
    ...(outlet ? { outlet } : {}),
    authors: split ? [split.name] : (inner?.authors ?? []),
    ...(place ? { place } : {}),
    ...(monthDay ? { monthDay } : {}),
    ...(run ? { reporterAndPlace: run } : {}),
  };
}

/**
 * The reporter's name and the place of a run that prints them together (`王小明台北`), when exactly
 * one known dateline place (data/dateline-places.ts) ends it and leaves a person's name before it.
 * @example reporterBeforePlace('王小明台北') // { name: '王小明', place: '台北' }
 */
export function reporterBeforePlace(run: string): { name: string; place: string } | undefined {
  const readings = datelinePlaces.filter((place) => run.endsWith(place) && isPersonName(run.slice(0, -place.length))).map((place) => ({ name: run.slice(0, -place.length), place }));
  return readings.length === 1 ? readings[0] : undefined;
}

/** Bylines inside a body paragraph: a news dateline at its start, a credit in brackets at its end. */
export function findInlineBylines(paragraph: string): Byline[] {
  const found: Byline[] = [];
  const opening = parseAgencyDateline(paragraph);
  if (opening && (opening.outlet || opening.authors.length > 0)) found.push(opening.outlet ? { outlet: opening.outlet, authors: opening.authors } : { authors: opening.authors });
  const inner = closingCredit.exec(paragraph.trim())?.groups?.inner;
  const byline = inner ? parseByline(inner) : null;
  if (byline) found.push(byline);
  return found;
}
