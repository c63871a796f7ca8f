/**
 * Finds Q&A turn labels in body paragraphs: `**经济日报记者:**…` (bold), `杨忠:…` (inline),
 * `劉長發:` on its own line (merged into the next paragraph), and a questioner header such as
 * `央廣網記者現場提問` followed by `記者:…` (one question turn labelled with the header). A plain
 * `name:` is a label only when the name is a participant, a questioner (…记者) or `主持人`, so
 * sentences ending in a colon stay paragraphs.
 */
import { boldLabelAt, classifyLabel, plainLabelAt, positionLabelAt } from '../../../src/lib/article/labels.ts';
import type { Decision, Removal } from './model.ts';
import type { BodyItem, ParagraphItem } from '../../../src/lib/article/body-items.ts';

/** True when `label` may start a turn: a participant's name, a questioner or the host. */
export function isTurnLabel(label: string, names: readonly string[]): boolean {
  return names.includes(label) || classifyLabel(label).kind !== 'name';
}

/** The start of a paragraph that looks like a label: a short run without sentence marks, then a colon (`王华（局长）：`, `張三 :`). */
const suspectLabel = /^[^，,。.！!？?；;“”「」]{1,24}[：:]/u;

/** A questioner header on its own line, `央廣網記者現場提問`, that a bare `記者:` completes. */
function isQuestionHeader(text: string): boolean {
  const labelClass = classifyLabel(text);
  return labelClass.kind === 'question' && labelClass.onSite && labelClass.outlet !== undefined;
}

/** Paragraphs with their turn labels set; label-only paragraphs merged into the next one. */
export function labelTurns(items: readonly BodyItem[], names: readonly string[]): { items: BodyItem[]; removals: Removal[]; decisions: Decision[] } {
  const out: BodyItem[] = [];
  const removals: Removal[] = [];
  const decisions: Decision[] = [];
  let pending: { label: string; lines: number[] } | null = null;
  for (const item of items) {
    if (item.kind !== 'paragraph') {
      out.push(item);
      continue;
    }
    const line = item.lines[0] ?? 0;
    let text = item.text;
    let label: string | undefined;
    const bold = boldLabelAt(text);
    const plain = plainLabelAt(text);
    const positioned = bold || (plain && isTurnLabel(plain.label, names)) ? null : positionLabelAt(text, names);
    if (bold) {
      label = bold.label;
      text = bold.rest;
    } else if (plain && isTurnLabel(plain.label, names)) {
      label = plain.label;
      text = plain.rest;
      if (pending && classifyLabel(label).kind === 'question') {
        // `央廣網記者現場提問` + `記者:` is one question: the header is the label, the bare `記者` goes.
        removals.push({ rule: 'qa-label-merge', line, text: label });
        decisions.push({ stage: 'parse-qa', line, action: 'merge-question-header', detail: `“${pending.label}” + “${label}:” → one question turn` });
        label = pending.label;
      }
    } else if (positioned) {
      // `国家统计局局长 康义：`: the label is the name; the printed position goes to the speaker's entry
      // in the frontmatter (shown with the name), reported by rule.
      // `主持人（… 刘芳）：` stays a host turn: 主持人 names the host, whose name and position the panel shows.
      label = positioned.host ?? positioned.name;
      text = positioned.rest;
      removals.push({ rule: 'qa-label-position', line, text: positioned.host ? `${positioned.position} ${positioned.name}` : positioned.position });
      decisions.push({ stage: 'parse-qa', line, action: 'label-position', detail: positioned.host ? `label “${positioned.host}（${positioned.position} ${positioned.name}）”: a host turn, the host ${positioned.name} with the position “${positioned.position}”` : `label “${positioned.position} ${positioned.name}”: the turn is ${positioned.name}'s; the position “${positioned.position}” is the speaker's, shown with the name` });
    } else if (isQuestionHeader(text)) {
      pending = { label: text, lines: item.lines };
      continue;
    }
    if (pending && label !== pending.label) {
      // A header that no `記者:` followed is an ordinary paragraph after all.
      out.push({ kind: 'paragraph', lines: pending.lines, text: pending.label });
    }
    const lines = pending && label === pending.label ? [...pending.lines, ...item.lines] : item.lines;
    pending = null;
    if (label !== undefined && text === '') {
      pending = null;
      out.push({ kind: 'paragraph', lines, text: '', label });
      continue;
    }
    const previous = out.at(-1);
    if (label === undefined && previous?.kind === 'paragraph' && previous.label !== undefined && previous.text === '') {
      previous.text = text;
      previous.lines.push(...lines);
      decisions.push({ stage: 'parse-qa', line, action: 'merge-label-line', detail: `label “${previous.label}” on its own line joined to the paragraph that follows` });
      continue;
    }
    // A paragraph that opens like a label nobody could read, right after a question, would be read as
    // the rest of that question: the report names it so the maintainer can check the speaker.
    if (label === undefined && previous?.kind === 'paragraph' && previous.label !== undefined && classifyLabel(previous.label).kind === 'question' && suspectLabel.test(text)) {
      decisions.push({ stage: 'parse-qa', line, action: 'suspect-label', detail: `⚠ “${text.slice(0, 16)}…” opens like a speaker's label that is no participant, host or questioner: it continues the question before it; if it is an answer, add its speaker to the meta file's participants` });
    }
    const paragraph: ParagraphItem = { kind: 'paragraph', lines, text };
    if (label !== undefined) paragraph.label = label;
    out.push(paragraph);
  }
  if (pending) out.push({ kind: 'paragraph', lines: pending.lines, text: pending.label });
  return { items: out, removals, decisions };
}
