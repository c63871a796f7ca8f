/**
 * The candidate search behind the GBK realignment: for the text after a damage seed (`?`),
 * enumerate the original byte sequences the misaligned decoder could have produced it from,
 * decode them in step, and rank the results with a bigram model. See MOJIBAKE.md.
 *
 * Decoder model (inverse), the events scripts/lib/mojibake/simulate.ts produces and source 002
 * shows (MOJIBAKE.md). The damage starts after a character X: the first `?` hides the first byte
 * o0 of the next original character (the pair "last byte of X + o0" was shown as `?`; if it is
 * a Han character the converter annotated it, so `?cè)` says that pair reads cè). Then, while the
 * decoder is out of step, each pair it reads is (trail byte of one original character, first
 * byte of the next):
 * - a garbage character: two original bytes (a folded full-width ASCII form is A3 + a byte);
 * - an ASCII character: a trail byte below 0x80, read alone — the decoder is back in step;
 * - a `?`: a trail byte u plus a swallowed ASCII byte (`(` when an orphan reading follows,
 *   otherwise a lost byte: unresolved) — back in step; a private-use pair; or, for u in the
 *   Greek, Cyrillic and phonetic rows A6–A8, u alone (the decoder drops it and reads the next
 *   pair in step: 龍源電力's 力 = C1 A6 before 、);
 * - a private-use or radical pair may vanish between two tokens (also several in a row, and
 *   right after the first `?`).
 * The span ends where the decoder is back in step; the bytes must form valid GBK characters.
 * Channel costs are −ln of the rates of those events (COST below); the characters themselves
 * are scored by the language model.
 *
 * The search is a beam over the tokens. A state's last character is half known (its pending
 * lead byte), so states are ranked with a one-token lookahead: the character that lead makes with
 * the next token's first byte. A private pair's two free bytes are chosen by the score the model
 * will give the two characters they complete (a reading after the next `?` fixes the second).
 */
import { encodeChar, foldFullWidth, fullWidthOf, isLead, pairChar, pairsByLead } from './gbk.ts';
import type { BigramModel } from './bigram-model.ts';
import { SYLLABLE, hasToneMark, isReadingOf, readingsOf } from './pinyin.ts';
import { orphanReadingAt, tokenize, type Token } from './tokens.ts';
import { pushTo } from '../../../src/lib/multimap.ts';

/** One ranked explanation of the text after a seed. */
export interface Hypothesis {
  /** End offset of the damaged span in the text (`start` is the seed). */
  end: number;
  /** Replacement for text[start, end); `□` marks a lost byte. Empty for "no damage". */
  replacement: string;
  damaged: boolean;
  /** Contains a byte that cannot be recovered (`□`). */
  lost: boolean;
  /** Log score: language model minus channel costs, over the same stretch of text for all. */
  score: number;
  /** Bytes and decisions that explain the repair. */
  notes: string[];
  /** Whether every hidden byte was fixed by a surviving reading (no free choice). */
  determinedByReadings: boolean;
  /** How many guessed decoder events the repair needs: hidden bytes no reading fixes, lone or
   * lost bytes, private pairs (shown or vanished), folded `？`. Each one is a place where the
   * bytes alone leave a choice, so a repair needing several is less certain than its score says. */
  guesses: number;
  /** Channel cost (nats) of the decoder events the reading needs, included in `score`. */
  channel: number;
  /** The word model's score of the same stretch (its best segmentation into words, with a few
   * characters of left context) minus the same channel cost: the second model's evidence, kept
   * apart from `score`; absent when the model has no word model. */
  wordScore?: number;
}

const MAX_TOKENS = 30;
const BEAM = 60;
/** States kept per distinct future (pending byte, last character, flags). */
const RECOMBINE = 3;
/** How many lost-pair choices per state survive (ranked by the characters they complete). */
const PAIR_CHOICES = 24;
/** How many characters a private pair's second byte can lead (before known bytes) are scored as
 * bigrams, the most frequent first: the tuning oracle found the true one at frequency rank 30 at worst. */
const PRESELECT = 40;
/**
 * Rates of the damage process's free choices, from source 002's evidence (MOJIBAKE.md) as the
 * simulator (scripts/lib/mojibake/simulate.ts) reproduces it. Every other event is fixed by the
 * original bytes (a garbage character, an ASCII trail byte, a swallowed byte): it costs nothing
 * here, and the language model prices the characters it implies.
 */
const RATE = {
  /** The converter annotated the pair shown as the first `?` when it is a Han character with a
   * tone-marked reading: 8 of 002's 14 spans carry that reading (`?cè)`, `?zhǔn)`, …). */
  firstReading: 0.9,
  /** A private-use pair is shown as `?` rather than vanishing: 002 has two vanished pairs
   * (你們在服務, 規模化種) against one shown (the `？` of `提級??v`). */
  privateShown: 0.4,
  /** A pair of the rows A6–A8 loses only its lead byte (`?` for 力's A6 in 龍源電力), else decodes. */
  dropLead: 0.5,
} as const;

