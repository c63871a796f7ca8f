/**
 * Citations of an article, a paragraph or a Q&A turn, in the page's script: who said it, to whom,
 * at which event, when, in which article, and the permalink to the exact anchor.
 */
import { turnSpeakerName } from './turn-speaker.ts';
import type { LocalizedArticle } from './archive.ts';
import { inlineText, type TurnBlock } from './article/model.ts';
import type { Script } from '../i18n/locales.ts';

/** Words of a citation per script, as data. */
const words = {
  hans: { answering: (outlet: string) => `答${outlet}记者问`, answeringAnon: '答记者问', asking: '提问', open: '《', close: '》', sep: '，', end: '。' },
  hant: { answering: (outlet: string) => `答${outlet}記者問`, answeringAnon: '答記者問', asking: '提問', open: '《', close: '》', sep: '，', end: '。' },
} as const;

/** `2024-06-13` → `2024年6月13日`. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-').map((part) => Number(part));
  return `${year}年${month}月${day}日`;
}

/** A citation's parts before formatting. */
export interface CitationInput {
  article: LocalizedArticle;
  /** The turn cited, if any; its question gives the answering outlet. */
  turn?: TurnBlock;
  question?: TurnBlock;
  /** Permalink with the anchor: absolute when the build has a public origin, else the site path (see `siteUrl`). */
  permalink: string;
}

/**
 * Formats a citation in one script.
 * @example formatCitation({ article, turn, question, permalink }, 'hans')
 * // '范后军（省委副书记、省长）答经济日报记者问，国务院新闻办…发布会，2024年6月13日。新甘肃·甘肃日报《…》。https://…#t5'
 */
export function formatCitation(input: CitationInput, script: Script): string {
  return `${citationText(input, script)}${input.permalink}`;
}

/** A citation without its permalink (pages put the permalink in its own element, completed at run time). */
export function citationText({ article, turn, question }: Omit<CitationInput, 'permalink'>, script: Script): string {
  const w = words[script];
  const who: string[] = [];
  if (turn) {
    const participant = turn.speakerId ? article.participants.find((p) => p.id === turn.speakerId) : undefined;
    // `中国日报记者现场提问` already says it asks.
    if (turn.role === 'question') who.push(turn.label.endsWith(w.asking) ? turn.label : `${turn.label}${w.asking}`);
    else {
      const name = turnSpeakerName(turn, participant);
      who.push(participant?.position ? `${name}（${participant.position}）` : name);
    }
    if (turn.role === 'answer') who.push(question?.outlet ? w.answering(question.outlet) : w.answeringAnon);
  }
  const speaker = who.join('');
  const occasion = [speaker, article.event, formatDate(article.date)].filter(Boolean).join(w.sep);
  // An outlet the text does not name is left out, never a placeholder.
  return `${occasion}${w.end}${article.outlet ?? ''}${w.open}${article.title}${w.close}${w.end}`;
}

/** First characters of a turn's text, for lists and feeds. */
export function turnExcerpt(turn: TurnBlock, max = 80): string {
  const text = turn.children.map((child) => (child.type === 'paragraph' ? inlineText(child) : child.children.map(inlineText).join(' '))).join('');
  // The end of the first `max` code points (as `[...text]` counts them), found without splitting the whole turn into characters.
  let end = 0;
  for (let n = 0; n < max && end < text.length; n++) end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  return end < text.length ? `${text.slice(0, end)}…` : text;
}
