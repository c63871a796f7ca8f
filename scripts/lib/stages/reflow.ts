/**
 * Rejoins paragraphs that a page or column break cut in two (`推` / `動高質量發展`): a paragraph
 * whose text does not end a sentence continues into the next unlabelled paragraph, across any
 * figures printed in between (they move after the rejoined paragraph). Real paragraph ends stay.
 * A cut paragraph whose next paragraph is not its continuation gets its continuation from wherever
 * the document prints it (`findContinuation`, moved up to the cut). Where the layout data says text
 * is missing, a visible `:gap[…]` note is added instead — only when a search of the whole document
 * finds no continuation; where it restores a lost character, the restoration must be proved by the
 * same document.
 */
import { parseAgencyDateline, parseByline } from './byline.ts';
import { opensOutlineItem } from './data/outline-markers.ts';
import { pageFurnitureKind } from './data/page-furniture.ts';
import { editorialMarkdown, escapeText } from '../../../src/lib/article/write-article.ts';
import { findContinuation } from './continuation.ts';
import type { Decision } from './model.ts';
import type { BodyItem, FigureItem, ParagraphItem } from '../../../src/lib/article/body-items.ts';
import { splitSourceBlocks } from './split-blocks.ts';

/** What the layout data says about particular breaks (source line numbers of the first part's last line). */
export interface ReflowRules {
  gaps: readonly { after: number; note: string; evidence: string }[];
  restores: readonly { after: number; text: string; proof: string }[];
  keep: readonly number[];
  /** Lines after which the paragraph continues although a sentence ends there (a column break at a sentence end). */
  joins?: readonly { after: number; evidence: string }[];
}

/** Marks that end a sentence or a paragraph (after closing quotes are skipped). */
const terminal = /[。！？!?；;：:…]$/u;

/** True when a paragraph's text ends a sentence: `…。`, `…。”`, `…。(记者 张弘毅)`. */
export function endsSentence(text: string): boolean {
  let rest = text.trimEnd();
  for (;;) {
    if (/[”’」』"'】]$/u.test(rest)) rest = rest.slice(0, -1);
    else if (/[)）]$/u.test(rest)) {
      const open = Math.max(rest.lastIndexOf('('), rest.lastIndexOf('（'));
      if (open < 0) return false;
      rest = rest.slice(0, open);
      if (!terminal.test(rest)) return false;
    } else break;
  }
  return terminal.test(rest) || latinSentenceEnd.test(rest);
}

/** A full stop ending Latin text (`…the World Bank agree; see p.3.`, `邮箱a.b@gov.cn.`): a Latin word among the last characters, so a number cut at its point (`增长5.`) is no sentence end. */
const latinSentenceEnd = /[A-Za-z]{2}[^\p{Script=Han}]{0,10}[A-Za-z0-9)]\.$/u;

/** A continuation moved up to the sentence it ends: the cut line, the continuation's line, the proof and how much was searched. */
export interface ContinuationMove {
  cut: number;
  line: number;
  bridge: string;
  occurrences: number;
  searched: number;
}

/** A layout whose gap or reading order the document contradicts; the message says what to fix in the meta file. */
export class ContinuationError extends Error {
  override name = 'ContinuationError';
}

const isOpenParagraph = (item: BodyItem | undefined): item is ParagraphItem => item?.kind === 'paragraph' && item.label === undefined;

/**
 * Moves the continuation of every cut paragraph that is not followed by it up to the cut, and checks
 * every gap of the layout data against a search of the whole document. Returns the reordered items,
 * the decisions, and for each gap line how many paragraphs were searched.
 */