/** Channel costs (nats), −ln P(event) from RATE; `damage` is the prior cost of a `?` being damage at all. */
const COST = {
  damage: 6,
  firstReading: -Math.log(RATE.firstReading),
  unannotatedFirst: -Math.log(1 - RATE.firstReading),
  privateQ: -Math.log(RATE.privateShown),
  vanish: -Math.log(1 - RATE.privateShown),
  dropLead: -Math.log(RATE.dropLead),
  rowCharShown: -Math.log(1 - RATE.dropLead),
};
/** Vanished private pairs tried in a row between two tokens. */
const MAX_VANISH = 2;
/** ASCII bytes below 0x40 a swallowed byte may be (digits are one model class): the lost
 * character is scored as the most likely of them. */
const LOST_ASCII = ['0', ' ', '.', '%', '-', '/', '+', '*', '&', '#', ':', ';', '<', '=', '>', '"', "'"];
/** Characters before the seed that the word model sees with every reading (a word may start before the seed). */
const WORD_CONTEXT = 6;
/** GBK bytes of the full-width question mark `？` (A3 BF). */
const QUESTION = [0xa3, 0xbf] as const;

interface Notes {
  note: string;
  prev: Notes | undefined;
}

interface State {
  pending: number; // lead byte waiting for its trail, or -1
  text: string;
  prev: string;
  lm: number;
  cost: number;
  notes: Notes | undefined;
  lost: boolean;
  /** Private pairs vanished before the current token. */
  vanished: number;
  /** A dropped lead byte (rows A6–A8) that must make a character with the first byte after the span, or -1. */
  dropped: number;
  final: boolean;
  free: boolean;
  guesses: number;
  /** Oracle only: how many bytes of the true byte sequence this state has consumed, -1 when it left it. */
  truth: number;
}

/** Oracle only: the true original bytes of the span being searched (calibration sets it). */
let TRUTH: readonly number[] | undefined;

/** Advances the oracle's truth position over one consumed byte (`lostAscii`: any swallowed ASCII byte but `(`). */
function advance(pos: number, byte: number | 'lostAscii'): number {
  if (!TRUTH || pos < 0) return -1;
  const t = TRUTH[pos];
  if (t === undefined) return -1;
  return (byte === 'lostAscii' ? t < 0x40 && t !== 0x28 : t === byte) ? pos + 1 : -1;
}

/** A state whose next original character starts with lead byte `q`. */
function lead(s: State, q: number): State {
  return { ...s, pending: q, truth: advance(s.truth, q) };
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).toUpperCase().padStart(2, '0'));
const hex = (b: number) => HEX[b] as string;
const annotationAtStart = new RegExp(`^\\((${SYLLABLE})\\)`, 'u');
const annotationAtEnd = new RegExp(`(\\p{Script=Han})\\(${SYLLABLE}\\)$`, 'u');
const privateLeads = pairsByLead('private');
const isHan = (c: string) => /\p{Script=Han}/u.test(c);

function noteList(notes: Notes | undefined): string[] {
  const out: string[] = [];
  for (let n = notes; n; n = n.prev) out.unshift(n.note);
  return out;
}

/**
 * Clean characters of text[from, to) as the model sees them: annotations after Han characters
 * skipped, and an annotation at `from` skipped when it is a reading of the repair's last character `last`.
 * Undefined when an annotation at `from` cannot belong to `last` (the span ends in the wrong place).
 */
function cleanChars(text: string, from: number, to: number, last: string): string[] | undefined {
  const out: string[] = [];
  let i = from;
  const m = annotationAtStart.exec(text.slice(i, i + 12));
  if (m && isHan(last)) {
    if (!isReadingOf(last, m[1] as string)) return undefined;
    i += m[0].length;
  }
  while (i < to) {
    const c = String.fromCodePoint(text.codePointAt(i) as number);
    out.push(c);
    i += c.length;
    if (isHan(c)) {
      const m = annotationAtStart.exec(text.slice(i, i + 12));
      if (m) i += m[0].length;
    }
  }
  return out;
}

/** The character before `offset` for the model, skipping an annotation (`級(jí)` → 級). */
function previousClean(text: string, offset: number): string {
  const m = annotationAtEnd.exec(text.slice(Math.max(0, offset - 12), offset));
  if (m) return m[1] as string;
  return offset > 0 ? String.fromCodePoint(text.codePointAt(offset - 1) as number) : '\n';
}

