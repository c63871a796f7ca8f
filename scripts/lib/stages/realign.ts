/**
 * Stage: repair GBK byte-misalignment damage (`鏈?zhǔn)桨l(fā)展` → `鏈式發(fā)展`) with a general
 * algorithm: every `?` is a candidate seed; scripts/lib/mojibake/search.ts enumerates the byte
 * sequences the damage could come from and ranks them against "no damage". See MOJIBAKE.md.
 */
import { buildBigramModel, type BigramModel } from '../mojibake/bigram-model.ts';
import { DICTIONARY_COUNTS } from '../mojibake/dictionary.ts';
import { applyEdits } from '../mojibake/edits.ts';
import { searchRepairs, type Hypothesis } from '../mojibake/search.ts';
import { removePinyinAnnotations } from './unannotate.ts';

/** How a span was repaired: bytes shifted back with every hidden byte fixed by a surviving
 * reading, or a ranked choice among candidates. */
export type RepairMethod = 'shift-back' | 'candidate-search';

/** One repaired span. */
export interface Repair {
  /** Offset of the damaged span in the input text. */
  offset: number;
  /** The damaged span as found. */
  damaged: string;
  /** The text that replaces it. */
  replacement: string;
  /** 0..1: the best candidate's share of the probability of all explanations, "no damage" included. */
  confidence: number;
  method: RepairMethod;
  /** Human-readable evidence: bytes, readings, runner-up. */
  evidence: string;
}

/** A damaged span the algorithm cannot decide: left unchanged, to be completed by errata. */
export interface UnresolvedSpan {
  offset: number;
  damaged: string;
  /** What could be reconstructed, `□` for each byte that cannot be determined. */
  proposal: string;
  /** The best explanations of the span, best first (the proposal first). */
  candidates: string[];
  reason: string;
}

/** Result of {@link realignGbk}. */
export interface Realigned {
  text: string;
  repairs: Repair[];
  unresolved: UnresolvedSpan[];
}

/** Below this confidence a repair is reported as unresolved instead of applied. */
export const MIN_CONFIDENCE = 0.5;

/** The document's own text for the model: annotations removed, the neighbourhood of every '?' left out. */
function intactText(text: string): string {
  return removePinyinAnnotations(text.replace(/.?\?[^\n]{0,10}/gu, '\n')).text;
}

function confidenceOf(ranked: readonly Hypothesis[]): number {
  const best = ranked[0]?.score ?? 0;
  const total = ranked.reduce((sum, h) => sum + Math.exp(h.score - best), 0);
  return 1 / total;
}

function describe(h: Hypothesis, runnerUp: Hypothesis | undefined): string {
  const next = runnerUp ? `; runner-up ${runnerUp.damaged ? JSON.stringify(runnerUp.replacement) : 'no damage'} (score ${(runnerUp.score - h.score).toFixed(1)})` : '';
  return `${h.notes.join('; ')}${next}`;
}

/** Confidence from which a repair informs the second pass. */
const CONFIDENT = 0.9;

/**
 * Finds spans damaged by GBK misalignment and repairs those the evidence decides. When a span
 * stays uncertain, a second pass repeats the search with the confident repairs added to the
 * document's own text (the same phrase is often damaged twice: 規模化 in source 002).
 * @example realignGbk('深化鏈?zhǔn)桨l(fā)展').text // → '深化鏈式發(fā)展'
 */
export function realignGbk(text: string, model?: BigramModel): Realigned {
  if (model) return realignPass(text, model);
  const first = realignPass(text, buildBigramModel(DICTIONARY_COUNTS, intactText(text)));
  const confident = first.repairs.filter((r) => r.confidence >= CONFIDENT);
  if (confident.length === 0 || (confident.length === first.repairs.length && first.unresolved.length === 0)) return first;
  const repaired = applyEdits(text, confident.map((r) => ({ offset: r.offset, before: r.damaged, after: r.replacement })));
  return realignPass(text, buildBigramModel(DICTIONARY_COUNTS, intactText(repaired)));
}

function realignPass(text: string, model: BigramModel): Realigned {
  const repairs: Repair[] = [];
  const unresolved: UnresolvedSpan[] = [];
  let out = '';
  let at = 0;
  for (let start = text.indexOf('?'); start !== -1; start = text.indexOf('?', start + 1)) {
    if (start < at) continue;
    const ranked = searchRepairs(text, start, model);
    const best = ranked[0];
    if (!best || !best.damaged) continue;
    const damaged = text.slice(start, best.end);
    const confidence = confidenceOf(ranked);
    const evidence = describe(best, ranked[1]);
    if (best.lost || confidence < MIN_CONFIDENCE) {
      const reason = best.lost ? 'a byte swallowed with the `?` cannot be recovered' : `no candidate is clearly best (confidence ${confidence.toFixed(2)})`;
      unresolved.push({ offset: start, damaged, proposal: best.replacement, candidates: ranked.filter((h) => h.damaged && h.end === best.end).slice(0, 3).map((h) => h.replacement), reason: `${reason}: ${evidence}` });
    } else {
      repairs.push({ offset: start, damaged, replacement: best.replacement, confidence, method: best.determinedByReadings ? 'shift-back' : 'candidate-search', evidence });
      out += text.slice(at, start) + best.replacement;
      at = best.end;
    }
    start = Math.max(start, best.end - 1);
  }
  return { text: out + text.slice(at), repairs, unresolved };
}