export function placeContinuations(items: readonly BodyItem[], rules: ReflowRules, documentText: string): { items: BodyItem[]; decisions: Decision[]; searched: Map<number, number>; moves: ContinuationMove[] } {
  const list = [...items];
  const decisions: Decision[] = [];
  const moves: ContinuationMove[] = [];
  const searched = new Map<number, number>();
  if (documentText === '') return { items: list, decisions, searched, moves };
  const blocks = splitSourceBlocks(documentText);
  const moved = new Set<number>();
  for (let i = 0; i < list.length; i++) {
    const cut = list[i];
    if (cut?.kind !== 'paragraph' || endsSentence(cut.text) || closes(cut, rules)) continue;
    const at = cut.lines.at(-1) ?? 0;
    const gap = rules.gaps.find((g) => g.after === at);
    let j = i + 1;
    while (list[j]?.kind === 'figure') j++;
    if (!gap && isOpenParagraph(list[j])) continue;
    const verdict = findContinuation({ line: at, text: cut.text }, blocks, documentText, moved);
    const tail = `…${cut.text.slice(-8)}`;
    if (!verdict.found) {
      if (gap) searched.set(at, verdict.searched);
      const why = verdict.ambiguous.length > 0 ? `lines ${verdict.ambiguous.join(', ')} join it equally well, so none is chosen` : 'none of them opens with words that, joined to its end, the document prints elsewhere';
      decisions.push({ stage: 'reflow', line: at, action: 'search', detail: `line ${at} ends “${tail}” mid-sentence and is not followed by its continuation; searched all ${verdict.searched} other paragraphs of the source: ${why}` });
      continue;
    }
    const index = list.findIndex((item) => isOpenParagraph(item) && item.lines[0] === verdict.line);
    const proof = `“${verdict.bridge}” across the break is printed ${verdict.occurrences}× elsewhere in the document`;
    if (gap) throw new ContinuationError(`layout data: \`gaps\` says text is missing after line ${at} (“${tail}”), but line ${verdict.line} continues it (${proof}); remove the gap and let the continuation join`);
    if (index < 0) throw new ContinuationError(`line ${at} (“${tail}”) is continued by line ${verdict.line} (${proof}), which is not an unlabelled paragraph of this article; put line ${verdict.line} in this article's \`lines\` or mark line ${at} in \`keep\``);
    const [continuation] = list.splice(index, 1) as [ParagraphItem];
    const target = list.indexOf(cut) + 1;
    list.splice(target, 0, continuation);
    moved.add(verdict.line);
    moves.push({ cut: at, line: verdict.line, bridge: verdict.bridge, occurrences: verdict.occurrences, searched: verdict.searched });
    decisions.push({ stage: 'reflow', line: at, action: 'continue', detail: `line ${at} ends “${tail}” mid-sentence; searched all ${verdict.searched} other paragraphs of the source: line ${verdict.line} “${continuation.text.slice(0, 8)}…” continues it (${proof}); moved up to join it` });
  }
  return { items: list, decisions, searched, moves };
}

