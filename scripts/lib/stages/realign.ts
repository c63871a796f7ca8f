/**
 * Stage: repair GBK byte-misalignment damage (`鏈?zhǔn)桨l(fā)展` → `鏈式發(fā)展`).
 * See /work/shared/MOJIBAKE.md for the mechanism; the algorithm lives in scripts/lib/mojibake/.
 */
import { findDamagedSpans } from '../mojibake/detect.ts';

/** How a span was repaired. */
export type RepairMethod = 'shift-back' | 'candidate-search';

/** One repaired span. */
export interface Repair {
  /** Offset of the damaged span in the input text. */
  offset: number;
  /** The damaged span as found. */
  damaged: string;
  /** The text that replaces it. */
  replacement: string;
  /** 0..1: how sure the algorithm is (margin over the next-best candidate). */
  confidence: number;
  method: RepairMethod;
  /** Human-readable evidence: bytes, readings, scores, in-document occurrences. */
  evidence: string;
}

/** A damaged span the algorithm cannot decide: left unchanged, to be completed by errata. */
export interface UnresolvedSpan {
  offset: number;
  damaged: string;
  /** What could be reconstructed, with `□` for each character that cannot be determined. */
  proposal: string;
  reason: string;
}

/** Result of {@link realignGbk}. */
export interface Realigned {
  text: string;
  repairs: Repair[];
  unresolved: UnresolvedSpan[];
}

/**
 * Finds spans damaged by GBK misalignment and repairs those the evidence decides.
 * @example realignGbk('深化鏈?zhǔn)桨l(fā)展').text // → '深化鏈式發(fā)展'
 */
export function realignGbk(text: string): Realigned {
  const unresolved: UnresolvedSpan[] = findDamagedSpans(text).map((span) => ({
    offset: span.offset,
    damaged: span.text,
    proposal: span.text,
    reason: 'damaged span detected; not repaired yet',
  }));
  return { text, repairs: [], unresolved };
}
