/**
 * A damage simulator for testing the realignment the way ftfy tests itself: it damages clean
 * text the way source 002 was damaged (MOJIBAKE.md) — full-width punctuation, pinyin
 * annotations, GBK bytes read one byte out of step at a few places, pairs that are no
 * character shown as `?` — deterministically from a seed.
 */
import { pinyin } from 'pinyin-pro';
import { encodeChar, foldFullWidth, fullWidthOf, pairChar, pairKind } from './gbk.ts';
import { hasToneMark, SYLLABLE } from './pinyin.ts';

/** One simulated damaged span. */
export interface SimulatedSpan {
  /** 0-based line of the text the span is on. */
  line: number;
  /** Offset of the span's first `?` in its line of the damaged text. */
  column: number;
  /** The clean characters the span replaced (from the character after X). */
  clean: string;
  /** What the damage turned them into. */
  damaged: string;
  /** An ASCII byte other than an annotation's `(` was swallowed: the span cannot be restored exactly. */
  lost: boolean;
  /** The decoder events that made the span, in order (for diagnosing a failed repair). */
  events: string[];
}

/**
 * What the damaged text still says about a span's hidden bytes, from the least evidence to the
 * most (the order of {@link EVIDENCE}):
 * - `private pair`: a pair of the user-defined area was shown as `?` or vanished: two bytes (the
 *   tail of one character, the lead of the next) survive only as "some private pair";
 * - `dropped lead`: a Greek, Cyrillic or phonetic-row lead byte was dropped;
 * - `first byte unpinned`: the first `?` hides the first character's lead byte with no reading after it;
 * - `pinned`: every hidden byte is followed by a surviving reading (the first `?`'s, and the
 *   annotation after the last `?`): only homophones within one GBK row remain to choose between.
 * Only the last class carries what the bytes themselves pin; the others leave bytes that only the
 * language models and the document can choose.
 */
export const EVIDENCE = ['private pair', 'dropped lead', 'first byte unpinned', 'pinned'] as const;
export type Evidence = (typeof EVIDENCE)[number];

const READING_AFTER_FIRST = new RegExp(`^\\?${SYLLABLE}\\)`, 'u');

/** Whether a span's first `?` is followed by the reading of the pair it hides (`?zhǔn)…`). */
export function readingAfterFirst(damaged: string): boolean {
  return READING_AFTER_FIRST.test(damaged);
}

/**
 * The evidence class of a simulated span (see {@link EVIDENCE}).
 * @example spanEvidence({ damaged: '?zhǔn)桨l(fā)展', events: ['first ? hides CA'] }) // 'pinned'
 */
export function spanEvidence(span: Pick<SimulatedSpan, 'damaged' | 'events'>): Evidence {
  if (span.events.some((e) => e.startsWith('private '))) return 'private pair';
  if (span.events.some((e) => e.startsWith('? drops lead '))) return 'dropped lead';
  return readingAfterFirst(span.damaged) ? 'pinned' : 'first byte unpinned';
}

/** Result of {@link simulateDamage}. */
export interface Simulation {
  /** The damaged text (annotated, with damaged spans, punctuation folded to ASCII). */
  damaged: string;
  /** What a perfect repair returns: the clean text with punctuation folded. */
  expected: string;
  spans: SimulatedSpan[];
}

/** Options of {@link simulateDamage}. */
export interface SimulationOptions {
  seed: number;
  /** Share of character types annotated with their reading, when `annotates` is not given. */
  annotate?: number;
  /**
   * Which character types the converter annotates. Source 002 annotates by type, not by
   * occurrence (114 types always, 831 never, none sometimes) and works on the byte stream, so a
   * garbage character of an annotated type is annotated too. Default: `annotate` of all Han types.
   */
  annotates?: (char: string) => boolean;
  /** Damaged spans per line (at most one per line). */
  spansPerLine?: number;
}

/** mulberry32: a small deterministic PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isHan = (c: string) => /\p{Script=Han}/u.test(c);
const readingOf = (c: string) => (pinyin(c, { type: 'array' }) as string[])[0] ?? '';

/** Whether a type is chosen for annotation, a fixed draw per (seed, character). */
export function typeDraw(seed: number, char: string): number {
  return random((seed * 0x9e3779b1) ^ (char.codePointAt(0) as number))();
}

/** Which character types get a reading: `rate` of all types, drawn per type. */
export function annotatesShare(seed: number, rate: number): (char: string) => boolean {
  return (c) => typeDraw(seed, c) < rate;
}

type Annotates = (char: string) => boolean;

/** A character as the converter writes it: with its reading in parentheses when its type is annotated. */
function annotated(c: string, annotates: Annotates): string {
  if (!isHan(c) || !annotates(c)) return c;
  const r = readingOf(c);
  return hasToneMark(r) ? `${c}(${r})` : c;
}

/** One character of the annotated line; `reading` marks the characters of an annotation. */
interface Unit {
  text: string;
  bytes: readonly number[];
  reading: boolean;
}