/** Body items with broken paragraphs rejoined, and a decision for every break looked at. */
export function reflowParagraphs(items: readonly BodyItem[], rules: ReflowRules, documentText: string): { items: BodyItem[]; decisions: Decision[]; restored: number; gaps: number; moves: ContinuationMove[]; searched: Map<number, number> } {
  const placed = placeContinuations(items, rules, documentText);
  items = placed.items;
  const out: BodyItem[] = [];
  const decisions: Decision[] = [...placed.decisions];
  let restored = 0;
  let gaps = 0;
  let open: ParagraphItem | null = null;
  let held: FigureItem[] = [];
  /** Appends the visible gap note the layout data asks for after the paragraph's last line. */
  const markGap = (paragraph: ParagraphItem): boolean => {
    const at = paragraph.lines.at(-1) ?? 0;
    const gap = rules.gaps.find((g) => g.after === at);
    if (!gap) return false;
    const searched = placed.searched.get(at);
    const search = searched === undefined ? '' : `; a search of all ${searched} other paragraphs of the source found no continuation`;
    decisions.push({ stage: 'reflow', line: at, action: 'gap', detail: `text missing after line ${at} (“…${paragraph.text.slice(-6)}”): ${gap.evidence}${search}; marked :gap[${gap.note}]` });
    paragraph.text += editorialMarkdown(`:gap[${escapeText(gap.note)}]`);
    gaps++;
    return true;
  };
  const flush = (): void => {
    out.push(...held);
    held = [];
  };
  for (const item of items) {
    if (item.kind === 'figure' && open) {
      held.push(item);
      continue;
    }
    // An outline or list item (`一、`, `（二）`, `1.`, `•`) or a news dateline (`本报北京3月4日电`) starts its own paragraph: never a continuation.
    if (item.kind === 'paragraph' && open && item.label === undefined && !opensOutlineItem(item.text) && !parseAgencyDateline(item.text)) {
      const at = open.lines.at(-1) ?? 0;
      const line = item.lines[0] ?? 0;
      const restore = rules.restores.find((r) => r.after === at);
      let glue = '';
      if (restore) {
        const occurrences = documentText.split(restore.proof).length - 1;
        // The proof must bridge the break (last character + restored text + first character) and be printed elsewhere in the document.
        const bridge = `${[...open.text].at(-1) ?? ''}${restore.text}${[...item.text][0] ?? ''}`;
        if (!restore.proof.includes(bridge) || occurrences === 0) throw new Error(`reflow: restoring “${restore.text}” after line ${at} is not proved: the proof “${restore.proof}” must contain “${bridge}” and occur in the same document`);
        // An editorial addition, visible as such on the page (:add[…] → 〔…〕 with its proof).
        glue = editorialMarkdown(`:add[${escapeText(restore.text)}]{proof="${restore.proof.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"}`);
        restored++;
        decisions.push({ stage: 'reflow', line: at, action: 'restore', detail: `joined line ${at} to line ${line}, restoring “${restore.text}” lost at the break (proof: “${restore.proof}” occurs ${occurrences}× in the document)` });
      } else {
        const join = rules.joins?.find((j) => j.after === at);
        const why = join ? `the layout data says the paragraph goes on after a sentence end (${join.evidence})` : `line ${at} ends “…${open.text.slice(-6)}” mid-sentence`;
        decisions.push({ stage: 'reflow', line: at, action: 'join', detail: `${why}; joined to line ${line} “${item.text.slice(0, 6)}…”${held.length ? `; ${held.length} figure(s) printed in between moved after the paragraph` : ''}` });
      }
      open.text += glue + item.text;
      open.lines.push(...item.lines);
      const joined: ParagraphItem = open;
      if (markGap(joined)) open = null;
      else if ((!endsSentence(joined.text) && !closes(joined, rules)) || continues(joined, rules)) continue;
      open = null;
      flush();
      continue;
    }
    if (open) {
      decisions.push({ stage: 'reflow', line: open.lines.at(-1) ?? 0, action: 'keep', detail: `paragraph ends without terminal punctuation (“…${open.text.slice(-6)}”) but the next item is not its continuation${item.kind === 'paragraph' && opensOutlineItem(item.text) ? ` (“${item.text.slice(0, 4)}…” opens an outline or list item)` : item.kind === 'paragraph' && parseAgencyDateline(item.text) ? ` (“${item.text.slice(0, 6)}…” opens with a news dateline)` : ''}; kept` });
      open = null;
      flush();
    }
    if (item.kind === 'paragraph') {
      const copy: ParagraphItem = { ...item, lines: [...item.lines] };
      out.push(copy);
      if (!markGap(copy) && ((!endsSentence(copy.text) && !closes(copy, rules) && !standsAlone(copy)) || continues(copy, rules))) open = copy;
      else if (standsAlone(copy) && !endsSentence(copy.text)) decisions.push({ stage: 'reflow', line: copy.lines[0] ?? 0, action: 'keep', detail: `“${copy.text}” is a whole byline, dateline, page furniture line or outline heading, not a sentence cut at a break: never joined to the next paragraph` });
    } else out.push(item);
  }
  flush();
  return { items: out, decisions, restored, gaps, moves: placed.moves, searched: placed.searched };
}

/** Longest outline heading or list item read as complete without terminal punctuation (`（一）压实企业主体责任`). */
const outlineHeadingMax = 30;

/**
 * A line that is a byline, a dateline or page furniture as a whole (`记者 李华`, `2024-04-19 来源：…`,
 * `（完）`), or a short outline heading or list item with no sentence mark in it (`一、加快项目建设`,
 * `• 每月通报一次`), ends without punctuation but is no cut sentence.
 */
function standsAlone(paragraph: ParagraphItem): boolean {
  const text = paragraph.text;
  const outlineHeading = opensOutlineItem(text) && !/[，,。；;！？!?]/u.test(text) && [...text].length <= outlineHeadingMax;
  return outlineHeading || parseByline(text) !== null || parseAgencyDateline(text)?.text === text.trim() || pageFurnitureKind(text) !== undefined;
}

function continues(paragraph: ParagraphItem, rules: ReflowRules): boolean {
  return (rules.joins ?? []).some((j) => j.after === (paragraph.lines.at(-1) ?? 0));
}

function closes(paragraph: ParagraphItem, rules: ReflowRules): boolean {
  return rules.keep.includes(paragraph.lines.at(-1) ?? 0);
}
