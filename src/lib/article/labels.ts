/**
 * The turn-label grammar, compiled once from the table in data/turn-labels.ts: what a label is
 * (`classifyLabel()`), where a paragraph starts with one (`boldLabelAt()`, `plainLabelAt()`), and
 * the name and credit patterns bylines and captions share. Every tool that reads labels calls
 * these; none keeps a regex of its own.
 */
import { positionEndings } from './data/position-titles.ts';
import { turnLabelGrammar as grammar } from './data/turn-labels.ts';

/** What a label names. */
export type LabelClass = { kind: 'host' } | { kind: 'question'; outlet?: string; onSite: boolean } | { kind: 'answer' } | { kind: 'name' };

/** A label found at the start of a paragraph, and the text after it (spaces after the colon dropped). */
export interface LabelAt {
  label: string;
  rest: string;
}

const alternation = (words: readonly string[]): string => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const colons = grammar.colons.join('');
/** Characters an outlet or plain label never contains: spaces and sentence punctuation. */
const notInLabel = `\\s,，。、:：;；!！?？“”「」()（）*`;

/** A person's name as a regex source: `[\p{Script=Han}·]{2,4}` (use with the `u` flag). */
export const personNamePattern = `${grammar.personName.chars}{${grammar.personName.min},${grammar.personName.max}}`;
/** The byline words before reporters' names, as a regex alternation (`记者|記者|通讯员|通訊員`). */
export const reporterPattern = alternation(grammar.reporter);
/** The questioner words, as a regex alternation (`记者|記者`). */
export const questionerPattern = alternation(grammar.questioner);

const questioner = new RegExp(`^(?<outlet>[^${notInLabel}]{0,${grammar.maxOutlet}}?)(?:${questionerPattern})(?<onSite>${alternation(grammar.questionerSuffix)})?$`, 'u');
const boldLabel = new RegExp(`^\\*\\*(?<label>[^*${colons}]{1,${grammar.maxLabel}}?)\\s*(?:[${colons}]\\s*\\*\\*|\\*\\*\\s*[${colons}])\\s*`, 'u');
const plainLabel = new RegExp(`^(?<label>[^${notInLabel}]{1,${grammar.maxPlainLabel}})[${colons}]\\s*`, 'u');
/** Characters of a bracket table escaped for a regex character class. */
const inClass = (chars: readonly string[]): string => chars.join('').replace(/[\\\]\[^-]/g, '\\$&');
const opens = inClass(grammar.labelBrackets.map(([open]) => open));
const closes = inClass(grammar.labelBrackets.map(([, close]) => close));
/** The opening brackets that may hold a label (`【`, `［`, `[`), as a regex character class body. */
export const labelOpenBrackets = opens;
/** The closing brackets that may hold a label (`】`, `］`, `]`), as a regex character class body. */
export const labelCloseBrackets = closes;
const bracketLabel = new RegExp(`^[${opens}](?<label>[^${notInLabel}${opens}${closes}]{1,${grammar.maxPlainLabel}})[${closes}]\\s*`, 'u');
const labelWithColon = new RegExp(`^(?<label>[^${colons}]{1,${grammar.maxLabel}})[${colons}]$`, 'u');
const leadingColon = new RegExp(`^[${colons}]\\s*`, 'u');
const personName = new RegExp(`^${personNamePattern}$`, 'u');
const photoCredit = new RegExp(`^${grammar.personName.chars}{2,8}(?:${alternation(grammar.photoCredit)})$`, 'u');

/**
 * Who a label names: the host (`主持人`), a questioner (`经济日报记者`, outlet `经济日报`;
 * `中国日报记者现场提问`, on site) or a name to resolve against the article's speakers.
 * @example classifyLabel('经济日报记者') // { kind: 'question', outlet: '经济日报', onSite: false }
 */
export function classifyLabel(label: string): LabelClass {
  if ((grammar.host as readonly string[]).includes(label)) return { kind: 'host' };
  if ((grammar.question as readonly string[]).includes(label)) return { kind: 'question', onSite: false };
  if ((grammar.answer as readonly string[]).includes(label)) return { kind: 'answer' };
  const match = questioner.exec(label);
  if (match?.groups) {
    const outlet = match.groups.outlet?.trim();
    return { kind: 'question', ...(outlet ? { outlet } : {}), onSite: match.groups.onSite !== undefined };
  }
  return { kind: 'name' };
}

/** A bold label at the start of Markdown text: `**经济日报记者:**…`, `**任振鹤**：…`, `**任振鹤：** …`. */
export function boldLabelAt(text: string): LabelAt | null {
  const match = boldLabel.exec(text);
  return match?.groups?.label ? { label: match.groups.label.trim(), rest: text.slice(match[0].length) } : null;
}

