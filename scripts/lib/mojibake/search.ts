/**
 * The candidate search behind the GBK realignment: for the text after a damage seed (`?`),
 * enumerate the original byte sequences the misaligned decoder could have produced it from,
 * decode them in step, and rank the results with a bigram model. See MOJIBAKE.md.
 *
 * Decoder model (inverse). The damage starts after a character X: the first `?` hides the first
 * byte o0 of the next original character (the pair "last byte of X + o0" was shown as `?`; if
 * it is a Han character the converter annotated it, so `?cè)` says that pair reads cè). Then:
 * - a garbage character re-encodes to two original bytes (shifted by one);
 * - an ASCII character is one byte, or a folded full-width form (`!` = A3 A1);
 * - a later `?` is a byte u plus a swallowed ASCII byte (`(` when an orphan reading follows —
 *   the decoder is back in step there; otherwise a lost byte: unresolved), or u alone (only
 *   before a byte ≥ 0x80), or a private-use pair;
 * - a private-use or radical pair may have vanished between two tokens.
 * The decoded bytes must form valid GBK characters in step and end on a character boundary.
 */
import { encodeChar, foldFullWidth, fullWidthOf, isLead, pairChar, pairsByLead } from './gbk.ts';
import type { BigramModel } from './bigram-model.ts';
import { SYLLABLE, isReadingOf, readingsOf } from './pinyin.ts';
import { orphanReadingAt, tokenize, type Token } from './tokens.ts';

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
}

const MAX_TOKENS = 30;
const BEAM = 60;
/** States kept per distinct future (pending byte, last character, flags). */
const RECOMBINE = 3;
/** How many lost-pair choices per state survive (ranked by the characters they complete). */
const PAIR_CHOICES = 24;
// Channel costs (nats): how unusual each decoder event is.
const COST = { damage: 6, unannotatedFirst: 2, lone: 3.5, lostAscii: 2, privateQ: 2.5, vanish: 3, asciiSingle: 0.5, punctSingle: 1.5, fullWidthLetter: 5, fullWidthPunct: 0.3 };
/** GBK bytes of the full-width question mark `？` (A3 BF). */
const QUESTION = [0xa3, 0xbf] as const;

type PairCache = Map<string, Array<{ p: number; q: number; uni: number }>>;

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
  vanished: boolean;
  needHighNext: boolean;
  final: boolean;
  free: boolean;
  guesses: number;
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).toUpperCase().padStart(2, '0'));
const hex = (b: number) => HEX[b] as string;
const annotationAtStart = new RegExp(`^\\((${SYLLABLE})\\)`, 'u');
const annotationAtEnd = new RegExp(`(\\p{Script=Han})\\(${SYLLABLE}\\)$`, 'u');
const privateLeads = pairsByLead('private');
const isHan = (c: string) => /\p{Script=Han}/u.test(c);
const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/u;

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
  if (s.needHighNext && byte < 0x80) return undefined;
  const t = s.needHighNext ? { ...s, needHighNext: false } : s;
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

/** Best score of the character that lead `q` forms with one of the next bytes (undefined: none). */
function bestInto(q: number, next: readonly number[], prev: string, model: BigramModel): number | undefined {
  let best: number | undefined;
  for (const b of next) {
    const c = pairChar(q, b);
    if (c !== undefined) {
      const lp = model.logProb(prev, c);
      if (best === undefined || lp > best) best = lp;
    }
  }
  return best;
}

/**
 * A private pair [p q] after the pending lead: p completes the pending character, q leads the
 * next one. Only the few best choices (by the two characters they make) are kept; the choice
 * depends only on the pending lead and the next bytes, so it is cached per search.
 */
