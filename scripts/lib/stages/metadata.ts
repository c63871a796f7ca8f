/**
 * An article's frontmatter from its front units (kicker, title, subtitle, standfirst, bylines,
 * participant lists), the bylines inside its body, the layout data and the provenance of the raw
 * text. A reporter's credit closing a paragraph (`…。（记者 张弘毅）`, inside an interviewee's answer)
 * moves to `authors` and out of the body. An outlet nothing names stays absent (“not stated”), never
 * a placeholder. Positions given in the layout data must be printed in the text before the name.
 */
import type { ArticleInput, ScriptCode, Speaker } from '../../../src/lib/article/schema.ts';
import { findInlineBylines, parseByline, splitClosingCredit, type Byline } from './byline.ts';
import { pageFurnitureKind } from './data/page-furniture.ts';
import { stripHeading } from './captions.ts';
import type { Decision, Removal, Unit } from './model.ts';
import type { BodyItem } from '../../../src/lib/article/body-items.ts';
import { findSpeaker } from './speakers.ts';

/** What the metadata stage needs besides the units. */
export interface MetadataInput {
  spec: {
    id: string;
    title?: string | undefined;
    titleBasis?: string | undefined;
    date: string;
    dateBasis: { method: 'stated' | 'inferred' | 'given'; of?: 'event' | 'publication' | undefined; evidence: string };
    outlet?: string | undefined;
    event?: string | undefined;
    region: string;
    kind: 'press-conference' | 'interview' | 'report';
    participants: readonly { name: string; role: 'host' | 'speaker'; position?: string | undefined }[];
  };
  front: readonly Unit[];
  items: readonly BodyItem[];
  script: ScriptCode;
  registry: readonly Speaker[];
  documentText: string;
  source: NonNullable<ArticleInput['source']>;
  repairs: ArticleInput['repairs'];
}

const join = (units: readonly Unit[]): string | undefined => (units.length ? units.map((u) => stripHeading(u.lines.join(' '))).join(' ') : undefined);

/** `原标题：` (“original headline”): the label a reposting page prints before the headline it keeps — not part of the headline. */
export const titleLabelWords: readonly string[] = ['原标题', '原標題'];
const titleLabel = new RegExp(`^(?:${titleLabelWords.join('|')})\\s*[:：]\\s*`, 'u');

/**
 * The headline a title line prints, without a `原标题：` label before it.
 * @example headlineOf('原标题：以高质量发展推进中国式现代化') // '以高质量发展推进中国式现代化'
 */
export function headlineOf(line: string): string {
  const text = stripHeading(line);
  return text.replace(titleLabel, '') || text;
}

/** Paragraphs without the reporters' credits that close them; each credit moved is a removal and a decision. */
export function moveClosingCredits(items: readonly BodyItem[]): { items: BodyItem[]; credits: { line: number; credit: string; authors: string[] }[] } {
  const credits: { line: number; credit: string; authors: string[] }[] = [];
  const out = items.map((item): BodyItem => {
    if (item.kind !== 'paragraph') return item;
    const split = splitClosingCredit(item.text);
    if (!split || split.byline.authors.length === 0 || split.text === '') return item;
    credits.push({ line: item.lines.at(-1) ?? 0, credit: split.credit, authors: split.byline.authors });
    return { ...item, text: split.text };
  });
  return { items: out, credits };
}