/** Damages one line at character index `at` (the span starts after character `at - 1`). */
function damageLine(units: Unit[], at: number, annotates: Annotates, rnd: () => number): { out: string; column: number; clean: string; damaged: string; lost: boolean; events: string[] } | undefined {
  const x = units[at - 1];
  const first = units[at];
  if (!x || !first || first.reading || first.bytes.length !== 2 || !(x.bytes.length === 2 || x.text === ')')) return undefined;
  const bytes = units.slice(at).flatMap((u) => u.bytes);
  const boundaries = new Set<number>();
  let n = 0;
  for (const u of units.slice(at)) {
    boundaries.add(n);
    n += u.bytes.length;
  }
  let damaged = '';
  let lost = false;
  const events: string[] = [];
  const hx = (b: number) => b.toString(16).toUpperCase().padStart(2, '0');
  // The first byte of the next character is lost in a `?` (with the converter's reading of the
  // pair it made with X's last byte, when that pair is a Han character).
  const g1 = x.bytes.length === 2 ? pairChar(x.bytes[1] as number, bytes[0] as number) : undefined;
  const r1 = g1 && isHan(g1) ? readingOf(g1) : '';
  damaged += hasToneMark(r1) && rnd() < 0.9 ? `?${r1})` : '?';
  events.push(`first ? hides ${hx(bytes[0] as number)}`);
  let i = 1;
  while (!boundaries.has(i)) {
    const b = bytes[i];
    if (b === undefined) return undefined;
    if (b < 0x80) {
      damaged += String.fromCharCode(b);
      events.push(`ascii ${hx(b)}`);
      i += 1;
      continue;
    }
    const t = bytes[i + 1];
    if (t === undefined) return undefined;
    if (t < 0x40 || t === 0x7f || t === 0xff) {
      damaged += '?'; // an invalid pair swallows both bytes, an ASCII byte included
      events.push(`? swallows ${hx(b)} ${hx(t)}`);
      if (t !== 0x28) lost = true;
      i += 2;
      continue;
    }
    const kind = pairKind(b, t);
    const c = pairChar(b, t);
    if (kind === 'private') {
      const shown = rnd() < 0.4;
      if (shown) damaged += '?'; // else the pair vanishes
      events.push(`private ${hx(b)} ${hx(t)} ${shown ? 'as ?' : 'vanished'}`);
      i += 2;
    } else if (c !== undefined && b >= 0xa6 && b <= 0xa8 && rnd() < 0.5) {
      damaged += '?'; // Greek, Cyrillic and phonetic rows: a decoder without them drops only the lead byte
      events.push(`? drops lead ${hx(b)}`);
      i += 1;
    } else if (c !== undefined) {
      damaged += annotated(c, annotates);
      events.push(`${c} ${hx(b)} ${hx(t)}`);
      i += 2;
    } else return undefined;
    if (damaged.length > 40) return undefined;
  }
  if (damaged.includes('\n')) return undefined;
  // Back in step: the rest of the line as it was.
  let consumed = 0;
  let k = at;
  while (consumed < i) consumed += (units[k++] as Unit).bytes.length;
  const before = units.slice(0, at).map((u) => u.text).join('');
  const after = units.slice(k).map((u) => u.text).join('');
  const clean = units.slice(at, k).filter((u) => !u.reading).map((u) => u.text).join('');
  return { out: before + damaged + after, column: before.length, clean, damaged, lost, events };
}

/**
 * Damages a clean text: every line gets annotations and, with probability `spansPerLine`,
 * one misaligned span at a random place.
 * @example simulateDamage('深化鏈式發展,興百億之產。', { seed: 1, spansPerLine: 1 }).damaged // e.g. '深化鏈?zhǔn)桨l(fā)展,興百億之產。'
 */
export function simulateDamage(clean: string, options: SimulationOptions): Simulation {
  const rnd = random(options.seed);
  const annotates = options.annotates ?? annotatesShare(options.seed, options.annotate ?? 0.3);
  const spansPerLine = options.spansPerLine ?? 1;
  const spans: SimulatedSpan[] = [];
  const lines = clean.split('\n').map((line, index) => {
    // The original GBK text had full-width punctuation; annotations use ASCII parentheses.
    const units: Unit[] = [];
    for (const raw of line) {
      const c = /[,:;!?()]/.test(raw) ? fullWidthOf(raw) : raw;
      [...annotated(c, annotates)].forEach((ch, k) => units.push({ text: ch, bytes: encodeChar(ch) ?? [], reading: k > 0 }));
    }
    if (units.some((u) => u.bytes.length === 0) || rnd() >= spansPerLine || units.length < 6) return units.map((u) => u.text).join('');
    for (let attempt = 0; attempt < 8; attempt++) {
      const at = 1 + Math.floor(rnd() * (units.length - 2));
      if (units[at]?.reading) continue;
      const result = damageLine(units, at, annotates, rnd);
      if (result) {
        spans.push({ line: index, column: result.column, clean: result.clean, damaged: result.damaged, lost: result.lost, events: result.events });
        return result.out;
      }
    }
    return units.map((u) => u.text).join('');
  });
  return { damaged: foldFullWidth(lines.join('\n')), expected: foldFullWidth(clean), spans };
}