function privatePairs(s: State, next: readonly number[], model: BigramModel, cache: PairCache): Array<{ p: number; q: number; uni: number }> {
  const key = `${s.pending}|${next.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const scored: Array<{ p: number; q: number; score: number; uni: number }> = [];
  for (const [p, trails] of privateLeads) {
    const c = pairChar(s.pending, p);
    if (c === undefined) continue;
    const lp = model.logUnigram(c);
    // Pre-select the next characters by frequency, then score the few left as bigrams.
    const leads: Array<{ q: number; d: string; uni: number }> = [];
    for (const q of trails) {
      for (const b of next) {
        const d = pairChar(q, b);
        if (d !== undefined) leads.push({ q, d, uni: model.logUnigram(d) });
      }
    }
    for (const { q, d, uni } of leads.sort((a, b) => b.uni - a.uni).slice(0, PAIR_CHOICES)) scored.push({ p, q, score: lp + model.logProb(c, d), uni });
  }
  const best = scored.sort((a, b) => b.score - a.score).slice(0, PAIR_CHOICES);
  cache.set(key, best);
  return best;
}

function expandFirst(s: State, token: Token, x1: number | undefined): State[] {
  const reading = token.kind === 'lost' ? token.reading : undefined;
  const out: State[] = [];
  if (reading !== undefined && x1 !== undefined) {
    for (const u of pairsReading(reading).get(x1) ?? []) {
      const g = pairChar(x1, u) as string;
      out.push({ ...s, pending: u, notes: { note: `?(${reading}) = ${g} [${hex(x1)} ${hex(u)}] → first byte ${hex(u)}`, prev: undefined } });
    }
    return out;
  }
  for (let u = 0x81; u <= 0xfe; u++) {
    // Without a reading, the pair X's last byte + u was probably no annotatable character:
    // the converter annotated such pairs in every damaged span seen.
    const g = x1 === undefined ? undefined : pairChar(x1, u);
    const annotatable = g !== undefined && TONED.test(readingsOf(g)[0] ?? '');
    out.push({ ...s, pending: u, free: true, guesses: s.guesses + 1, cost: s.cost + (annotatable ? COST.unannotatedFirst : 0), notes: { note: `? hides first byte ${hex(u)}${g ? ` (pair ${g} shown without reading)` : ''}`, prev: undefined } });
  }
  return out;
}

function expandLost(s: State, token: Token, text: string, model: BigramModel, next: readonly number[] | undefined, out: State[], cache: PairCache): void {
  const reading = orphanReadingAt(text, token.end);
  if (s.pending === -1) {
    // A lone lead byte whose pair was not a character; the decoder resynchronised on a byte ≥ 0x80.
    if (reading !== undefined || next === undefined) return;
    const high = next.filter((b) => b >= 0x80);
    const leads: Array<{ u: number; score: number }> = [];
    for (let u = 0x81; u <= 0xfe; u++) {
      let best: number | undefined;
      for (const b of high) {
        const c = pairChar(u, b);
        if (c !== undefined) best = Math.max(best ?? -Infinity, model.logUnigram(c));
      }
      if (best !== undefined) leads.push({ u, score: best });
    }
    for (const { u } of leads.sort((a, b) => b.score - a.score).slice(0, PAIR_CHOICES)) {
      const t = note({ ...s, pending: u }, `? = [${hex(u)}] alone`, COST.lone, { needHighNext: true, free: true });
      if (t) out.push(t);
    }
    return;
  }
  if (reading === undefined) {
    // A full-width question mark (A3 BF), folded to '?' like every full-width form of the source:
    // out of step, A3 completes the pending character and BF leads the next one.
    const [q0, q1] = QUESTION;
    const t = s.pending === -1 ? pushAll(s, QUESTION, model) : push(s, q0, model);
    const folded = note(t && (s.pending === -1 ? t : { ...t, pending: q1 }), `? = folded ？ [${QUESTION.map(hex).join(' ')}]`, COST.fullWidthPunct, {}, true);
    if (folded) out.push(folded);
  }
  // Below, u (the pending character's trail byte) leads the pair the decoder saw as '?': a byte
  // below 0x80 would have been decoded as ASCII on its own, never hidden in a '?' (0x80 itself,
  // a trail byte of GBK but no lead, is invalid as a lead: `?` as well).
  if (reading !== undefined) {
    // u + the swallowed '(' of the annotation whose reading follows: back in step.
    for (const u of pairsReading(reading).get(s.pending) ?? []) {
      if (u < 0x80) continue;
      const c = pairChar(s.pending, u) as string;
      const t = note(push(s, u, model), `? = [${hex(u)} 28]: ${c}(${reading}) lost its last byte and '(' (reading ${reading} confirms ${c})`, 0, { final: true });
      if (t) out.push(t);
    }
  } else {
    for (const u of trailsOf(s.pending)) {
      if (u < 0x80) continue;
      const c = pairChar(s.pending, u) as string;
      const t = push(s, u, model);
      if (!t) continue;
      const alone = note(t, `? = [${hex(u)}] alone → ${c}`, COST.lone, { needHighNext: true, free: true });
      if (alone) out.push(alone);
      // The lost byte is below 0x40: a digit, a space or ASCII punctuation; scored as a digit
      // (the most frequent of them in this text family), so it is likely only where digits are.
      const lost = note({ ...t, text: t.text + '□', prev: '0', lm: t.lm + model.logProb(t.prev, '0') }, `? = [${hex(u)} ??] → ${c} + one lost ASCII byte (< 0x40)`, COST.lostAscii, { lost: true, free: true });
      if (lost) out.push(lost);
    }
  }
  // A private-use pair shown as '?': its first byte completes the pending character.
  if (reading === undefined && next !== undefined) {
    for (const { p, q } of privatePairs(s, next, model, cache)) {
      const t = note(push(s, p, model), `? = private pair [${hex(p)} ${hex(q)}]`, COST.privateQ, { free: true });
      if (t) out.push({ ...t, pending: q });
    }
  }
}

function expandToken(s: State, token: Token, text: string, model: BigramModel, next: readonly number[] | undefined, out: State[], cache: PairCache): void {
  if (token.kind === 'lost') return expandLost(s, token, text, model, next, out, cache);
  if (token.kind === 'char') {
    // A garbage character the converter annotated keeps a reading of its own; any other
    // annotated character is original text, so the span cannot run through it.
    if (token.annotation !== undefined && !isReadingOf(token.char, token.annotation)) return;
    const bytes = encodeChar(token.char);
    if (!bytes || bytes.length !== 2) return;
    const t = note(pushAll(s, bytes, model), `${token.char} = [${bytes.map(hex).join(' ')}]`);
    if (t) out.push(t);
    return;
  }
  const code = token.char.charCodeAt(0);
  const letter = /[A-Za-z0-9]/.test(token.char);
  const single = note(pushAll(s, [code], model), `${token.char} = [${hex(code)}]`, letter ? COST.asciiSingle : COST.punctSingle);
  if (single) out.push(single);
  const wide = code > 0x20 && code < 0x7f ? encodeChar(fullWidthOf(token.char)) : undefined;
  if (wide) {
    const t = note(pushAll(s, wide, model), `${token.char} = folded ${fullWidthOf(token.char)} [${wide.map(hex).join(' ')}]`, letter ? COST.fullWidthLetter : COST.fullWidthPunct);
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
          map.set(lead, [...(map.get(lead) ?? []), trail]);
          byReading.set(r, map);
        }
      }
    }
  }
  return byReading.get(reading) ?? new Map();
}

/** States with a private pair that vanished before `token`: before known bytes, or before a
 * `?` whose orphan reading says which character the pair's second byte starts. */
function vanishBefore(s: State, token: Token, text: string, model: BigramModel, cache: PairCache): State[] {
  let next = firstBytes(token);
  if (token.kind === 'lost') {
    const reading = orphanReadingAt(text, token.end);
    if (reading === undefined || s.pending === -1 || s.vanished) return [];
    const leads = pairsReading(reading);
    const out: State[] = [];
    for (const [p, trails] of privateLeads) {
      if (pairChar(s.pending, p) === undefined) continue;
      for (const q of trails) {
        if (!leads.has(q)) continue;
        const t = note(push(s, p, model), `vanished private pair [${hex(p)} ${hex(q)}]`, COST.vanish, { vanished: true, free: true });
        if (t) out.push({ ...t, pending: q });
      }
    }
    return out;
  }
  if (s.pending === -1 || s.vanished || next === undefined) return [];
  const out: State[] = [];
  for (const { p, q } of privatePairs(s, next, model, cache)) {
    const t = note(push(s, p, model), `vanished private pair [${hex(p)} ${hex(q)}]`, COST.vanish, { vanished: true, free: true });
    if (t) out.push({ ...t, pending: q });
  }
  return out;
}

/**
 * Keeps the best states. With a bigram model the future of a state depends only on its pending
 * byte, last character and flags, so states alike in those compete for a few places
 * (RECOMBINE each) and the beam holds different continuations, not variants of one early choice.
 */
function prune(states: State[]): State[] {
  const best = new Map<string, State>();
  for (const s of states) {
    const key = `${s.pending}|${s.text}|${s.needHighNext}|${s.final}`;
    const old = best.get(key);
    if (!old || s.lm - s.cost > old.lm - old.cost) best.set(key, s);
  }
  const sorted = [...best.values()].sort((a, b) => b.lm - b.cost - (a.lm - a.cost));
  const perFuture = new Map<string, number>();
  const out: State[] = [];
  for (const s of sorted) {
    const future = `${s.pending}|${s.prev}|${s.needHighNext}|${s.final}|${s.vanished}|${s.lost}`;
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
 * Ranks the explanations of the text from `start` (a `?`): "no damage" and every span
 * repair the decoder model allows, best first, one per distinct resulting text.
 */
export function searchRepairs(text: string, start: number, model: BigramModel): Hypothesis[] {
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
    } else if (h.end < old.end || (h.end === old.end && h.score > old.score)) {
      // Keep the shortest span (the rest is already in step), with the best score seen.
      results[at] = { ...h, score: Math.max(h.score, old.score) };
    } else old.score = Math.max(h.score, old.score);
  };

  // "No damage": the '?' and what follows are meant as written.
  const asWritten = cleanChars(text, start, windowEnd, '') ?? [];
  record({ end: start, replacement: '', damaged: false, lost: false, score: scoreChars(asWritten, prev, model), notes: ['the text as written'], determinedByReadings: false, guesses: 0 }, asWritten);

  const cache: PairCache = new Map();
  const initial: State = { pending: -1, text: '', prev, lm: 0, cost: COST.damage, notes: undefined, lost: false, vanished: false, needHighNext: false, final: false, free: false, guesses: 0 };
  // Not pruned yet: the hidden first byte scores only once the next token completes its character.
  let states = expandFirst(initial, tokens[0], x1);
  for (let j = 1; j <= tokens.length; j++) {
    // Close the hypotheses that are back in step after token j-1.
    const tokenEnd = (tokens[j - 1] as Token).end;
    // After a '?' that swallowed an annotation's '(', the orphan reading joins the span: it
    // was the annotation of the restored character and is evidence, not text.
    const reading = orphanReadingAt(text, tokenEnd);
    for (const s of states) {
      if (s.pending !== -1) continue;
      const end = s.final && reading !== undefined ? tokenEnd + reading.length + 1 : tokenEnd;
      const rest = cleanChars(text, end, windowEnd, s.prev);
      if (!rest) continue;
      const firstByte = rest[0] === undefined ? undefined : encodeChar(rest[0])?.[0];
      if (s.needHighNext && (firstByte === undefined || firstByte < 0x80)) continue;
      const h: Hypothesis = { end, replacement: s.text, damaged: true, lost: s.lost, score: s.lm + scoreChars(rest, s.prev, model) - s.cost, notes: noteList(s.notes), determinedByReadings: !s.free, guesses: s.guesses };
      record(h, rest);
    }
    if (j === tokens.length) break;
    const token = tokens[j] as Token;
    const after = firstBytes(tokens[j + 1]);
    const next: State[] = [];
    for (const s of states) {
      if (s.final) continue;
      expandToken(s, token, text, model, after, next, cache);
      // Not right after the first '?': its hidden byte and a vanished pair together would be
      // too free (and too many to try); the damage seen so far never does that.
      for (const v of vanishBefore(s, token, text, model, cache)) expandToken(v, token, text, model, after, next, cache);
    }
    // A vanished pair blocks another one only directly before the same token.
    states = prune(next).map((s) => (s.vanished ? { ...s, vanished: false } : s));
    if (states.length === 0) break;
  }
  return results.sort((a, b) => b.score - a.score || a.end - b.end);
}