function emit(s: State, char: string, model: BigramModel): State {
  return { ...s, text: s.text + foldFullWidth(char), prev: char, lm: s.lm + model.logProb(s.prev, char) };
}

/** Pushes a known byte through the in-step decoder; undefined when it makes invalid GBK. */
function push(s: State, byte: number, model: BigramModel): State | undefined {
  const t = { ...s, truth: advance(s.truth, byte) };
  if (t.pending === -1) {
    if (byte < 0x80) return emit(t, String.fromCharCode(byte), model);
    return isLead(byte) ? { ...t, pending: byte } : undefined;
  }
  const c = pairChar(t.pending, byte);
  return c === undefined ? undefined : emit({ ...t, pending: -1 }, c, model);
}

function pushAll(s: State | undefined, bytes: readonly number[], model: BigramModel): State | undefined {
  let t = s;
  for (const b of bytes) {
    if (!t) return undefined;
    t = push(t, b, model);
  }
  return t;
}

/** Adds a decoder event to a state; an event with a patch `free` (or `guess`) counts as a guess. */
function note(s: State | undefined, text: string, cost = 0, patch: Partial<State> = {}, guess = patch.free === true): State | undefined {
  return s && { ...s, ...patch, cost: s.cost + cost, guesses: s.guesses + (guess ? 1 : 0), notes: { note: text, prev: s.notes } };
}

/** Bytes u such that the pending lead + u is a character. */
function trailsOf(lead: number): number[] {
  const out: number[] = [];
  for (let b = 0x40; b <= 0xfe; b++) if (pairChar(lead, b) !== undefined) out.push(b);
  return out;
}

/** First bytes the token can start with (undefined when it is a `?`, i.e. unknown). */
function firstBytes(token: Token | undefined): number[] | undefined {
  if (!token || token.kind === 'lost') return undefined;
  if (token.kind === 'char') {
    const b = encodeChar(token.char)?.[0];
    return b === undefined ? [] : [b];
  }
  const wide = encodeChar(fullWidthOf(token.char))?.[0];
  return wide === undefined ? [token.char.charCodeAt(0)] : [token.char.charCodeAt(0), wide];
}

/** What is known of the token after a private pair: its first bytes, the reading that follows it
 * when it is a `?` with an orphan reading (the pair's second byte leads a character of that
 * reading), or nothing (a `?` without one, or the end of the tokens). */
type Following = { bytes: readonly number[] } | { reading: string } | undefined;

function followingOf(token: Token | undefined, text: string): Following {
  if (!token) return undefined;
  if (token.kind !== 'lost') return { bytes: firstBytes(token) ?? [] };
  const reading = orphanReadingAt(text, token.end);
  return reading === undefined ? undefined : { reading };
}

const followingKey = (next: Following) => (next === undefined ? '*' : 'bytes' in next ? next.bytes.join(',') : next.reading);

function expandFirst(s: State, token: Token, x1: number | undefined): State[] {
  const reading = token.kind === 'lost' ? token.reading : undefined;
  const out: State[] = [];
  if (reading !== undefined && x1 !== undefined) {
    for (const u of pairsReading(reading).get(x1) ?? []) {
      if (u < 0x81) continue;
      const g = pairChar(x1, u) as string;
      out.push({ ...lead(s, u), cost: s.cost + COST.firstReading, notes: { note: `?(${reading}) = ${g} [${hex(x1)} ${hex(u)}] → first byte ${hex(u)}`, prev: undefined } });
    }
    return out;
  }
  for (let u = 0x81; u <= 0xfe; u++) {
    // Without a reading, the pair X's last byte + u was probably no annotatable character:
    // the converter annotates such a pair at the rate RATE.firstReading.
    const g = x1 === undefined ? undefined : pairChar(x1, u);
    const annotatable = g !== undefined && hasToneMark(readingsOf(g)[0] ?? '');
    out.push({ ...lead(s, u), free: true, guesses: s.guesses + 1, cost: s.cost + (annotatable ? COST.unannotatedFirst : 0), notes: { note: `? hides first byte ${hex(u)}${g ? ` (pair ${g} shown without reading)` : ''}`, prev: undefined } });
  }
  return out;
}

/** Log-probability of the lost ASCII byte after `prev`: the likeliest of LOST_ASCII. */
function lostCharScore(prev: string, model: BigramModel): number {
  let best = -Infinity;
  for (const c of LOST_ASCII) best = Math.max(best, model.logProb(prev, c));
  return best;
}

