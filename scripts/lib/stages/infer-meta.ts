/**
 * Layout and metadata for a raw text that has no meta file yet (`npm run import`): one article,
 * roles inferred from the text, the date of the page's dateline (`2024-04-19 10:30 来源：四川日报`,
 * the publication date), else the first one stated in it (`2025年3月26日`), or given, Q&A participants
 * from the labels, positions printed before their names. What cannot be inferred is listed in
 * `missing` (with the flag that supplies it), never invented.
 */
import { articleIdFor } from '../../../src/lib/article/ids.ts';
import { boldLabelAt, classifyLabel, isPersonName, labelCloseBrackets, labelOpenBrackets, personNamePattern, plainLabelAt, positionLabelAt, positionPattern } from '../../../src/lib/article/labels.ts';
import type { SourceMeta } from '../source-meta.ts';
import { firstStatedDate, minguoYearOfDate, printsRepublicYear, withoutLeadingDate } from '../../../src/lib/article/chinese-date.ts';
import { cnaDateCode, findInlineBylines, parseAgencyDateline, parseByline, type Byline } from './byline.ts';
import { positionEndings } from '../../../src/lib/article/data/position-titles.ts';
import { detectScript } from './detect-script.ts';
import { isFurnitureBlock, pageFurnitureKind } from './data/page-furniture.ts';
import { escapeRegExp, headlineOf, titleLabelWords } from './metadata.ts';
import { pageInfoFields } from './data/page-info-fields.ts';
import { rosterHeadings } from './data/roster-headings.ts';
import { eventDateWords } from './data/event-date-words.ts';
import type { SourceBlock } from './model.ts';

/** Metadata a maintainer passes on the command line. */
export interface GivenMeta {
  date?: string | undefined;
  outlet?: string | undefined;
  region?: string | undefined;
  title?: string | undefined;
}

/**
 * Words that name a press conference, in mainland, Hong Kong and Taiwan usage and both scripts:
 * 新闻发布会, 发布会 (发佈会 in some HK texts), 记者会/記者會 (HK, TW), 吹风会 (a State Council briefing).
 */
const pressConferenceWords = /发布会|發布會|發佈會|发佈会|新闻发布|新聞發布|新聞發佈|记者会|記者會|吹风会|吹風會/u;

/** The position words (`data/position-titles.ts`) as a regex alternation. */
const positionEndingWords = positionEndings.join('|');

/** A person introduced with a position in a headline, `…厅长赵刚：…`: the name after a position word, before punctuation or the end. */
const headlinePerson = new RegExp(`(?:${positionEndingWords})(?<name>[\\p{Script=Han}·]{2,3})(?=[：:，,。；;、\\s]|$)`, 'gu');

/**
 * A person the headline or lead introduces, with a position, as the one who answers: `…環境及生態局局長謝展寰的書面答覆`
 * (a Hong Kong written reply), `外交部发言人毛宁答记者问`: the name between a position word and a word of answering.
 */
const answererIntro = new RegExp(`(?:${positionEndingWords})(?<name>[\\p{Script=Han}·]{2,3}?)的?(?:書面|书面)?(?:答覆|答复|回答|答问|答問|答记者问|答記者問)`, 'gu');

/**
 * The clause a stated date stands in (up to 。！？； or a line break, at most 40 characters), when it
 * says that something was held that day (`data/event-date-words.ts`); else undefined.
 * @example eventClauseOf('2024年3月12日外交部发言人毛宁主持例行记者会', 0, 10) // '外交部发言人毛宁主持例行记者会'
 */
export function eventClauseOf(text: string, at: number, length: number): string | undefined {
  const clause = /^[，,\s]*([^。！？；!?;\n]{1,40})/u.exec(text.slice(at + length))?.[1];
  return clause && eventDateWords.some((w) => clause.includes(w)) ? clause : undefined;
}

const anyPositionEnding = new RegExp(positionEndingWords, 'u');

/**
 * The title at the end of a run of words before a name: a title holds no 的, so the run starts after
 * the last one; and what then comes before a 和/与/與 that follows no position word is another phrase
 * the sentence coordinates (`…議員的提問和環境及生態局局長` → `環境及生態局局長`), while an organ's own
 * 和 stays (`省住房和城乡建设厅厅长`: no 的 before it).
 * @example titleOfClause('在立法會會議上胡健民議員的提問和環境及生態局局長') // '環境及生態局局長'
 */
