/**
 * The one grammar of dates as Chinese texts print them, for every reader of dates in the archive
 * (import's date inference, page datelines, news-agency datelines, article ids): `2024年3月5日`,
 * with full-width digits `２０２４年３月５日` (some portals and HK/TW texts), in Chinese numerals as
 * official documents write them `二〇二四年三月五日` / `二〇二四年十二月三十一日`, and the page forms
 * `2024-03-05`, `2024/3/5`, `2024.03.05`, and in Taiwan's official calendar, years of the Republic
 * (中華民國113年3月12日, 民國一一三年, 民國一百一十三年: year + 1911). The text keeps its printed form: only the value is read.
 */

/** A decimal digit as printed: ASCII or full-width. */
const digit = '[0-9０-９]';
/** Chinese numerals of a year, one per digit (`二〇二四`). */
const yearNumeral = '[〇○零一二三四五六七八九]';
/** Chinese numerals of a month or a day (`十二`, `三十一`, `廿`). */
const smallNumeral = '[〇零一二三四五六七八九十廿卅]';

/** A year of the Republic of China (Minguo) as Taiwan's government prints it: `中華民國113年`, `民國一一三年`, `民國一百一十三年`. */
const minguoYear = `(?:中華民國|中华民国|民國|民国)\\s*(?<ry>${digit}{2,3}|[〇○零一二三四五六七八九十百]{2,6})`;
/** Year (`y`, or `ry` for a year of the Republic), month and day groups of a date with 年月日 (`m`, `d`). */
export const chineseDatePattern = `(?:(?<y>(?:19|20|１９|２０)${digit}{2}|[一二]${yearNumeral}{3})|${minguoYear})年(?<m>${digit}{1,2}|${smallNumeral}{1,2})月(?<d>${digit}{1,2}|${smallNumeral}{1,3})[日号號]`;
/** Year, month and day groups of a page date `2024-03-05`, `2024/3/5`, `2024.03.05` (`py`, `pm`, `pd`). */
export const pageDatePattern = `(?<py>(?:19|20|１９|２０)${digit}{2})[-/.－／．](?<pm>${digit}{1,2})[-/.－／．](?<pd>${digit}{1,2})`;
/**
 * A labelled field's date in years of the Republic, as Taiwan's government pages print it beside
 * 發布日期： (`113-05-30`, `113/5/30`; groups `ry`, `m`, `d`). Only a date field is read this way: two
 * or three digits before a dash are no year elsewhere.
 */
export const minguoFieldDatePattern = `(?<ry>${digit}{2,3})[-/.－／．](?<m>${digit}{1,2})[-/.－／．](?<d>${digit}{1,2})`;
/** Two patterns, not one alternation: both hold the group names `ry`, `m` and `d`. */
const republicYearDates = [new RegExp(`${minguoYear}年`, 'u'), new RegExp(`(?<![0-9０-９])${minguoFieldDatePattern}(?![0-9０-９])`, 'u')];

/**
 * Whether a line prints a date in years of the Republic (`中華民國113年5月30日`, `發布日期：113-05-30`).
 * @example printsRepublicYear('發布日期：113-05-30') // true; printsRepublicYear('2024-05-30') // false
 */
export function printsRepublicYear(line: string): boolean {
  return republicYearDates.some((pattern) => pattern.test(line));
}

/** Month and day groups of a date without its year, `3月8日` (`mm`, `md`): a news agency's dispatch line prints these. */
export const monthDayPattern = `(?<mm>${digit}{1,2}|${smallNumeral}{1,2})月(?<md>${digit}{1,2}|${smallNumeral}{1,3})[日号號]`;

const numeralValue: Readonly<Record<string, number>> = { '〇': 0, '○': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };

/**
 * The value of a number as a date prints it, or undefined: digits (ASCII or full-width), a year's
 * numerals read digit by digit, or a month's / day's numerals with 十 (`十二` 12, `三十一` 31, `廿五` 25).
 * @example numberOf('２０２４') // 2024
 * @example numberOf('二〇二四') // 2024
 * @example numberOf('三十一') // 31
 */
export function numberOf(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/gu, (c) => String.fromCharCode((c.codePointAt(0) as number) - 0xfee0));
  if (/^\d+$/u.test(ascii)) return Number(ascii);
  if (/^[〇○零一二三四五六七八九]{4}$/u.test(text)) return Number([...text].map((c) => numeralValue[c]).join(''));
  const tens = /^(?<t>[一二三]?)(?<ten>[十廿卅])(?<u>[一二三四五六七八九]?)$/u.exec(text)?.groups;
  if (tens) {
    const base = tens.ten === '廿' ? 20 : tens.ten === '卅' ? 30 : (tens.t ? (numeralValue[tens.t] as number) : 1) * 10;
    if (tens.ten !== '十' && tens.t) return undefined;
    return base + (tens.u ? (numeralValue[tens.u] as number) : 0);
  }
  if (text.length === 1 && numeralValue[text] !== undefined) return numeralValue[text];
  return undefined;
}

