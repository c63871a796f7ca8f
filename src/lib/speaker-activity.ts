/**
 * What a speaker said across the archive (TheyWorkForYou-style): positions held as each article
 * states them, and every turn they spoke, grouped by event, each answer with the question it answered.
 */
import type { LocalizedArticle } from './archive.ts';
import type { Block, TurnBlock } from './article/model.ts';

/** One turn of the speaker, with the question it answered (answers only). */
export interface SpeakerTurn {
  turn: TurnBlock;
  question?: TurnBlock;
}

/** The speaker's turns in one article (one event). */
export interface SpeakerEvent {
  article: LocalizedArticle;
  turns: SpeakerTurn[];
}

/** A position as stated by one article. */
export interface StatedPosition {
  position: string;
  article: LocalizedArticle;
}

/** Everything the speaker pages show, with counts. */
export interface SpeakerActivity {
  /** Positions in date order, newest first; the same position stated twice is listed once, with its newest article. */
  positions: StatedPosition[];
  /** Events newest first; only articles where the speaker has at least one turn. */
  events: SpeakerEvent[];
  /** Articles listing the speaker as a participant. */
  articles: LocalizedArticle[];
  counts: { answers: number; statements: number; host: number; events: number };
}

/** The question a turn answers: the nearest question turn before it, or undefined. */
export function questionBefore(blocks: readonly Block[], index: number): TurnBlock | undefined {
  for (let i = index - 1; i >= 0; i -= 1) {
    const block = blocks[i];
    if (block?.type !== 'turn') return undefined;
    if (block.role === 'question') return block;
  }
  return undefined;
}

/** Collects a speaker's positions and turns from articles given newest first. */
export function speakerActivity(articles: readonly LocalizedArticle[], speakerId: string): SpeakerActivity {
  const positions: StatedPosition[] = [];
  const events: SpeakerEvent[] = [];
  const listed: LocalizedArticle[] = [];
  const counts = { answers: 0, statements: 0, host: 0, events: 0 };
  for (const article of articles) {
    const participant = article.participants.find((p) => p.id === speakerId);
    if (!participant) continue;
    listed.push(article);
    if (participant.position && !positions.some((p) => p.position === participant.position)) positions.push({ position: participant.position, article });
    const turns: SpeakerTurn[] = [];
    article.blocks.forEach((block, index) => {
      if (block.type !== 'turn' || block.speakerId !== speakerId) return;
      if (block.role === 'answer') {
        counts.answers += 1;
        const question = questionBefore(article.blocks, index);
        turns.push(question ? { turn: block, question } : { turn: block });
      } else {
        if (block.role === 'statement') counts.statements += 1;
        if (block.role === 'host') counts.host += 1;
        turns.push({ turn: block });
      }
    });
    if (turns.length > 0) events.push({ article, turns });
  }
  counts.events = events.length;
  return { positions, events, articles: listed, counts };
}
