/**
 * Seeds of GBK-misalignment damage: a `?` that swallowed bytes. In this damage family every
 * damaged span starts with such a `?`, followed by an orphan reading (`?tīng)`), by punctuation
 * a question mark is never followed by (`?!皷`, `?;B`, `??v`), or by garbage characters.
 */
import { SYLLABLE } from './pinyin.ts';

/** A suspected damaged span (seed only: its exact extent is decided by the repair search). */
export interface DamageSeed {
  offset: number;
  text: string;
}

const seed = new RegExp(`\\?(?:${SYLLABLE}\\)|[;!,|:?])`, 'gu');

/** Lists the `?` that start damaged spans, with the evidence that follows them. */
export function findDamagedSpans(text: string): DamageSeed[] {
  return [...text.matchAll(seed)].map((m) => ({ offset: m.index, text: m[0] }));
}