/** `YYYY-MM-DD` of a year, month and day as printed, or undefined when it is no calendar date. */
export function isoDate(year: string, month: string, day: string): string | undefined {
  const [y, m, d] = [numberOf(year), numberOf(month), numberOf(day)];
  if (y === undefined || m === undefined || d === undefined || m < 1 || m > 12 || d < 1) return undefined;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Taiwan's official calendar counts years from 1912, year 1 of the Republic of China. */
const MINGUO_OFFSET = 1911;

/**
 * The year of the Republic of an ISO date (2024-05-30 → 113): what a date printed in years of the
 * Republic said, for the evidence that explains it.
 * @example minguoYearOfDate('2024-05-30') // 113
 */
export function minguoYearOfDate(date: string): number {
  return Number(date.slice(0, 4)) - MINGUO_OFFSET;
}

/**
 * The value of a year of the Republic as printed: digits, numerals digit by digit (`一一三`) or with
 * 百 and 十 (`一百一十三`); undefined for anything else.
 * @example minguoYearOf('一百一十三') // 113
 */
export function minguoYearOf(text: string): number | undefined {
  const digits = numberOf(text);
  if (digits !== undefined && /^[0-9０-９]+$/u.test(text)) return digits;
  if (/^[〇○零一二三四五六七八九]{2,3}$/u.test(text)) return Number([...text].map((c) => numeralValue[c]).join(''));
  const g = /^(?:(?<h>[一二])百)?(?:(?<t>[一二三四五六七八九]?)十|(?<z>[〇○零]))?(?<u>[一二三四五六七八九])?$/u.exec(text)?.groups;
  if (!g || !/[百十]/u.test(text)) return undefined;
  const hundreds = g.h ? (numeralValue[g.h] as number) * 100 : 0;
  const tens = text.includes('十') ? (g.t ? (numeralValue[g.t] as number) : 1) * 10 : 0;
  return hundreds + tens + (g.u ? (numeralValue[g.u] as number) : 0);
}

/**
 * The date of a Central News Agency (Taiwan) story code and the year of the Republic it prints:
 * seven digits, that year then month and day (`1130620` → 2024-06-20, year 113), as CNA prints it
 * after the editor's credit that closes a story (`（編輯：李四）1130620`); undefined for anything else.
 * @example minguoDateCode('1130620') // { date: '2024-06-20', minguoYear: 113 }
 */
export function minguoDateCode(code: string): { date: string; minguoYear: number } | undefined {
  const match = /^(?<y>[0-9]{3})(?<m>[0-9]{2})(?<d>[0-9]{2})$/u.exec(code);
  const minguoYear = match?.groups ? Number(match.groups.y) : 0;
  const date = match?.groups && minguoYear >= 1 ? isoDate(String(minguoYear + MINGUO_OFFSET), match.groups.m!, match.groups.d!) : undefined;
  return date ? { date, minguoYear } : undefined;
}

/** The date of a match of {@link chineseDatePattern} or {@link pageDatePattern}'s groups, or undefined. */
export function dateOfGroups(groups: Readonly<Record<string, string | undefined>> | undefined): string | undefined {
  if (!groups) return undefined;
  if (groups.y && groups.m && groups.d) return isoDate(groups.y, groups.m, groups.d);
  if (groups.ry && groups.m && groups.d) {
    const year = minguoYearOf(groups.ry);
    return year === undefined || year < 1 ? undefined : isoDate(String(year + MINGUO_OFFSET), groups.m, groups.d);
  }
  if (groups.py && groups.pm && groups.pd) return isoDate(groups.py, groups.pm, groups.pd);
  return undefined;
}

const fullDate = new RegExp(chineseDatePattern, 'gu');

/** A full date a text states: its printed form, where it is, and its value. */
export interface StatedDate {
  text: string;
  index: number;
  date: string;
}

/**
 * The first full calendar date (`年月日`, any digit form) a text states, or undefined.
 * @example firstStatedDate('会议于２０２４年３月５日召开')?.date // '2024-03-05'
 */
export function firstStatedDate(text: string): StatedDate | undefined {
  for (const match of text.matchAll(fullDate)) {
    const date = dateOfGroups(match.groups);
    if (date) return { text: match[0], index: match.index, date };
  }
  return undefined;
}

const leadingDate = new RegExp(`^\\s*(?:${chineseDatePattern}|${pageDatePattern})\\s*`, 'u');

/**
 * A text without the full date it opens with (a headline `2024年3月12日外交部发言人…`, a position
 * printed after the date), or the text unchanged.
 * @example withoutLeadingDate('2024年3月12日外交部发言人毛宁主持例行记者会') // '外交部发言人毛宁主持例行记者会'
 */
export function withoutLeadingDate(text: string): string {
  const match = leadingDate.exec(text);
  return match && dateOfGroups(match.groups) ? text.slice(match[0].length) : text;
}
