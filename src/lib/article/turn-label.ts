/**
 * A paragraph's turn label (`**任振鹤**：…`, `**任振鹤：**…`) and whom it names: a participant of the
 * article (by registry name or alias), its host, or a questioner (`经济日报记者`, outlet kept). The
 * label grammar itself is data (labels.ts + data/turn-labels); this module applies it to the Markdown.
 * @example resolveLabel('主持人', context) // → { role: 'host', speakerId: … } when the article has a host
 */
import type { PhrasingContent, Paragraph as MdParagraph } from 'mdast';
import { toString as mdastText } from 'mdast-util-to-string';
import { afterLabelColon, boldLabelAt, classifyLabel, labelEndingInColon, maxLabelLength } from './labels.ts';
import type { Participant, Speaker } from './schema.ts';

/** Who may speak in the article: its participants joined with their registry entries. */
export interface SpeakerContext {
  participants: readonly Participant[];
  registry: readonly Speaker[];
}

/**
 * Splits a paragraph into its turn label and the rest, or null. Accepts `**任振鹤**：…` (the form the
 * normalizer writes, valid CommonMark), `**任振鹤：** …` and the literal `**任振鹤：**…` that
 * CommonMark leaves unparsed because its closing `**` follows punctuation.
 */
export function splitLabel(paragraph: MdParagraph, source: string): { label: string; rest: PhrasingContent[] } | null {
  const [first, ...rest] = paragraph.children;
  if (first?.type === 'strong') {
    const inner = mdastText(first).trim();
    const head = rest[0];
    const ownColon = labelEndingInColon(inner);
    if (ownColon) {
      if (head?.type === 'text') rest[0] = { ...head, value: head.value.replace(/^\s+/, '') };
      return { label: ownColon, rest: rest.filter((n) => !(n.type === 'text' && n.value === '')) };
    }
    const afterColon = head?.type === 'text' ? afterLabelColon(head.value) : null;
    if (head?.type === 'text' && afterColon !== null && inner.length > 0 && inner.length <= maxLabelLength) {
      rest[0] = { ...head, value: afterColon };
      return { label: inner, rest: rest.filter((n) => !(n.type === 'text' && n.value === '')) };
    }
    return null;
  }
  // `**label：**` left as literal text: CommonMark does not close `**` after punctuation before a Han
  // character. Only when the file has those asterisks: an escaped `\*\*…` is text, never a label.
  if (first?.type === 'text' && source.startsWith('**')) {
    const literal = boldLabelAt(first.value);
    if (!literal) return null;
    return { label: literal.label, rest: [...(literal.rest ? [{ ...first, value: literal.rest }] : []), ...rest] };
  }
  return null;
}

function nameMatches(speaker: Speaker, label: string): boolean {
  return speaker.name.hans === label || speaker.name.hant === label || speaker.aliases.includes(label);
}

/** What a turn label names: a participant (host or speaker) or a questioner with their outlet. */
export type Resolved = { role: 'host' | 'speaker'; speakerId?: string } | { role: 'question'; outlet?: string } | null;

const registryIndexes = new WeakMap<readonly Speaker[], Map<string, Speaker>>();

/**
 * The registry's entry for a speaker id (the first, as a scan would find it). Indexed once per registry:
 * scanning a registry of thousands of people for every participant of every turn label grew with
 * articles × speakers (an archive of 10,000 articles has ~1,800).
 * @example registryEntry([{ id: 'ren-zhenhe', … }], 'ren-zhenhe') // → that entry
 */
export function registryEntry(registry: readonly Speaker[], id: string | undefined): Speaker | undefined {
  if (id === undefined) return undefined;
  let index = registryIndexes.get(registry);
  if (!index) {
    index = new Map();
    for (const speaker of registry) if (!index.has(speaker.id)) index.set(speaker.id, speaker);
    registryIndexes.set(registry, index);
  }
  return index.get(id);
}

/** Resolves a turn label to a participant or a questioner. */
export function resolveLabel(label: string, context: SpeakerContext): Resolved {
  const participants = context.participants.map((p) => ({ p, s: registryEntry(context.registry, p.id) }));
  const byName = participants.find(({ s }) => s && nameMatches(s, label));
  if (byName) return { role: byName.p.role, speakerId: byName.p.id };
  // A label that is one participant's printed position (`行政長官：`, the text introducing 行政長官李家超)
  // names that participant; a position two participants share names nobody.
  const byPosition = participants.filter(({ p }) => p.position === label);
  if (byPosition.length === 1 && byPosition[0]) return { role: byPosition[0].p.role, speakerId: byPosition[0].p.id };
  const labelClass = classifyLabel(label);
  if (labelClass.kind === 'host') {
    // A host the text does not name (`主持人：` and no host among the participants) is a host turn
    // shown as printed, attributed to nobody: never to a guessed person.
    const host = participants.find(({ p }) => p.role === 'host');
    return host ? { role: 'host', speakerId: host.p.id } : { role: 'host' };
  }
  if (labelClass.kind === 'answer') {
    // `答：` names nobody: it is the article's one speaker, or an answer attributed to nobody.
    const speakers = participants.filter(({ p }) => p.role !== 'host');
    return speakers.length === 1 && speakers[0] ? { role: 'speaker', speakerId: speakers[0].p.id } : { role: 'speaker' };
  }
  if (labelClass.kind === 'question') return labelClass.outlet ? { role: 'question', outlet: labelClass.outlet } : { role: 'question' };
  return null;
}