/** Explanations of a `?` while out of step (the pending character waits for its trail byte). */
function expandLost(s: State, token: Token, text: string, model: BigramModel, next: Following, out: State[], cache: PairCache): void {
  const reading = orphanReadingAt(text, token.end);
  if (reading !== undefined) {
    // u + the swallowed '(' of the annotation whose reading follows: back in step.
    for (const u of pairsReading(reading).get(s.pending) ?? []) {
      if (u < 0x80) continue;
      const c = pairChar(s.pending, u) as string;
      const pushed = push(s, u, model);
      const t = note(pushed && { ...pushed, truth: advance(pushed.truth, 0x28) }, `? = [${hex(u)} 28]: ${c}(${reading}) lost its last byte and '(' (reading ${reading} confirms ${c})`, 0, { final: true });
      if (t) out.push(t);
    }
    return;
  }
  // A garbage full-width question mark (A3 BF), folded to '?' like every full-width form of the
  // source: A3 completes the pending character and BF leads the next one.
  const [q0, q1] = QUESTION;
  const folded = push(s, q0, model);
  const f = note(folded && lead(folded, q1), `? = folded ？ [${QUESTION.map(hex).join(' ')}]`, 0, {}, true);
  if (f) out.push(f);
  // Below, u (the pending character's trail byte) leads the pair the decoder saw as '?': a byte
  // below 0x80 would have been decoded as ASCII on its own, never hidden in a '?'.
  for (const u of trailsOf(s.pending)) {
    if (u < 0x80) continue;
    const c = pairChar(s.pending, u) as string;
    const t = push(s, u, model);
    if (!t) continue;
    // Rows A6–A8: the decoder dropped u alone and read the next pair in step.
    if (u >= 0xa6 && u <= 0xa8) {
      const alone = note(t, `? = [${hex(u)}] alone → ${c}`, COST.dropLead, { dropped: u, free: true });
      if (alone) out.push(alone);
    }
    // The swallowed byte is below 0x40: a digit, a space or ASCII punctuation, lost.
    const lost = note({ ...t, truth: advance(t.truth, 'lostAscii'), text: t.text + '□', prev: '0', lm: t.lm + lostCharScore(t.prev, model) }, `? = [${hex(u)} ??] → ${c} + one lost ASCII byte (< 0x40)`, 0, { lost: true, free: true });
    if (lost) out.push(lost);
  }
  // A private-use pair shown as '?': its first byte completes the pending character.
  for (const { p, q } of privatePairs(s, next, model, cache)) {
    const t = note(push(s, p, model), `? = private pair [${hex(p)} ${hex(q)}]`, COST.privateQ, { free: true });
    if (t) out.push(lead(t, q));
  }
}

function expandToken(s: State, token: Token, text: string, model: BigramModel, next: Following, out: State[], cache: PairCache): void {
  if (token.kind === 'lost') return expandLost(s, token, text, model, next, out, cache);
  if (token.kind === 'char') {
    // A garbage character the converter annotated keeps a reading of its own; any other
    // annotated character is original text, so the span cannot run through it.
    if (token.annotation !== undefined && !isReadingOf(token.char, token.annotation)) return;
    const bytes = encodeChar(token.char);
    if (!bytes || bytes.length !== 2) return;
    // A pair of the rows A6–A8 that was decoded (not dropped to `?`).
    const row = (bytes[0] as number) >= 0xa6 && (bytes[0] as number) <= 0xa8 ? COST.rowCharShown : 0;
    const t = note(pushAll(s, bytes, model), `${token.char} = [${bytes.map(hex).join(' ')}]`, row);
    if (t) out.push(t);
    return;
  }
  // An ASCII character: the pending character's trail byte (back in step), or a folded
  // full-width form whose A3 completes the pending character.
  const code = token.char.charCodeAt(0);
  const single = note(push(s, code, model), `${token.char} = [${hex(code)}]`);
  if (single) out.push(single);
  const wide = code > 0x20 && code < 0x7f ? encodeChar(fullWidthOf(token.char)) : undefined;
  if (wide) {
    const t = note(pushAll(s, wide, model), `${token.char} = folded ${fullWidthOf(token.char)} [${wide.map(hex).join(' ')}]`);
    if (t) out.push(t);
  }
}

/** Pairs (lead → trails) of the characters that have a reading, indexed once on first use. */
let byReading: Map<string, Map<number, number[]>> | undefined;
function pairsReading(reading: string): Map<number, number[]> {
  if (!byReading) {
    byReading = new Map();
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (const trail of trailsOf(lead)) {
        for (const r of readingsOf(pairChar(lead, trail) as string)) {
          const map = byReading.get(r) ?? new Map<number, number[]>();
          pushTo(map, lead, trail);
          byReading.set(r, map);
        }
      }
    }
  }
  return byReading.get(reading) ?? new Map();
}