/** An unbolded label at the start of a paragraph: `杨忠:…`, `主持人：`, `【主持人】…`; whether it is one depends on who it names. */
export function plainLabelAt(text: string): LabelAt | null {
  const match = plainLabel.exec(text) ?? bracketLabel.exec(text);
  return match?.groups?.label ? { label: match.groups.label, rest: text.slice(match[0].length) } : null;
}

/** The label of a bold run that holds its own colon (`任振鹤：` → `任振鹤`), or null. */
export function labelEndingInColon(text: string): string | null {
  return labelWithColon.exec(text)?.groups?.label?.trim() ?? null;
}

/** Text after a bold label written `**label**：`, without the colon, or null when it does not start with one. */
export function afterLabelColon(text: string): string | null {
  const match = leadingColon.exec(text);
  return match ? text.slice(match[0].length) : null;
}

/** Longest label a bold run may hold. */
export const maxLabelLength = grammar.maxLabel;

/** Whether `text` is a person's name as labels and bylines print them (`李華`, `盛学卿`). */
export function isPersonName(text: string): boolean {
  return personName.test(text);
}

/** Whether a line is a photo credit on its own: `黄培军摄`, `安志鵬攝`. */
export function isPhotoCredit(line: string): boolean {
  return photoCredit.test(line);
}

/** A label that prints the speaker's position with the name, and the text after its colon. */
export interface PositionLabelAt {
  position: string;
  name: string;
  rest: string;
  /** The host word the label prints before the host's position and name (`主持人（省政府新闻办副主任 刘芳）：`). */
  host?: string;
}

/** A position as a text prints it before a name (`国家统计局局长`, `市委常委、常务副市长`): a run without spaces or sentence marks ending in a position word. */
export const positionPattern = `[^\\s,，。:：;；!！?？“”「」()（）*]{2,40}?(?:${alternation(positionEndings)})`;

/** The three label forms of {@link positionLabelAt} for a name pattern; without the participants' names, position and name must be apart. */
function labelPatternsFor(name: string, known: boolean): RegExp[] {
  return [
    new RegExp(`^(?<position>${positionPattern})\\s${known ? '*' : '+'}(?<name>${name})[${colons}]\\s*`, 'u'),
    // `王华（省统计局副局长）：`: the name, then its position in brackets.
    new RegExp(`^(?<name>${name})\\s*[（(](?<position>${positionPattern})[）)]\\s*[${colons}]\\s*`, 'u'),
    // `主持人（省政府新闻办副主任 刘芳）：`: the host word, then the host's position and name in brackets.
    new RegExp(`^(?<host>${alternation(grammar.host)})\\s*[（(](?<position>${positionPattern})\\s*(?<name>${name})[）)]\\s*[${colons}]\\s*`, 'u'),
  ];
}

const anyNameLabels = labelPatternsFor(personNamePattern, false);
/** Patterns per participant list: parse-qa asks with the same names for every paragraph of an article. */
const knownNameLabels = new Map<string, RegExp[]>();

function positionLabelPatterns(names: readonly string[] | undefined): RegExp[] {
  if (!names?.length) return anyNameLabels;
  const key = names.join('\n');
  let patterns = knownNameLabels.get(key);
  if (!patterns) knownNameLabels.set(key, (patterns = labelPatternsFor(alternation([...names].sort((a, b) => b.length - a.length)), true)));
  return patterns;
}

/**
 * A label with the speaker's position before the name, as State Council Information Office
 * transcripts print them: `国家统计局局长 康义：`, `国务院新闻办公室新闻局副局长、新闻发言人 寿小丽：`.
 * Without `names`, position and name must be apart (a space); with the article's participant names,
 * `国家统计局局长康义：` is read too; so are the name with its position in brackets after it,
 * `王华（省统计局副局长）：`, and the host word with the host's position and name,
 * `主持人（省政府新闻办副主任 刘芳）：`. Null when the text does not start with one.
 * @example positionLabelAt('国家统计局局长 康义：各位记者朋友')?.name // '康义'
 */
export function positionLabelAt(text: string, names?: readonly string[]): PositionLabelAt | null {
  for (const pattern of positionLabelPatterns(names)) {
    const match = pattern.exec(text);
    const g = match?.groups;
    if (match && g?.position && g.name) return { position: g.position, name: g.name, rest: text.slice(match[0].length), ...(g.host ? { host: g.host } : {}) };
  }
  return null;
}