/** The frontmatter, the body without moved credits, the text moved out of the body (bylines, participant lists), decisions and warnings. */
export function buildFrontmatter(input: MetadataInput): { front: ArticleInput; items: BodyItem[]; removals: Removal[]; decisions: Decision[]; warnings: string[] } {
  const { spec, front } = input;
  const removals: Removal[] = [];
  const decisions: Decision[] = [];
  const warnings: string[] = [];
  const moved = moveClosingCredits(input.items);
  const items = moved.items;
  for (const c of moved.credits) {
    removals.push({ rule: 'byline-moved', line: c.line, text: c.credit });
    decisions.push({ stage: 'metadata', line: c.line, action: 'byline-moved', detail: `the credit “${c.credit}” closing line ${c.line} names the reporter (${c.authors.join('、')}), not the speaker's words: moved to authors` });
  }
  const of = (role: Unit['role']): Unit[] => front.filter((u) => u.role === role);
  const printed = join(of('title'));
  const headline = printed === undefined ? undefined : headlineOf(printed);
  if (printed !== undefined && headline !== undefined && headline !== printed) {
    const line = of('title')[0]?.line ?? 0;
    const label = printed.slice(0, printed.length - headline.length).trim();
    removals.push({ rule: 'title-label', line, text: label });
    decisions.push({ stage: 'metadata', line, action: 'title-label', detail: `“${label}” labels the headline the page reposts (原标题, the original headline), not part of it: the title is “${headline}”` });
  }
  const title = headline ?? spec.title;
  if (!title) throw new Error(`article ${spec.id}: no title line; give one a \`title\` role or give \`title\` in the meta file`);
  let outlet: string | undefined;
  const authors: string[] = [];
  const bylines = [
    ...of('byline').map((u) => {
      removals.push({ rule: 'byline', line: u.line, text: u.lines.join(' ') });
      const byline = parseByline(u.lines.join(' '));
      if (!byline) throw new Error(`article ${spec.id}: line ${u.line} (“${u.lines.join(' ')}”) has the role byline but names no outlet or reporter`);
      return byline;
    }),
    ...items.flatMap((item) => (item.kind === 'paragraph' ? findInlineBylines(item.text) : [])),
    ...moved.credits.map((c): { outlet?: string; authors: string[] } => ({ authors: c.authors })),
  ];
  for (const byline of bylines) {
    outlet ??= byline.outlet;
    for (const name of byline.authors) if (!authors.includes(name)) authors.push(name);
  }
  // `原创 甘肃发布 …`: the account that marks the article its own, when no line names the outlet.
  outlet ??= bylines.find((b): b is Byline => 'account' in b && b.account !== undefined)?.account;
  for (const u of of('participants')) removals.push({ rule: 'participant-list', line: u.line, text: u.lines.join(' ') });
  for (const u of of('furniture')) {
    removals.push({ rule: 'page-furniture', line: u.line, text: u.lines.join(' ') });
    decisions.push({ stage: 'metadata', line: u.line, action: 'page-furniture', detail: `“${u.lines.join(' ')}” is the page's ${pageFurnitureKind(u.lines.join(' ')) ?? 'furniture'}, not the article's text: taken out of the body` });
  }
  if (!outlet && spec.outlet) warnings.push(`${spec.id}: the text names no outlet; outlet “${spec.outlet}” comes from the meta file`);
  if (printed === undefined && spec.title) warnings.push(`${spec.id}: the text prints no headline; title “${spec.title}” comes from the meta file`);
  outlet ??= spec.outlet;
  if (!outlet) warnings.push(`${spec.id}: the text names no outlet: the article says “not stated” (give \`outlet\` with \`outletBasis\` in the meta file, or --outlet, only when other evidence names it)`);
  const titleBasis = join(of('title')) ? undefined : spec.titleBasis;
  if (!join(of('title')) && spec.title && !spec.titleBasis) throw new Error(`article ${spec.id}: the title “${spec.title}” comes from the meta file; say where it was composed from in \`titleBasis\` (it is shown to readers)`);
  const standfirst = join(of('standfirst'));
  const speakers = spec.participants.map((p) => {
    const entry = findSpeaker(input.registry, p.name);
    if (!entry) throw new Error(`article ${spec.id}: participant ${p.name} is not in the speakers registry`);
    // Printed before the name (`省统计局副局长王华`, `… 康义：`) or in brackets after it (`王华（省统计局副局长）`).
    if (p.position && !new RegExp(`${escapeRegExp(p.position)}\\s?${escapeRegExp(p.name)}|${escapeRegExp(p.name)}\\s*[（(]${escapeRegExp(p.position)}[）)]`).test(input.documentText)) {
      throw new Error(`article ${spec.id}: the position “${p.position}” of ${p.name} is printed neither before the name nor in brackets after it in the text; positions come from the article`);
    }
    return { id: entry.id, ...(p.role === 'host' ? { role: 'host' as const } : {}), ...(p.position ? { position: p.position } : {}) };
  });
  const article: ArticleInput = {
    id: spec.id,
    title,
    ...(titleBasis ? { titleBasis } : {}),
    ...(join(of('subtitle')) ? { subtitle: join(of('subtitle')) } : {}),
    ...(join(of('kicker')) ? { kicker: join(of('kicker')) } : {}),
    date: spec.date,
    dateBasis: spec.dateBasis,
    ...(outlet ? { outlet } : {}),
    ...(standfirst ? { standfirst } : {}),
    ...(spec.event ? { event: spec.event } : {}),
    authors,
    region: spec.region,
    kind: spec.kind,
    script: input.script,
    speakers,
    source: input.source,
    repairs: input.repairs,
  };
  if (authors.length === 0) warnings.push(`${spec.id}: no byline names an author`);
  return { front: article, items, removals, decisions, warnings };
}

/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