/** Best unigram log-probability of a character q + p, p the lead of a private pair, per model. */
const privateLeadScores = new WeakMap<BigramModel, Float64Array>();
function privateLeadScore(q: number, model: BigramModel): number {
  let scores = privateLeadScores.get(model);
  if (!scores) {
    scores = new Float64Array(256).fill(-Infinity);
    for (let l = 0x81; l <= 0xfe; l++) for (const p of privateLeads.keys()) {
      const c = pairChar(l, p);
      if (c !== undefined) scores[l] = Math.max(scores[l] as number, model.logUnigram(c));
    }
    privateLeadScores.set(model, scores);
  }
  return scores[q] as number;
}

/** Best unigram log-probability of a character with lead byte q, per model. */
const leadScores = new WeakMap<BigramModel, Float64Array>();
function leadScore(q: number, model: BigramModel): number {
  let scores = leadScores.get(model);
  if (!scores) {
    scores = new Float64Array(256).fill(-Infinity);
    for (let l = 0x81; l <= 0xfe; l++) for (const t of trailsOf(l)) scores[l] = Math.max(scores[l] as number, model.logUnigram(pairChar(l, t) as string));
    leadScores.set(model, scores);
  }
  return scores[q] as number;
}

/** Private-pair completions of one pending lead before known next bytes: the private leads p
 * that complete the pending character c, and for each (p, q) — q a private trail of p that leads
 * a character d ending in a next byte — log P(d | c) of the best such d (the best unigram of q's
 * characters when the next token is a `?`), −Infinity where (p, q) cannot be. */
interface PairTable {
  ps: number[];
  chars: string[];
  /** Row-major by p, 256 columns (q). */
  ahead: Float64Array;
}

type PairCache = Map<string, PairTable | Array<{ p: number; q: number }> | Array<{ q: number; d: string }>>;

/** The PRESELECT most frequent characters d = q + a next byte, q among a private lead's trails
 * (d does not depend on the lead, so the choice is cached per trail set and next bytes). */
function nextChars(trails: readonly number[], next: Exclude<Following, undefined>, model: BigramModel, cache: PairCache): Array<{ q: number; d: string }> {
  const key = `d${trails[0]}-${trails.length}|${followingKey(next)}`;
  const hit = cache.get(key) as Array<{ q: number; d: string }> | undefined;
  if (hit) return hit;
  const ds: Array<{ q: number; d: string; uni: number }> = [];
  for (const q of trails) {
    if (!isLead(q)) continue;
    for (const b of 'bytes' in next ? next.bytes : (pairsReading(next.reading).get(q) ?? []).filter((u) => u >= 0x80)) {
      const d = pairChar(q, b);
      if (d !== undefined) ds.push({ q, d, uni: model.logUnigram(d) });
    }
  }
  const out = ds.sort((x, y) => y.uni - x.uni).slice(0, PRESELECT).map(({ q, d }) => ({ q, d }));
  cache.set(key, out);
  return out;
}

function pairTable(pending: number, next: Following, model: BigramModel, cache: PairCache): PairTable {
  const key = `t${pending}|${followingKey(next)}`;
  const hit = cache.get(key) as PairTable | undefined;
  if (hit) return hit;
  const ps: number[] = [];
  const chars: string[] = [];
  const rows: Float64Array[] = [];
  for (const [p, trails] of privateLeads) {
    const c = pairChar(pending, p);
    if (c === undefined) continue;
    const row = new Float64Array(256).fill(-Infinity);
    if (next === undefined) {
      for (const q of trails) if (isLead(q)) row[q] = leadScore(q, model);
    } else {
      const ds = nextChars(trails, next, model, cache);
      for (const { q, d } of ds) row[q] = Math.max(row[q] as number, model.logProb(c, d));
      if (ds.length === 0) continue;
    }
    ps.push(p);
    chars.push(c);
    rows.push(row);
  }
  const ahead = new Float64Array(ps.length * 256);
  rows.forEach((row, i) => ahead.set(row, i * 256));
  const table = { ps, chars, ahead };
  cache.set(key, table);
  return table;
}

/**
 * A private pair [p q] after the pending lead: p completes the pending character c, q leads the
 * next one d, which ends with one of the `next` bytes (any byte when the next token is a `?`).
 * Every (p, q) is scored as the bigram model will score it — P(c | previous) · P(d | c) — and,
 * since what follows depends on d alone, only the RECOMBINE best p for each q compete; the
 * PAIR_CHOICES best survive. Cached per search by previous character, pending lead and next bytes.
 */