export function titleOfClause(run: string): string {
  const cut = run.lastIndexOf('的');
  if (cut === -1) return run;
  const after = run.slice(cut + 1);
  const conjunction = /[和与與]/u.exec(after);
  return conjunction && !anyPositionEnding.test(after.slice(0, conjunction.index)) ? after.slice(conjunction.index + 1) : after;
}

/** Verbs a headline or lead puts before a position (`专访…厅长赵刚`, `记者采访了…`, `请国家统计局副局长盛来运介绍`, `今天我们邀请到省发展改革委主任赵强`), in both scripts: the position starts after the last of them. */
const introducingVerb = /^.*(?:专访|專訪|对话|對話|访谈|訪談|采访|採訪|走访|走訪|会见|會見|邀请|邀請|请|請)[了到]?/u;

/** The evidence a meta file records for what import inferred or was given, in each script with its own quotation marks (readers see it). */
const basisWords = {
  hans: {
    givenTitle: '导入时由维护者以 --title 给出',
    givenOutlet: '导入时由维护者以 --outlet 给出',
    givenDate: '导入时由维护者以 --date 给出',
    dateline: (line: string, at: number) => `版面日期行“${line}”（第${at}行）印明发表日期。`,
    republic: (minguoYear: number, date: string) => `民国${minguoYear}年即${date.slice(0, 4)}年。`,
    dateCode: (line: string, at: number, code: string, date: string, minguoYear: number) => `稿末“${line}”（第${at}行）的代码${code}是中央社的发稿日期（民国${minguoYear}年，即${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8))}日），印明发表日期。`,
    firstDate: (date: string, at: number) => `原文第${at}行写明“${date}”，是文中第一个完整日期；未见印明发表日期的日期行，须核对它是否即所记事件之日。`,
    eventDate: (date: string, at: number, clause: string) => `原文第${at}行写明“${date}”，是文中第一个完整日期，所在句“${clause}”记当日举行的活动：这是所记事件之日；未见印明发表日期的日期行。`,
  },
  hant: {
    givenTitle: '匯入時由維護者以 --title 給出',
    givenOutlet: '匯入時由維護者以 --outlet 給出',
    givenDate: '匯入時由維護者以 --date 給出',
    dateline: (line: string, at: number) => `版面日期行「${line}」（第${at}行）印明發表日期。`,
    republic: (minguoYear: number, date: string) => `民國${minguoYear}年即${date.slice(0, 4)}年。`,
    dateCode: (line: string, at: number, code: string, date: string, minguoYear: number) => `稿末「${line}」（第${at}行）的代碼${code}是中央社的發稿日期（民國${minguoYear}年，即${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8))}日），印明發表日期。`,
    firstDate: (date: string, at: number) => `原文第${at}行寫明「${date}」，是文中第一個完整日期；未見印明發表日期的日期行，須核對它是否即所記事件之日。`,
    eventDate: (date: string, at: number, clause: string) => `原文第${at}行寫明「${date}」，是文中第一個完整日期，所在句「${clause}」記當日舉行的活動：這是所記事件之日；未見印明發表日期的日期行。`,
  },
} as const;

/** The words of an editor's note (编者按) opening a page: `【编者按】…`, `编者按：…`, `［編者按］…`. */
const editorsNoteWords: readonly string[] = ['编者按', '編者按', '编者的话', '編者的話'];
const editorsNote = new RegExp(`^[【［\\[〔(（]?\\s*(?:${editorsNoteWords.join('|')})\\s*[】］\\]〕)）:：]`, 'u');

/** Words a page prints before a colon that never name a person: its information fields (来源, 作者, 编辑…), 原标题, 编者按. */
const notPersonLabels: ReadonlySet<string> = new Set([...pageInfoFields.flatMap((f) => f.labels), ...titleLabelWords, ...editorsNoteWords]);

