/**
 * The clean Chinese text the damage simulator works on: every raw source the archive holds, in
 * the script it was received in and converted to the other one (opencc-js via src/lib/convert.ts),
 * one document per source and script, split into texts the repair was tuned on and held-out texts.
 *
 * Where the data comes from: content/sources/*.txt with pinyin annotations removed; lines that
 * carry damage by the shared scanner's two damage rules (an orphan reading `zhēng)`, a `?` glued to
 * punctuation) are left out, legitimate question marks stay in (they are negative cases).
 * How to extend: a new clean source joins the held-out split by adding its file stem below.
 */
import { readFileSync } from 'node:fs';
import { createConverter } from '../../../src/lib/convert.ts';
import type { Script } from '../../../src/i18n/locales.ts';
import { SYLLABLE } from './pinyin.ts';
import { typeDraw } from './simulate.ts';
import { removePinyinAnnotations } from '../stages/unannotate.ts';

/** Which texts the repair's parameters were chosen on, and which it never saw while tuning. */
export type CorpusSplit = 'tuning' | 'held-out';

/** One clean document for the simulator. */
export interface CorpusDocument {
  /** `<source stem>/<script>`. */
  id: string;
  script: Script;
  split: CorpusSplit;
  text: string;
}

/** Sources by split: the repair was tuned on 001 and 002 (the damaged Traditional source) and 000. */
const SOURCES: ReadonlyArray<{ stem: string; script: Script; split: CorpusSplit }> = [
  { stem: '000_346911de383feeea', script: 'hans', split: 'tuning' },
  { stem: '001_a72937d6c9f82b4b', script: 'hant', split: 'tuning' },
  { stem: '002_8a6e40267bf6ab56', script: 'hant', split: 'tuning' },
  { stem: '003_9505c1ccdbaa8d17', script: 'hans', split: 'held-out' },
  { stem: '004_a79ee2d5702d4071', script: 'hans', split: 'held-out' },
];

const damagedLine = new RegExp(`(?<![(a-z])${SYLLABLE}\\)|[?？](?=[;!,|:?？])|(?<=[;,|])[?？]`, 'u');

/** The clean lines of a raw source text: annotations removed, damaged lines left out. */
export function cleanLines(raw: string): string {
  return removePinyinAnnotations(raw.replace(/\r\n?/g, '\n'))
    .text.split('\n')
    .filter((line) => !damagedLine.test(line))
    .join('\n');
}

/** Every corpus document (both scripts of every source), optionally of one split only. */
export function simulationCorpus(split?: CorpusSplit, root = 'content/sources'): CorpusDocument[] {
  const convert = createConverter();
  const out: CorpusDocument[] = [];
  for (const source of SOURCES) {
    if (split !== undefined && source.split !== split) continue;
    const text = cleanLines(readFileSync(`${root}/${source.stem}.txt`, 'utf8'));
    const other: Script = source.script === 'hans' ? 'hant' : 'hans';
    out.push({ id: `${source.stem.slice(0, 3)}/${source.script}`, script: source.script, split: source.split, text });
    out.push({ id: `${source.stem.slice(0, 3)}/${other}`, script: other, split: source.split, text: convert(text, source.script, other) });
  }
  return out;
}

/** Share of source 002's Han characters that carry a reading (1,735 of 7,478 after repair: 23.2 %). */
export const ANNOTATED_TOKEN_SHARE = 0.232;

/**
 * Which character types a converter like source 002's annotates in a document: only types the
 * other script writes differently (in 002 every annotated type is one, and 114 of its 355 such
 * types are), drawn per type and seed with the share that makes annotated characters as frequent
 * as in 002; garbage characters are judged by the same rule (the converter worked on bytes).
 */
export function annotatesLikeSource002(doc: CorpusDocument, seed: number): (char: string) => boolean {
  const convert = createConverter();
  const other: Script = doc.script === 'hans' ? 'hant' : 'hans';
  const cache = new Map<string, boolean>();
  const specific = (c: string) => {
    let yes = cache.get(c);
    if (yes === undefined) {
      yes = /\p{Script=Han}/u.test(c) && convert(c, doc.script, other) !== c;
      cache.set(c, yes);
    }
    return yes;
  };
  const han = doc.text.match(/\p{Script=Han}/gu) ?? [];
  const share = han.filter(specific).length / Math.max(1, han.length);
  const rate = Math.min(1, ANNOTATED_TOKEN_SHARE / Math.max(share, 1e-9));
  return (c) => typeDraw(seed, c) < rate && specific(c);
}