function privatePairs(s: State, next: Following, model: BigramModel, cache: PairCache): Array<{ p: number; q: number }> {
  const key = `${s.prev}|${s.pending}|${followingKey(next)}`;
  const hit = cache.get(key) as Array<{ p: number; q: number }> | undefined;
  if (hit) return hit;
  const { ps, chars, ahead } = pairTable(s.pending, next, model, cache);
  // The RECOMBINE best leads p for every q (slot k · 256 + q holds the k-th best), as the beam
  // keeps states per distinct future.
  const score = new Float64Array(RECOMBINE * 256).fill(-Infinity);
  const lead = new Int16Array(RECOMBINE * 256);
  ps.forEach((p, i) => {
    const lc = model.logProb(s.prev, chars[i] as string);
    for (let q = 0x81; q <= 0xfe; q++) {
      const v = lc + (ahead[i * 256 + q] as number);
      if (!(v > (score[(RECOMBINE - 1) * 256 + q] as number))) continue;
      let k = RECOMBINE - 1;
      while (k > 0 && v > (score[(k - 1) * 256 + q] as number)) {
        score[k * 256 + q] = score[(k - 1) * 256 + q] as number;
        lead[k * 256 + q] = lead[(k - 1) * 256 + q] as number;
        k--;
      }
      score[k * 256 + q] = v;
      lead[k * 256 + q] = p;
    }
  });
  const slots: number[] = [];
  for (let k = 0; k < RECOMBINE * 256; k++) if (score[k] !== -Infinity) slots.push(k);
  const best = slots.sort((a, b) => (score[b] as number) - (score[a] as number)).slice(0, PAIR_CHOICES).map((k) => ({ p: lead[k] as number, q: k & 0xff }));
  cache.set(key, best);
  return best;
}

/** States with one more private pair vanished before `token` (it consumed two original bytes
 * and left no trace): before known bytes, or before a `?` — whose orphan reading, if any, says
 * which character the pair's second byte starts. */
function vanishBefore(s: State, token: Token, text: string, model: BigramModel, cache: PairCache): State[] {
  if (s.pending === -1 || s.vanished >= MAX_VANISH) return [];
  const out: State[] = [];
  const reading = token.kind === 'lost' ? orphanReadingAt(text, token.end) : undefined;
  if (reading !== undefined) {
    const leads = pairsReading(reading);
    for (const [p, trails] of privateLeads) {
      if (pairChar(s.pending, p) === undefined) continue;
      for (const q of trails) {
        if (!leads.has(q)) continue;
        const t = note(push(s, p, model), `vanished private pair [${hex(p)} ${hex(q)}]`, COST.vanish, { vanished: s.vanished + 1, free: true });
        if (t) out.push(lead(t, q));
      }
    }
    return out;
  }
  for (const { p, q } of privatePairs(s, followingOf(token, text), model, cache)) {
    const t = note(push(s, p, model), `vanished private pair [${hex(p)} ${hex(q)}]`, COST.vanish, { vanished: s.vanished + 1, free: true });
    if (t) out.push(lead(t, q));
  }
  return out;
}

/**
 * What the next token can add to a state's score (log, optimistic): the bigram of the
 * character its pending lead makes with the token's first byte — or, before a `?`, with the
 * byte the `?` may hide that its reading allows (when a reading follows; else the pending lead's
 * most frequent character) — or, when that is impossible or worse, the most frequent character
 * a vanished private pair could complete. −Infinity: no event of the decoder model continues
 * the state. Cached per search by previous character, pending lead and token.
 */
