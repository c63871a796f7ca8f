/**
 * Composed repair of a decoded source text: GBK realignment, then pinyin-annotation removal,
 * then the errata table. Every change is reported with its offset in the input text.
 */
import { editorialMarkdown } from '../../../src/lib/article/write-article.ts';
import { mapBack, type Edit } from '../mojibake/edits.ts';
import { detectScript } from './detect-script.ts';
import { applyErrata, type ErrataEntry } from './errata.ts';
import { realignGbk, type DecisionRecord, type UnresolvedSpan } from './realign.ts';
import { removePinyinAnnotations } from './unannotate.ts';
import { SYLLABLE, TONE_VOWELS } from '../mojibake/pinyin.ts';

/** One change made to the source text, explained by its rule. */
export interface TextChange {
  rule: 'pinyin-annotation' | 'gbk-realign' | 'errata' | 'gbk-unresolved';
  /** Offset of `before` in the input text of {@link repairSourceText}. */
  offset: number;
  before: string;
  after: string;
  /** 0..1, for algorithmic repairs. */
  confidence?: number;
  /** Why: method and evidence of a repair, reason and evidence of an errata entry. */
  evidence?: string;
}

/** Result of {@link repairSourceText}. */
export interface RepairedText {
  text: string;
  changes: TextChange[];
  /** Damaged spans neither the algorithm nor an errata entry resolved: each is replaced in the
   * text by a visible damage note naming its candidates (rule `gbk-unresolved`). */
  unresolved: UnresolvedSpan[];
}

/** Options of {@link repairSourceText}. */
export interface RepairOptions {
  /** Only errata entries of this source are applied (all given entries when absent). */
  source?: string;
  /** Collects what every realignment pass decided at every seed (calibration: scripts/lib/mojibake/measure.ts). */
  trace?: DecisionRecord[];
}

/** A tone-marked reading after a Han character (`學(xué)`) or left alone after a `?` (`?tīng)`). */
const reading = new RegExp(`\\p{Script=Han}\\((?=[^)]*[${TONE_VOWELS}])${SYLLABLE}\\)|\\?${SYLLABLE}\\)`, 'u');

/**
 * Whether a text carries the damage family's signature: GBK misalignment comes with the pinyin
 * annotation step (MOJIBAKE.md: the two interleave, garbage characters get readings and a swallowed
 * `(` leaves an orphan reading), so a text with no tone-marked reading anywhere has no misaligned
 * span either, and its `?` are its own punctuation (`消费?投资?出口`, `难点在哪里??`), never a garble.
 * @example showsDamageFamily('難點在哪裡??') // false
 * @example showsDamageFamily('奮勇?tīng)?zhēng)先') // true
 */
export function showsDamageFamily(text: string): boolean {
  return reading.test(text);
}

/**
 * Realignment runs first because orphan readings (`?cè)`) and annotated garbage characters are
 * its evidence; annotation removal then sees the repaired text (`爭(zhēng)` → `爭`); errata last,
 * so their `find` strings are written against the repaired, unannotated text.
 * @example repairSourceText('學(xué)習(xí)', []).text // → '學習'
 */
export function repairSourceText(text: string, errata: readonly ErrataEntry[], options: RepairOptions = {}): RepairedText {
  const realigned = showsDamageFamily(text) ? realignGbk(text, undefined, options.trace) : { text, repairs: [], unresolved: [] };
  const realignEdits: Edit[] = realigned.repairs.map((r) => ({ offset: r.offset, before: r.damaged, after: r.replacement }));
  const changes: TextChange[] = realigned.repairs.map((r) => ({
    rule: 'gbk-realign',
    offset: r.offset,
    before: r.damaged,
    after: r.replacement,
    confidence: r.confidence,
    evidence: `${r.method}: ${r.evidence}`,
  }));

  const unannotated = removePinyinAnnotations(realigned.text);
  const annotationEdits: Edit[] = unannotated.removals.map((r) => ({ offset: r.offset, before: r.removed, after: '' }));
  for (const r of unannotated.removals) {
    changes.push({
      rule: 'pinyin-annotation',
      offset: mapBack(realignEdits, r.offset),
      before: r.removed,
      after: '',
      evidence: `reading of ${r.char}${r.readingConfirmed ? ' (confirmed by pinyin-pro)' : ' (tone-marked; pinyin-pro does not list it)'}`,
    });
  }

  const entries = options.source === undefined ? errata : errata.filter((e) => e.source === options.source);
  const corrected = applyErrata(unannotated.text, entries);
  const resolved: Array<[number, number]> = [];
  for (const { offset, entry } of corrected.applied) {
    const start = mapBack(realignEdits, mapBack(annotationEdits, offset));
    const end = mapBack(realignEdits, mapBack(annotationEdits, offset + entry.find.length));
    resolved.push([start, end]);
    changes.push({ rule: 'errata', offset: start, before: entry.find, after: entry.replace, evidence: `${entry.reason} — ${entry.evidence}` });
  }
  const unresolved = realigned.unresolved.filter((u) => !resolved.some(([s, e]) => u.offset >= s && u.offset < e));
  const marked = markUnresolved(corrected.text, unresolved, detectScript(text).script === 'hans' ? 'hans' : 'hant');
  changes.push(...marked.changes);
  changes.sort((a, b) => a.offset - b.offset);
  return { text: marked.text, changes, unresolved };
}

/** The inline directive that marks unresolved damage, as errata gaps do (`:gap[…]`, docs/article-format.md). */
export const DAMAGE_NOTE = /:gap\[原文此[處处](?:亂碼|乱码)[^\]\n]*\]/u;

const NOTE_TEXT = {
  hant: { lead: '原文此處亂碼，未能確定', candidates: '；候選：', or: '或', open: '「', close: '」' },
  hans: { lead: '原文此处乱码，未能确定', candidates: '；候选：', or: '或', open: '“', close: '”' },
} as const;

/** A candidate as a reader sees it: full-width punctuation, nothing that would end the directive. */
function shownCandidate(candidate: string): string | undefined {
  if (candidate === '' || /[[\]?\n]/u.test(candidate)) return undefined;
  return candidate.replace(/[,:;!()]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/**
 * Replaces each unresolved span, found in order in the repaired text, by a visible damage note
 * with its candidates, so that unsure text is never presented as the source.
 */
function markUnresolved(text: string, spans: readonly UnresolvedSpan[], script: 'hans' | 'hant'): { text: string; changes: TextChange[] } {
  const words = NOTE_TEXT[script];
  const changes: TextChange[] = [];
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.offset - b.offset)) {
    const find = removePinyinAnnotations(span.damaged).text;
    const where = text.indexOf(find, at);
    if (where === -1) continue;
    const shown = [...new Set(span.candidates.map(shownCandidate).filter((c): c is string => c !== undefined))].slice(0, 3);
    const note = `${words.lead}${shown.length > 0 ? `${words.candidates}${shown.map((c) => `${words.open}${c}${words.close}`).join(words.or)}` : ''}`;
    const markdown = `:gap[${note}]`;
    // Marked as the stage's own Markdown: the writer escapes every other `:gap[` (a raw text may hold one).
    out += text.slice(at, where) + editorialMarkdown(markdown);
    at = where + find.length;
    changes.push({ rule: 'gbk-unresolved', offset: span.offset, before: span.damaged, after: markdown, evidence: span.reason });
  }
  return { text: out + text.slice(at), changes };
}
