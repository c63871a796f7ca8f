/**
 * Layout and metadata for a raw text that has no meta file yet (`npm run import`): one article,
 * roles inferred from the text, the date of the page's dateline (`2024-04-19 10:30 来源：四川日报`,
 * the publication date), else the first one stated in it (`2025年3月26日`), or given, Q&A participants
 * from the labels, positions printed before their names. What cannot be inferred is listed in
 * `missing` (with the flag that supplies it), never invented.
 */
import { articleIdFor } from '../../../src/lib/article/ids.ts';
import { boldLabelAt, classifyLabel, isPersonName, plainLabelAt } from '../../../src/lib/article/labels.ts';
import type { SourceMeta } from '../source-meta.ts';
import { findInlineBylines, parseByline } from './byline.ts';
import type { SourceBlock } from './model.ts';

/** Metadata a maintainer passes on the command line. */
export interface GivenMeta {
  date?: string | undefined;
  outlet?: string | undefined;
  region?: string | undefined;
  title?: string | undefined;
}

const fullDate = /(?<y>(?:19|20)\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})日/u;
const positionBefore = (name: string): RegExp => new RegExp(`(?<position>[^\\s，,。；;：:“”「」()（）]{2,40}?(?:长|長|书记|書記|主任|员|員|人|常委|厅长|廳長))\\s?${name}`, 'u');

/** The inferred meta file, and what is missing for a valid article. */
export function inferMeta(blocks: readonly SourceBlock[], given: GivenMeta): { meta: SourceMeta | null; missing: string[]; notes: string[] } {
  const missing: string[] = [];
  const notes: string[] = [];
  const text = blocks.map((b) => b.lines.join('\n')).join('\n');
  const roles: SourceMeta['articles'][number]['roles'] = {};
  const first = blocks[0];
  let title = given.title;
  if (!title && first && !/^#/.test(first.lines[0] ?? '') && first.lines.join('').length <= 40 && !/[。！？!?]$/u.test(first.lines.join(''))) {
    roles[String(first.line)] = 'title';
    notes.push(`title: line ${first.line} (a short first line without terminal punctuation)`);
  } else if (!title && !(first && /^#\s/.test(first.lines[0] ?? ''))) missing.push('title (no short first line or `# ` heading; pass --title)');
  for (const block of [blocks[1], blocks.at(-1)]) {
    if (block && block !== first && parseByline(block.lines.join(' '))) {
      roles[String(block.line)] = 'byline';
      notes.push(`byline: line ${block.line}`);
    }
  }
  const bylineOutlet = blocks.some((b) => Object.values(roles).includes('byline') && roles[String(b.line)] === 'byline' && parseByline(b.lines.join(' '))?.outlet) || blocks.some((b) => findInlineBylines(b.lines.join('')).some((x) => x.outlet));
  // An outlet nothing names is “not stated”, never a placeholder: import goes on, and says so.
  if (!given.outlet && !bylineOutlet) notes.push('outlet: not stated (no byline names one; pass --outlet only when other evidence names it)');
  // A page's dateline (a byline line `2024-04-19 10:30  来源：四川日报`) states the publication date;
  // otherwise the first full date of the prose, which may be the event's: the basis says which.
  const datelineBlock = blocks.find((b) => roles[String(b.line)] === 'byline' && parseByline(b.lines.join(' '))?.date);
  const dateline = datelineBlock ? { line: datelineBlock.line, text: datelineBlock.lines.join(' '), date: parseByline(datelineBlock.lines.join(' '))?.date } : undefined;
  const stated = fullDate.exec(text)?.groups;
  const date = given.date ?? dateline?.date ?? (stated ? `${stated.y}-${stated.m?.padStart(2, '0')}-${stated.d?.padStart(2, '0')}` : undefined);
  if (!date) missing.push('date (the text states no full date; pass --date YYYY-MM-DD)');
  if (dateline && !given.date) notes.push(`date: ${dateline.date}, the page's dateline (line ${dateline.line}), the publication date`);
  if (!given.region) missing.push('region (pass --region, e.g. --region 甘肃)');
  const names = new Set<string>();
  let afterQuestion = false;
  for (const block of blocks) {
    const line = block.lines.join('');
    // An inline `李華:…` counts as a name right after a question (`記者:…`), or when the text
    // introduces that name with a position (`国家统计局四川调查总队副总队长李明`, so a second
    // speaker adding to an answer is found); a report's `会议指出:` or `他指出:` has neither.
    const bold = boldLabelAt(line);
    const plain = plainLabelAt(line);
    const ownLine = plain && plain.rest === '' && isPersonName(plain.label) ? plain.label : undefined;
    const introduced = (name: string): boolean => positionBefore(name).test(text);
    const inline = plain && /^\S/u.test(plain.rest) && isPersonName(plain.label) && (afterQuestion || introduced(plain.label)) ? plain.label : undefined;
    const name = ownLine ?? bold?.label ?? inline;
    if (name && classifyLabel(name).kind === 'name') names.add(name);
    const label = bold?.label ?? plain?.label;
    afterQuestion = label !== undefined && classifyLabel(label).kind === 'question';
  }
  const participants = [...names].map((name) => {
    // `省统计局副局长王华、国家统计局四川调查总队副总队长李明`: a position starts after another
    // participant's name and its 、 (a position may itself hold 、: `市委常委、常務副市長`).
    let position = positionBefore(name).exec(text)?.groups?.position;
    for (const other of names) {
      const cut = other === name || !position ? -1 : position.lastIndexOf(`${other}、`);
      if (position && cut !== -1) position = position.slice(cut + other.length + 1);
    }
    return position ? { name, role: 'speaker' as const, position } : { name, role: 'speaker' as const };
  });
  const kind = participants.length === 0 ? 'report' : /发布会|發布會|新闻发布|新聞發布/u.test(text) ? 'press-conference' : 'interview';
  notes.push(`kind: ${kind}${participants.length ? ` (Q&A labels: ${participants.map((p) => p.name).join('、')})` : ' (no Q&A labels)'}`);
  if (missing.length > 0 || !date || !given.region) return { meta: null, missing, notes };
  const titleText = title ?? (first?.lines.join('') ?? '').replace(/^#\s*/, '');
  const article = {
    id: articleIdFor(date, titleText),
    lines: [`${first?.line ?? 1}-${blocks.at(-1)?.line ?? 1}`],
    roles,
    ...(title ? { title, titleBasis: 'given with --title' } : {}),
    date,
    dateBasis: given.date
      ? { method: 'given' as const, evidence: 'given with --date by the maintainer who imported the text' }
      : dateline
        ? { method: 'stated' as const, of: 'publication' as const, evidence: `the page's dateline “${dateline.text}” (line ${dateline.line})` }
        : { method: 'inferred' as const, evidence: `the first full date the text states, “${fullDate.exec(text)?.[0] ?? ''}”; check that it is the date of the event` },
    ...(given.outlet ? { outlet: given.outlet, outletBasis: 'given with --outlet' } : {}),
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