function lookahead(s: State, token: Token | undefined, text: string, model: BigramModel, cache: Map<string, number>): number {
  if (!token) return 0;
  const key = `${s.prev}|${s.pending}|${token.start}|${s.vanished >= MAX_VANISH}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  let best = -Infinity;
  const complete = (b: number) => {
    const c = pairChar(s.pending, b);
    if (c !== undefined) best = Math.max(best, model.logProb(s.prev, c));
  };
  const reading = token.kind === 'lost' ? orphanReadingAt(text, token.end) : undefined;
  if (token.kind !== 'lost') for (const b of firstBytes(token) ?? []) complete(b);
  else if (reading !== undefined) for (const u of pairsReading(reading).get(s.pending) ?? []) complete(u);
  else best = leadScore(s.pending, model);
  // A vanished private pair (its lead completes the pending character; the next character is not counted).
  const vanish = s.vanished < MAX_VANISH ? privateLeadScore(s.pending, model) - COST.vanish : -Infinity;
  const out = Math.max(best, vanish);
  cache.set(key, out);
  return out;
}

/** Inserts `x` into a list sorted in descending order, keeping at most `max` entries. */
function insertDescending(list: number[], x: number, max: number): void {
  if (list.length >= max && x <= (list[list.length - 1] as number)) return;
  let i = list.length;
  while (i > 0 && (list[i - 1] as number) < x) i--;
  list.splice(i, 0, x);
  if (list.length > max) list.pop();
}

/**
 * Keeps the best states. With a bigram model the future of a state depends only on its pending
 * byte, last character and flags, so states alike in those compete for a few places
 * (RECOMBINE each) and the beam holds different continuations, not variants of one early choice.
 * States are ranked with the next token's {@link lookahead}: the pending lead's character is
 * half known, and the next token's first byte decides it — a state whose pending lead makes an
 * impossible or unlikely character with it is no better than its score so far says.
 */
function prune(states: State[], ahead: (s: State) => number = () => 0): State[] {
  const best = new Map<string, { s: State; v: number }>();
  for (const s of states) {
    const key = `${s.pending}|${s.text}|${s.vanished}`;
    const old = best.get(key);
    const v = s.lm - s.cost;
    if (!old || v > old.v) best.set(key, { s, v });
  }
  // A lookahead is a log-probability (≤ 0): visiting states by score so far, once 2·BEAM states
  // rank above the next one's score so far, no later state can enter the beam.
  const byScore = [...best.values()].sort((a, b) => b.v - a.v);
  const ranked: Array<{ s: State; v: number }> = [];
  const totals: number[] = [];
  for (const { s, v } of byScore) {
    if (totals.length >= 2 * BEAM && (totals[2 * BEAM - 1] as number) > v) break;
    const a = ahead(s);
    if (a === -Infinity) continue;
    ranked.push({ s, v: v + a });
    insertDescending(totals, v + a, 2 * BEAM);
  }
  ranked.sort((a, b) => b.v - a.v);
  const perFuture = new Map<string, number>();
  const out: State[] = [];
  for (const { s } of ranked) {
    const future = `${s.pending}|${s.prev}|${s.vanished}|${s.lost}`;
    const n = perFuture.get(future) ?? 0;
    if (n >= RECOMBINE) continue;
    perFuture.set(future, n + 1);
    out.push(s);
    if (out.length === BEAM) break;
  }
  return out;
}

function scoreChars(chars: readonly string[], prev: string, model: BigramModel): number {
  let lm = 0;
  let p = prev;
  for (const c of chars) {
    lm += model.logProb(p, c);
    p = c;
  }
  return lm;
}

/**
 * The oracle's view of one search (calibration only): given the span's true original bytes, how
 * far along them the search generated and kept a state, and whether it completed them.
 */
export interface TruthTrace {
  /** The true original bytes: the first one hidden under the first `?`, then every byte the misaligned decoder consumed. */
  truth: readonly number[];
  /** Most true bytes any generated state had consumed. */
  generated: number;
  /** Most true bytes any state kept by the beam had consumed. */
  kept: number;
  /** A hypothesis consumed all of them and was ranked. */
  completed: boolean;
}

/**
 * Ranks the explanations of the text from `start` (a `?`): "no damage" and every span
 * repair the decoder model allows, best first, one per distinct resulting text.
 * `trace` (calibration only) follows the true bytes through the search without changing it.
 */
export function searchRepairs(text: string, start: number, model: BigramModel, trace?: TruthTrace): Hypothesis[] {
  TRUTH = trace?.truth;
  try {
    return search(text, start, model, trace);
  } finally {
    TRUTH = undefined;
  }
}

function search(text: string, start: number, model: BigramModel, trace: TruthTrace | undefined): Hypothesis[] {
  const tokens = tokenize(text, start, MAX_TOKENS);
  // A misaligned decoder needs at least one more token to get back in step: a '?' that ends a
  // line (or the text) is a question mark.
  if (tokens[0]?.kind !== 'lost' || tokens.length < 2) return [];
  const lastEnd = (tokens[tokens.length - 1] as Token).end;
  const lineEnd = text.indexOf('\n', lastEnd);
  const windowEnd = Math.min(lineEnd === -1 ? text.length : lineEnd, lastEnd + 12);
  const prev = previousClean(text, start);
  const xBytes = start > 0 ? encodeChar(String.fromCodePoint(text.codePointAt(start - 1) as number)) : undefined;
  const x1 = xBytes?.length === 2 ? xBytes[1] : undefined;

  const results: Hypothesis[] = [];
  const seen = new Map<string, number>();
  const record = (h: Hypothesis, rest: readonly string[]) => {
    // A span extended over text already back in step reads the same: keep one of them.
    const key = h.replacement + rest.join('');
    const at = seen.get(key);
    const old = at === undefined ? undefined : results[at];
    if (at === undefined || !old) {
      seen.set(key, results.length);
      results.push(h);
    } else {
      // Keep the shortest span (the rest is already in step), with the best score seen (and its channel cost).
      const top = h.score > old.score ? h : old;
      const kept = h.end < old.end || (h.end === old.end && h.score > old.score) ? h : old;
      results[at] = { ...kept, score: top.score, channel: top.channel };
    }
  };

  // "No damage": the '?' and what follows are meant as written.
  const asWritten = cleanChars(text, start, windowEnd, '') ?? [];
  record({ end: start, replacement: '', damaged: false, lost: false, score: scoreChars(asWritten, prev, model), notes: ['the text as written'], determinedByReadings: false, guesses: 0, channel: 0 }, asWritten);

  /** Ranks a state that is back in step after the token ending at `tokenEnd`. */
  const rests = new Map<string, { chars: string[]; score: number } | null>();
  const close = (s: State, tokenEnd: number) => {
    // After a '?' that swallowed an annotation's '(', the orphan reading joins the span: it
    // was the annotation of the restored character and is evidence, not text.
    const reading = s.final ? orphanReadingAt(text, tokenEnd) : undefined;
    const end = reading !== undefined ? tokenEnd + reading.length + 1 : tokenEnd;
    // The text after the span and its score depend only on where the span ends and its last character.
    const restKey = `${end}|${s.prev}`;
    let after = rests.get(restKey);
    if (after === undefined) {
      const chars = cleanChars(text, end, windowEnd, s.prev);
      after = chars ? { chars, score: scoreChars(chars, s.prev, model) } : null;
      rests.set(restKey, after);
    }
    if (!after) return;
    const rest = after.chars;
    if (s.dropped !== -1) {
      // The dropped lead byte and the first byte after the span made a character of rows A6–A8.
      const firstByte = rest[0] === undefined ? undefined : encodeChar(rest[0])?.[0];
      if (firstByte === undefined || pairChar(s.dropped, firstByte) === undefined) return;
    }
    record({ end, replacement: s.text, damaged: true, lost: s.lost, score: s.lm + after.score - s.cost, notes: noteList(s.notes), determinedByReadings: !s.free, guesses: s.guesses, channel: s.cost }, rest);
    if (trace && s.truth === trace.truth.length) trace.completed = true;
  };
  const follow = (list: readonly State[], key: 'generated' | 'kept') => {
    if (trace) for (const s of list) trace[key] = Math.max(trace[key], s.truth);
  };

  const cache: PairCache = new Map();
  const ahead = new Map<string, number>();
  const initial: State = { pending: -1, text: '', prev, lm: 0, cost: COST.damage, notes: undefined, lost: false, vanished: 0, dropped: -1, final: false, free: false, guesses: 0, truth: TRUTH ? 0 : -1 };
  // Not pruned yet: the hidden first byte scores only once the next token completes its character.
  let states = expandFirst(initial, tokens[0], x1);
  follow(states, 'generated');
  follow(states, 'kept');
  for (let j = 1; j < tokens.length && states.length > 0; j++) {
    const token = tokens[j] as Token;
    const after = followingOf(tokens[j + 1], text);
    // Private pairs that vanished before the token, one and two in a row, each round pruned on its own
    // (a state with a vanished pair has scored one character more than one without).
    const variants = [states];
    for (let v = 0; v < MAX_VANISH; v++) {
      const more = (variants[v] as State[]).flatMap((s) => vanishBefore(s, token, text, model, cache));
      follow(more, 'generated');
      // Ranked without the lookahead: with it, rivals with one more invented character come
      // within the decisive margin of source 002's 你們在服務 (tests/unit/stages/realign.test.ts).
      // Tried (issue 15): right after the first `?`, the beam's best by the lookahead added to these —
      // the true reading is then generated for 近年来, 网络, 服务网 (pruned here before) — but the readings
      // with one more character it adds withhold more right repairs than it makes: tuning seed 101,
      // 170 exact against 177 without it (both with an experimental both-models rule deciding at 1 nat
      // of the bigrams when the words prefer by 5, not kept; the run was stopped after that seed, 177
      // is the decision rules replayed on the seed's dump).
      variants.push(prune(more));
    }
    const next: State[] = [];
    for (const group of variants) for (const s of group) expandToken({ ...s, vanished: s.vanished }, token, text, model, after, next, cache);
    follow(next, 'generated');
    // States back in step end their span here: all are ranked; the others go on.
    const open: State[] = [];
    for (const s of next) {
      if (s.pending === -1) close(s, token.end);
      else open.push({ ...s, vanished: 0 });
    }
    if (trace) for (const s of next) if (s.pending === -1) trace.kept = Math.max(trace.kept, s.truth);
    const following = tokens[j + 1];
    states = prune(open, (s) => lookahead(s, following, text, model, ahead));
    follow(states, 'kept');
  }
  if (model.logWords) {
    // The word model scores each distinct reading of the window (keyed by its text) with its left context.
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const left = (cleanChars(text, lineStart, start, '') ?? []).slice(-WORD_CONTEXT);
    for (const [key, at] of seen) {
      const h = results[at] as Hypothesis;
      h.wordScore = model.logWords([...left, ...key]) - h.channel;
    }
  }
  return results.sort((a, b) => b.score - a.score || a.end - b.end);
}
