/**
 * The reader-facing notes of the provenance panel for the editorial acts of one article — restored
 * characters, moved continuations, moved bylines, gap notes — in the article's own script (the site
 * converts them for the other script like any text). Data: one template per act and script, written
 * by hand in both scripts; rule ids stay ASCII, the words are Chinese.
 */
import type { ScriptCode } from '../../../src/lib/article/schema.ts';

/** The facts behind each editorial act, as the stages report them. */
export interface EditorialActs {
  restores: readonly { after: number; text: string; proof: string }[];
  moves: readonly { cut: number; line: number; bridge: string; occurrences: number; searched: number }[];
  credits: readonly { line: number; credit: string }[];
  gaps: readonly { after: number; evidence: string; searched?: number | undefined }[];
  /** Paragraphs joined across a sentence end by the layout data (a column break), with the evidence. */
  joins?: readonly { after: number; evidence: string }[];
}

/** Note templates per script. */
const templates = {
  hans: {
    restore: (r: EditorialActs['restores'][number]) => `第${r.after}行末的换行处缺“${r.text}”字，编者补作〔${r.text}〕；同文另印“${r.proof}”可证`,
    move: (m: EditorialActs['moves'][number]) => `第${m.cut}行的句子在此中断，其后半句印在第${m.line}行（接合处的“${m.bridge}”在同文另见${m.occurrences}处），编者移回接排；已查原文其余${m.searched}段`,
    credit: (c: EditorialActs['credits'][number]) => `第${c.line}行段末的“${c.credit}”是记者署名，不是发言内容，编者移至作者栏`,
    gap: (g: EditorialActs['gaps'][number]) => `第${g.after}行后原文缺文：${g.evidence}${g.searched === undefined ? '' : `；已查原文其余${g.searched}段，均无后文`}`,
    join: (j: { after: number; evidence: string }) => `第${j.after}行虽以句号结束，但与下一段原为同一段，在换栏处断开，编者接排：${j.evidence}`,
    sep: '；',
  },
  hant: {
    restore: (r: EditorialActs['restores'][number]) => `第${r.after}行末的換行處缺“${r.text}”字，編者補作〔${r.text}〕；同文另印“${r.proof}”可證`,
    move: (m: EditorialActs['moves'][number]) => `第${m.cut}行的句子在此中斷，其後半句印在第${m.line}行（接合處的“${m.bridge}”在同文另見${m.occurrences}處），編者移回接排；已查原文其餘${m.searched}段`,
    credit: (c: EditorialActs['credits'][number]) => `第${c.line}行段末的“${c.credit}”是記者署名，不是發言內容，編者移至作者欄`,
    gap: (g: EditorialActs['gaps'][number]) => `第${g.after}行後原文缺文：${g.evidence}${g.searched === undefined ? '' : `；已查原文其餘${g.searched}段，均無後文`}`,
    join: (j: { after: number; evidence: string }) => `第${j.after}行雖以句號結束，但與下一段原為同一段，在換欄處斷開，編者接排：${j.evidence}`,
    sep: '；',
  },
} as const;

/**
 * Notes by rule id (`reflow-restore`, `reflow-move`, `byline-moved`, `gap-note`, `reflow-join` for layout joins) for the acts that happened.
 * @example repairNotes({ restores: [{ after: 47, text: '仑', proof: '昆仑山国家公园' }], moves: [], credits: [], gaps: [] }, 'hans')
 * // { 'reflow-restore': '第47行末的换行处缺“仑”字，编者补作〔仑〕；同文另印“昆仑山国家公园”可证' }
 */
export function repairNotes(acts: EditorialActs, script: ScriptCode): Record<string, string> {
  const w = templates[script];
  const notes: Record<string, string> = {};
  const add = (rule: string, parts: string[]): void => {
    if (parts.length > 0) notes[rule] = parts.join(w.sep);
  };
  add('reflow-restore', acts.restores.map(w.restore));
  add('reflow-move', acts.moves.map(w.move));
  add('byline-moved', acts.credits.map(w.credit));
  add('gap-note', acts.gaps.map(w.gap));
  add('reflow-join', (acts.joins ?? []).map(w.join));
  return notes;
}
