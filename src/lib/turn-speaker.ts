/**
 * The name a turn's speaker line shows, on the page and in its citation: the label as printed
 * (`任振鹤`, `经济日报记者`), except where the label names no one — `主持人`, `答` — and the article
 * knows who spoke: then the participant's name (the dialogue names the host; 答 is the interviewee).
 * @example turnSpeakerName({ label: '答', … }, { name: '赵刚' }) // '赵刚'
 * @example turnSpeakerName({ label: '行政長官', … }, { name: '李家超', position: '行政長官' }) // '李家超'
 */
import { classifyLabel } from './article/labels.ts';
import type { TurnBlock } from './article/model.ts';

/** The speaker name of `turn`, given its participant (undefined when the turn is attributed to nobody). */
export function turnSpeakerName(turn: Pick<TurnBlock, 'label'>, participant: { name: string; position?: string | undefined } | undefined): string {
  const kind = classifyLabel(turn.label).kind;
  // `行政長官：` in a transcript that introduces 行政長官李家超: the label is the speaker's position, shown beside the name.
  return participant && (kind === 'host' || kind === 'answer' || turn.label === participant.position) ? participant.name : turn.label;
}