/** A character that starts the next word after a name the text introduces (`行政長官李家超今日…`): time words, verbs, prepositions, punctuation. */
const afterIntroducedName = /[今昨明本在出於于向與与和及對对、，。：:（(\s上下接致發发表說说指會会主將将已曾再也就]/u;

/** A character of a name introduced after a position: Han, and no word that follows a name. */
const han = (c: string | undefined): boolean => c !== undefined && /\p{Script=Han}/u.test(c) && !afterIntroducedName.test(c);
/** Where a name introduced after a position ends: the text's end or the next word. */
const ends = (c: string | undefined): boolean => c === undefined || afterIntroducedName.test(c);

/**
 * The person a position label (`行政長官：`) stands for: the name the text prints right after that
 * position (`行政長官李家超今日…`, 2 or 3 characters, up to where the next word starts), or undefined
 * when the label is no position or the text introduces nobody with it.
 * @example holderOf('行政長官', '以下是行政長官李家超今日出席…') // '李家超'
 */
export function holderOf(label: string, text: string): string | undefined {
  if (!positionEndings.some((ending) => label.endsWith(ending)) || label.length < 2) return undefined;
  for (let at = text.indexOf(label); at !== -1; at = text.indexOf(label, at + 1)) {
    const run = [...text.slice(at + label.length, at + label.length + 4)];
    if (han(run[0]) && han(run[1]) && han(run[2]) && ends(run[3])) return run.slice(0, 3).join('');
    if (han(run[0]) && han(run[1]) && ends(run[2])) return run.slice(0, 2).join('');
  }
  return undefined;
}

/**
 * The first position the text prints right before `name` (`省统计局副局长王华` → `省统计局副局长`), read
 * once per name and text: the search runs over the whole text, and a transcript asks it for the
 * same few labels on every paragraph (a 800-paragraph transcript spent 20 s here).
 */
function positionsBefore(text: string): (name: string) => string | undefined {
  const found = new Map<string, string | undefined>();
  return (name) => {
    if (!found.has(name)) found.set(name, new RegExp(`(?<position>${positionPattern})\\s?${escapeRegExp(name)}`, 'u').exec(text)?.groups?.position);
    return found.get(name);
  };
}

/** A roster's heading alone (`出席人：`, `【主持人】`), or with its one entry on the same line (`主持人：…发言人　寿小丽`). */
const rosterHeading = new RegExp(`^[${labelOpenBrackets}]?(?<heading>${rosterHeadings.flatMap((h) => h.words).join('|')})[${labelCloseBrackets}]?\\s*[:：]?\\s*(?<entry>.*)$`, 'u');
/** One roster entry: the position, a space (ASCII or ideographic), the name; nothing after it. */
const rosterEntry = new RegExp(`^(?<position>${positionPattern})[\\s　]+(?<name>${personNamePattern})$`, 'u');

/** A roster entry's person, or undefined. */
function rosterPerson(line: string): { name: string; position: string } | undefined {
  const match = rosterEntry.exec(line.trim());
  return match?.groups?.name && match.groups.position ? { name: match.groups.name, position: match.groups.position } : undefined;
}

/**
 * The rosters of a page (`出席人：` then `浙江省委副书记、省长　王浩` lines): the blocks each uses and
 * the people it lists, host or not. A heading followed by no entry is no roster (`主持人：现在开始提问。`
 * is the host's turn).
 * @example rosters([{ line: 7, lines: ['主持人：'] }, { line: 8, lines: ['新闻发言人 寿小丽'] }]) // [{ blocks: [7, 8], people: [{ name: '寿小丽', position: '新闻发言人', host: true }] }]
 */
export function rosters(blocks: readonly SourceBlock[]): { blocks: number[]; people: { name: string; position: string; host: boolean }[] }[] {
  const found: { blocks: number[]; people: { name: string; position: string; host: boolean }[] }[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const [first = '', ...more] = blocks[i]?.lines ?? [];
    const heading = rosterHeading.exec(first.trim());
    if (!heading?.groups?.heading) continue;
    const host = rosterHeadings.some((h) => h.host && h.words.includes(heading.groups?.heading ?? ''));
    const inline = heading.groups.entry ?? '';
    const lines = [...(inline ? [inline] : []), ...more];
    const listed = lines.map(rosterPerson);
    if (listed.some((p) => !p)) continue;
    const used = [blocks[i]!.line];
    const people = listed.map((p) => ({ ...p!, host }));
    for (let j = i + 1; j < blocks.length; j++) {
      const entries = blocks[j]!.lines.map(rosterPerson);
      if (entries.length === 0 || entries.some((e) => !e)) break;
      used.push(blocks[j]!.line);
      people.push(...entries.map((e) => ({ ...e!, host })));
      i = j;
    }
    if (people.length > 0) found.push({ blocks: used, people });
  }
  return found;
}

/**
 * The lines of the related-links list that closes a page: its heading (`相关阅读：`) and every block
 * after it, when all of them are headlines (short lines that end no sentence); none otherwise.
 * @example relatedLinks([{ line: 40, lines: ['相关阅读：'] }, { line: 41, lines: ['国新办举行发布会（江苏专场）'] }]) // [40, 41]
 */
export function relatedLinks(blocks: readonly SourceBlock[]): number[] {
  const at = blocks.findLastIndex((b) => b.lines.length === 1 && pageFurnitureKind(b.lines[0] ?? '') === 'related-links');
  if (at === -1) return [];
  const after = blocks.slice(at + 1).filter((b) => !isFurnitureBlock(b.lines));
  const headlines = after.every((b) => b.lines.every((l) => l.trim().length <= 60 && !/[。！？!?：:]$/u.test(l.trim())));
  return headlines ? [blocks[at]!.line, ...after.map((b) => b.line)] : [blocks[at]!.line];
}

/**
 * Whether the block under a headline is its subtitle: one line of at most 30 characters with no
 * sentence punctuation (a leading dash `——` allowed), and not a byline, dateline or date.
 * @example isSubtitle({ line: 3, lines: ['改革创新 砥砺前行'] }) // true
 */
export function isSubtitle(block: SourceBlock): boolean {
  const [line, ...more] = block.lines;
  if (line === undefined || more.length > 0) return false;
  const text = line.trim();
  if (text.length < 2 || text.length > 30 || /[。，、；：？！,.;:?!（）()]/u.test(text) || /[0-9０-９]/u.test(text)) return false;
  return parseByline(text) === null && firstStatedDate(text) === undefined;
}

/**
 * Whether a short first block reads as a headline: it does not end a sentence with 。, and a headline
 * that asks or exclaims (`如何看待一季度经济数据？`, `奋进新征程！`) is one line on its own.
 */
function isHeadline(block: SourceBlock): boolean {
  const text = block.lines.join('');
  if (/[。.，,、；;：:]$/u.test(text)) return false;
  return !/[！？!?]$/u.test(text) || block.lines.length === 1;
}

/** The inferred meta file, and what is missing for a valid article. */
export function inferMeta(blocks: readonly SourceBlock[], given: GivenMeta): { meta: SourceMeta | null; missing: string[]; notes: string[] } {
  const missing: string[] = [];
  const notes: string[] = [];
  const text = blocks.map((b) => b.lines.join('\n')).join('\n');
  const positionBefore = positionsBefore(text);
  // Page furniture (`（完）`, `分享到：`, `【打印】【关闭】`) is no byline and no speaker's label.
  const roles: SourceMeta['articles'][number]['roles'] = {};
  // A roster (`出席人：` over `position　name` lines) lists the participants: the page's, not a turn.
  const pageRosters = rosters(blocks);
  const rosterLines = new Set(pageRosters.flatMap((r) => r.blocks));
  for (const line of rosterLines) roles[String(line)] = 'participants';
  if (pageRosters.length > 0) notes.push(`participants: the roster on line${rosterLines.size > 1 ? 's' : ''} ${[...rosterLines].join(', ')} (${pageRosters.flatMap((r) => r.people.map((p) => `${p.name}${p.host ? ', host' : ''}`)).join('; ')})`);
  // The headlines a portal lists under `相关阅读：` at the end of the page are its links, not the article.
  const related = relatedLinks(blocks);
  for (const line of related) roles[String(line)] = 'furniture';
  if (related.length > 1) notes.push(`page furniture: the related links on lines ${related.join(', ')}`);
  const textBlocks = blocks.filter((b) => !isFurnitureBlock(b.lines) && !rosterLines.has(b.line) && !related.includes(b.line));
  // An editor's note printed above the headline (`【编者按】…`) stays the first paragraph; the headline follows it.
  const head = blocks[0] && editorsNote.test(blocks[0].lines.join('')) ? 1 : 0;
  const first = blocks[head];
  let title = given.title;
  if (!title && first && !/^#/.test(first.lines[0] ?? '') && first.lines.join('').length <= 40 && isHeadline(first)) {
    roles[String(first.line)] = 'title';
    notes.push(`title: line ${first.line} (${head ? "a short line after the editor's note (编者按) that ends no sentence" : 'a short first line that ends no sentence'})`);
  } else if (!title && !(first && /^#\s/.test(first.lines[0] ?? ''))) missing.push('title (no short first line or `# ` heading; pass --title)');
  // Bylines and datelines stand right under the headline (up to three lines: a dateline, then
  // `记者 李华`), or close the text. Each is read once; the outlet and the dateline come from these.
  const bylines = new Map<SourceBlock, Byline>();
  // A short line under the headline that ends no sentence and names no one (`改革创新 砥砺前行`,
  // `——记省人大代表李华`) is its subtitle: never run into the lead by reflow, never read as names.
  const underTitle = roles[String(first?.line)] === 'title' ? blocks.slice(head + 1).find((b) => !isFurnitureBlock(b.lines)) : undefined;
  const subtitle = underTitle && isSubtitle(underTitle) ? underTitle : undefined;
  if (subtitle) {
    roles[String(subtitle.line)] = 'subtitle';
    notes.push(`subtitle: line ${subtitle.line} (a short line under the headline that ends no sentence and is no byline)`);
  }
  // Page furniture between them (WeChat's `点击蓝字 关注我们`) is passed over, and never read as names.
  for (const block of blocks.slice(head + 1).filter((b) => !isFurnitureBlock(b.lines) && b !== subtitle).slice(0, 3)) {
    const byline = parseByline(block.lines.join(' '));
    if (!byline) break;
    bylines.set(block, byline);
  }
  const last = textBlocks.at(-1);
  const closing = last && last !== first ? parseByline(last.lines.join(' ')) : null;
  if (last && closing) bylines.set(last, closing);
  for (const [block, byline] of bylines) {
    roles[String(block.line)] = 'byline';
    notes.push(`${byline.date && !byline.outlet && !byline.account && byline.authors.length === 0 ? 'dateline' : 'byline'}: line ${block.line}`);
  }
  const bylineOutlet = [...bylines.values()].some((b) => b.outlet || b.account) || blocks.some((b) => findInlineBylines(b.lines.join('')).some((x) => x.outlet));
  // An outlet nothing names is “not stated”, never a placeholder: import goes on, and says so.
  if (!given.outlet && !bylineOutlet) notes.push('outlet: not stated (no byline names one; pass --outlet only when other evidence names it)');
  // A page's dateline (a byline line `2024-04-19 10:30  来源：四川日报`) states the publication date;
  // otherwise the first full date of the prose, which may be the event's: the basis says which.
  const dated = [...bylines].find(([, b]) => b.date);
  const dateline = dated ? { line: dated[0].line, text: dated[0].lines.join(' '), date: dated[1].date } : undefined;
  const stated = firstStatedDate(text);
  const statedLine = stated ? (blocks.find((b) => firstStatedDate(b.lines.join('\n')))?.line ?? 0) : 0;
  // `2024年3月12日外交部发言人毛宁主持例行记者会`: a date whose clause holds an event verb is the event's.
  const eventClause = !dateline && !given.date && stated ? eventClauseOf(text, stated.index, stated.text.length) : undefined;
  if (eventClause) notes.push(`date: ${stated?.date}, the day of the event its clause records (“${eventClause}”)`);
  // A news dateline (`新华社北京3月8日电`) prints the dispatch day without its year.
  const agency = blocks.slice(head + 1, head + 4).map((b) => parseAgencyDateline(b.lines.join(''))).find((d) => d !== null);
  const dispatch = agency?.monthDay;
  const dispatchDay = dispatch ? `${dispatch.month ? `${dispatch.month}月` : ''}${dispatch.day}日` : '';
  if (agency?.reporterAndPlace) notes.push(`⚠ authors: the news dateline “${agency.text}” runs the reporter's name into the place (${agency.reporterAndPlace}): not split by guessing — add the author by hand if needed`);
  const date = given.date ?? dateline?.date ?? stated?.date;
  if (!date) missing.push(`date (the text states no full date${dispatch ? `; its news dateline prints ${dispatchDay} without the year` : ''}; pass --date YYYY-MM-DD)`);
  else if (dispatch && (dispatch.day !== Number(date.slice(8, 10)) || (dispatch.month !== undefined && dispatch.month !== Number(date.slice(5, 7))))) {
    // A paper prints a story dispatched the day before: with the page's own publication date that is expected.
    notes.push(dateline && !given.date ? `date: the news dateline prints ${dispatchDay}, the dispatch day, before the publication date ${date} the page prints` : `⚠ date: ${date}, but the news dateline prints ${dispatchDay} (the dispatch day): check which the article is dated by`);
  }
  // `（編輯：李四）1130620`: a CNA story code, whose evidence explains the code.
  const datelineCode = dateline ? cnaDateCode(dateline.text) : undefined;
  // `發布日期：113-05-30`, `中華民國113年5月30日`: a dateline that prints the year of the Republic, not the date's own year.
  const inRepublicYears = dateline !== undefined && printsRepublicYear(dateline.text);
  if (dateline && !given.date) notes.push(`date: ${dateline.date}, the page's dateline (line ${dateline.line}), the publication date`);
  if (!given.region) missing.push('region (pass --region, e.g. --region 甘肃)');
  const names = new Set<string>();
  const labelPositions = new Map<string, string>();
  /** Names a host label prints (`主持人（省政府新闻办副主任 刘芳）：`) or a 主持人 roster lists: the article's host. */
  const hosts = new Set<string>();
  for (const person of pageRosters.flatMap((r) => r.people)) {
    names.add(person.name);
    if (!labelPositions.has(person.name)) labelPositions.set(person.name, person.position);
    if (person.host) hosts.add(person.name);
  }
  let afterQuestion = false;
  let answers = false;
  let labelled = 0;
  for (const block of textBlocks) {
    const line = block.lines.join('');
    // An inline `李華:…` counts as a name right after a question (`記者:…`), or when the text
    // introduces that name with a position (`国家统计局四川调查总队副总队长李明`, so a second
    // speaker adding to an answer is found); a report's `会议指出:` or `他指出:` has neither.
    const bold = boldLabelAt(line);
    const plain = plainLabelAt(line);
    const ownLine = plain && plain.rest === '' && isPersonName(plain.label) ? plain.label : undefined;
    const introduced = (name: string): boolean => positionBefore(name) !== undefined;
    const inline = plain && /^\S/u.test(plain.rest) && isPersonName(plain.label) && (afterQuestion || introduced(plain.label)) ? plain.label : undefined;
    // `国家统计局局长 康义：` (State Council transcripts): the name after a printed position.
    const positioned = bold || ownLine ? null : positionLabelAt(line);
    if (positioned && !labelPositions.has(positioned.name)) labelPositions.set(positioned.name, positioned.position);
    if (positioned?.host) hosts.add(positioned.name);
    const printed = ownLine ?? bold?.label ?? positioned?.name ?? inline ?? (plain && /^\S/u.test(plain.rest) && afterQuestion && holderOf(plain.label, text) ? plain.label : undefined);
    // `行政長官：` where the text introduces 行政長官李家超: the turn is 李家超's, the label his position.
    const found = printed && classifyLabel(printed).kind === 'name' ? holderOf(printed, text) : undefined;
    const holder = found && isPersonName(found) ? found : undefined;
    if (holder && printed) labelPositions.set(holder, printed);
    const name = holder ?? printed;
    // A bare title no one in the text holds (`主席：` over a written reply: the salutation to the chair) names no speaker.
    const bareTitle = name !== undefined && holder === undefined && positionEndings.includes(name);
    const speaker = name && classifyLabel(name).kind === 'name' && !notPersonLabels.has(name) && !bareTitle ? name : undefined;
    if (speaker) names.add(speaker);
    const label = bold?.label ?? plain?.label;
    const labelKind = label === undefined ? undefined : classifyLabel(label).kind;
    // Turns of any kind: a named speaker's, a question's, an answer's, the host's.
    if (speaker || labelKind === 'question' || labelKind === 'answer' || labelKind === 'host') labelled++;
    afterQuestion = labelKind === 'question';
    if (labelKind === 'answer') answers = true;
  }
  // The 问：/答： form prints no name: its one speaker is the person the headline introduces with a
  // position (`专访省农业农村厅厅长赵刚`); with none, or several, the answers stay unattributed.
  if (answers && names.size === 0) {
    const headline = title ?? first?.lines.join('') ?? '';
    const introduced = [...headline.matchAll(headlinePerson)].map((m) => m.groups?.name ?? '').filter((n) => isPersonName(n));
    // Else the lead names who answers: `以下是…議員的提問和環境及生態局局長謝展寰的書面答覆：`.
    const lead = textBlocks.slice(0, 3).map((b) => b.lines.join(''));
    const answerers = introduced.length > 0 ? [] : lead.flatMap((l) => [...l.matchAll(answererIntro)].map((m) => m.groups?.name ?? '')).filter((n) => isPersonName(n));
    if (new Set(introduced).size === 1 && introduced[0]) {
      names.add(introduced[0]);
      notes.push(`interviewee: ${introduced[0]}, introduced with a position in the headline, answers the 答： turns`);
    } else if (new Set(answerers).size === 1 && answerers[0]) {
      names.add(answerers[0]);
      notes.push(`interviewee: ${answerers[0]}, introduced with a position as the one who answers (“${lead.find((l) => l.includes(answerers[0]!))?.slice(0, 40)}…”), answers the 答： turns`);
    }
  }
  // One label over one paragraph is a speaker's statement only when the text introduces that person
  // with a position (`市发展改革委主任李建国` … `李建国：`); otherwise it is no conversation: `主席：` over
  // a speech addresses the chair (`主席：／多謝主席。…`). (A bare title never gets here: it names no speaker.)
  const single = labelled === 1 ? [...names][0] : undefined;
  if (single !== undefined && positionBefore(single) === undefined) {
    notes.push(`Q&A: “${single}：” labels a single paragraph and the text introduces no one by that name with a position: read as prose (a salutation or a quoted line), not a transcript`);
    names.clear();
  }
  const participants = [...names].map((name) => {
    // `省统计局副局长王华、国家统计局四川调查总队副总队长李明`: a position starts after another
    // participant's name and its 、 (a position may itself hold 、: `市委常委、常務副市長`).
    // The position a label prints with the name is the speaker's own; else the first one the text
    // prints before the name.
    let position = labelPositions.get(name) ?? positionBefore(name);
    for (const other of names) {
      const cut = other === name || !position ? -1 : position.lastIndexOf(`${other}、`);
      if (position && cut !== -1) position = position.slice(cut + other.length + 1);
    }
    // `专访省农业农村厅厅长赵刚`: the verb that introduces the person is not part of the position.
    // `2024年3月12日外交部发言人毛宁`: a date before the position is not part of it.
    position = position === undefined ? undefined : titleOfClause(withoutLeadingDate(position).replace(introducingVerb, '')) || undefined;
    const role = hosts.has(name) ? ('host' as const) : ('speaker' as const);
    return position ? { name, role, position } : { name, role };
  });
  const kind = participants.length === 0 ? 'report' : pressConferenceWords.test(text) ? 'press-conference' : 'interview';
  notes.push(`kind: ${kind}${participants.length ? ` (Q&A labels: ${participants.map((p) => p.name).join('、')})` : ' (no Q&A labels)'}`);
  if (missing.length > 0 || !date || !given.region) return { meta: null, missing, notes };
  // Shown to readers in the provenance panel: in the text's own script (the other script's page converts it).
  const words = basisWords[detectScript(text).script ?? 'hans'];
  const titleText = title ?? headlineOf(first?.lines.join('') ?? '');
  const article = {
    id: articleIdFor(date, titleText),
    lines: [`${blocks[0]?.line ?? 1}-${blocks.at(-1)?.line ?? 1}`],
    roles,
    ...(title ? { title, titleBasis: words.givenTitle } : {}),
    date,
    dateBasis: given.date
      ? { method: 'given' as const, evidence: words.givenDate }
      : dateline
        ? { method: 'stated' as const, of: 'publication' as const, evidence: datelineCode ? words.dateCode(dateline.text, dateline.line, datelineCode.code, datelineCode.date, datelineCode.minguoYear) : `${words.dateline(dateline.text, dateline.line)}${inRepublicYears ? words.republic(minguoYearOfDate(date), date) : ''}` }
        : eventClause
          ? { method: 'inferred' as const, of: 'event' as const, evidence: words.eventDate(stated?.text ?? '', statedLine, eventClause) }
          : { method: 'inferred' as const, evidence: words.firstDate(stated?.text ?? '', statedLine) },
    ...(given.outlet ? { outlet: given.outlet, outletBasis: words.givenOutlet } : {}),
    region: given.region,
    kind,
    participants,
    gaps: [],
    joins: [],
    restores: [],
    keep: [],
  } satisfies SourceMeta['articles'][number];
  return { meta: { shared: [], articles: [article] }, missing, notes };
}
