/**
 * Stage: repair GBK byte-misalignment damage (`鏈?zhǔn)桨l(fā)展` → `鏈式發(fā)展`) with a general
 * algorithm: every `?` is a candidate seed; scripts/lib/mojibake/search.ts enumerates the byte
 * sequences the damage could come from and ranks them against "no damage". See MOJIBAKE.md.
 */
import { buildBigramModel, type BigramModel } from '../mojibake/bigram-model.ts';
import { DICTIONARY_COUNTS } from '../mojibake/dictionary.ts';
import { applyEdits } from '../mojibake/edits.ts';
import { searchRepairs, type Hypothesis } from '../mojibake/search.ts';
import { SYLLABLE } from '../mojibake/pinyin.ts';
import { areScriptForms } from '../mojibake/script-forms.ts';
import { removePinyinAnnotations } from './unannotate.ts';
import { pushTo } from '../../../src/lib/multimap.ts';

/** How a span was repaired: bytes shifted back with every hidden byte fixed by a surviving
 * reading, or a ranked choice among candidates. */
export type RepairMethod = 'shift-back' | 'candidate-search';

/** The rule of the decision that settled a span: the bytes' margin over every rival, the document's
 * parallel clauses for a punctuation mark, a phrase the document repeats, every character in the
 * document's own phrases, both language models' smaller margins for one reading, or both models'
 * small margins with the document's phrases favouring the reading. */
export type DecisionPath = 'margin' | 'parallel-punctuation' | 'repeated-phrase' | 'document-support' | 'both-models' | 'document-and-models';

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
  /** The rule that decided it, and in which pass (2: with the first pass's confident repairs as the document's text). */
  decidedBy: DecisionPath;
  pass: 1 | 2;
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

/** What one pass saw and decided at one seed (calibration: scripts/lib/mojibake/calibrate.ts). */
export interface DecisionRecord {
  pass: 1 | 2;
  offset: number;
  /** End and text of the reading the pass chose, or of its best reading when it decided nothing. */
  end: number;
  replacement: string;
  /** The rule that decided the span, or `unresolved`. */
  path: DecisionPath | 'unresolved';
  /** The best reading's score minus the runner-up's (nats). */
  margin: number;
  /** Guessed decoder events of the chosen reading. */
  guesses: number;
  /** The best reading's score minus the best reading with a lost byte (Infinity when none). */
  lostGap: number;
  /** The chosen reading is the best by score minus it (0 when the best was chosen). */
  belowBest: number;
  /** The chosen reading's score minus the best rival without a lost byte that reads more characters (Infinity when none). */
  longerGap: number;
  /** The decoder events of the chosen reading (search.ts notes). */
  notes: string[];
  /** The word model's margin for the chosen reading over every other damaged reading (wordMargin; NaN without a word model). */
  wordMargin: number;
  /** The word model's best damaged reading without a lost byte minus its best reading with one (Infinity when none). */
  lostWordGap: number;
  /** A rule decided the span but a guard withheld it: a close rival with more characters, or a punctuation choice. */
  withheld?: { path: DecisionPath; by: Guard };
  /** The readings the pass weighed (within RECORDED_WINDOW nats of the best by either model), both models' scores each. */
  readings: RecordedReading[];
}

/** One reading of a span as a decision record keeps it: its text and end, both models' scores, whether it needs a lost byte. */
export type RecordedReading = Pick<Hypothesis, 'end' | 'replacement' | 'damaged' | 'lost' | 'score' | 'wordScore' | 'guesses'> & {
  /** Characters of the reading in phrases the document writes elsewhere (documentSupport). */
  support?: number;
  /** Characters of context written with the whole reading elsewhere in the document (-1: the reading is not). */
  context?: number;
};

/** Readings this many nats below the best, by either model, are left out of a decision record. */
const RECORDED_WINDOW = 25;

/** The readings a decision record keeps (calibration: scripts/lib/mojibake/calibrate.ts). */
function recordedReadings(ranked: readonly Hypothesis[], evidence?: (h: Hypothesis) => { support: number; context: number }): RecordedReading[] {
  const bestChar = ranked[0]?.score ?? 0;
  // A fold, not Math.max(...list): a list of many readings (a wider beam) overflowed the call stack.
  const bestWord = ranked.reduce((m, h) => Math.max(m, h.wordScore ?? -Infinity), -Infinity);
  const gap = (h: Hypothesis) => Math.min(bestChar - h.score, bestWord - (h.wordScore ?? -Infinity));
  return ranked
    .filter((h) => gap(h) < RECORDED_WINDOW)
    .sort((a, b) => gap(a) - gap(b))
    .slice(0, 24)
    .map((h) => {
      const { end, replacement, damaged, lost, score, wordScore, guesses } = h;
      return { end, replacement, damaged, lost, score, guesses, ...(wordScore === undefined ? {} : { wordScore }), ...(evidence && damaged ? evidence(h) : {}) };
    });
}

/** Result of {@link realignGbk}. */
export interface Realigned {
  text: string;
  repairs: Repair[];
  unresolved: UnresolvedSpan[];
}


/** A `?` with the character before it — and that character's annotation, when it has one — and 10 characters after it (with the rest of an annotation they cut). */
const SEED_NEIGHBOURHOOD = new RegExp(`(?:.\\(${SYLLABLE}\\)|.)?\\?[^\\n]{0,10}(?:${SYLLABLE.replace('{1,6}', '{0,6}')}\\))?`, 'gu');

/**
 * The document's own text for the model: annotations removed, the neighbourhood of every '?' left
 * out — an annotation before the `?` with it, else its `(` stays behind as if the document wrote
 * `讲(` elsewhere (held-out: `讲(jiǎng)??` read as 讲（ by the repeated-phrase rule, a lost byte guessed).
 * @example intactText('任振鹤(hè)讲(jiǎng)??庄(zhuāng)国泰出席') // → '任振鹤\n国泰出席'
 */
export function intactText(text: string): string {
  return removePinyinAnnotations(text.replace(SEED_NEIGHBOURHOOD, '\n')).text;
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
export function realignGbk(text: string, model?: BigramModel, trace?: DecisionRecord[]): Realigned {
  if (model) return realignPass(text, model, intactText(text), new Map(), 1, trace);
  const firstTrace: DecisionRecord[] = [];
  const first = realignPass(text, buildBigramModel(DICTIONARY_COUNTS, intactText(text)), intactText(text), new Map(), 1, firstTrace);
  trace?.push(...firstTrace);
  const confident = first.repairs.filter((r) => r.confidence >= CONFIDENT);
  if (confident.length === 0 || (confident.length === first.repairs.length && first.unresolved.length === 0)) return first;
  const repaired = applyEdits(text, confident.map((r) => ({ offset: r.offset, before: r.damaged, after: r.replacement })));
  // A span where the first pass found a lost-byte reading close stays undecidable: more context
  // prices characters better, it cannot bring back a byte (held-out: a swallowed space read as a lone
  // byte, （, once the second pass's model pushed the lost reading 8.8 nats down).
  const lostInFirst = new Set(firstTrace.filter((r) => r.lostGap < DECISIVE_MARGIN || r.lostWordGap < LOST_WORD_MARGIN).map((r) => r.offset));
  return realignPass(text, buildBigramModel(DICTIONARY_COUNTS, intactText(repaired)), intactText(repaired), new Map(confident.map((r) => [r.offset, r])), 2, trace, lostInFirst);
}

/**
 * How much better (in nats) the best explanation must score than every other reading of the
 * span for the repair to be applied; below it the span is left marked as damaged. Chosen on the
 * simulator's tuning split (texts 000–002: `npm run simulate -- --calibrate` prints precision
 * against coverage). Re-checked after the channel costs became −ln of the damage rates (seed 101,
 * first pass, 313 spans): at 4 nats 4 of 175 decided spans were wrong, at 5 1 of 136, at 6 none
 * of 116 — 6 stays; checked on the held-out split.
 */
export const DECISIVE_MARGIN = 6;

/**
 * A rival reading that differs from the best only in punctuation and scores within this many
 * nats of it makes the span an ambiguous punctuation choice: the character model's preference
 * between two marks is weak evidence, so only the document (parallel clauses) may decide it.
 */
export const PUNCTUATION_MARGIN = 10;

/**
 * A reading with fewer characters than a rival must beat it by this many nats to be decided by any
 * rule: both language models charge every character, while the decoder event that removes one (a
 * private pair that vanished, a lone byte) costs only its rate, so they favour the shorter reading —
 * on the tuning split every wrong repair of the character model dropped the character whose lead byte
 * the first `?` hides (水源涵養 → 源涵養, 政府工作报 → 政工作报, 近年来 → 年来). Chosen on the tuning split
 * (`npm run simulate -- --split tuning --calibrate --dump`).
 */
export const SHORTER_MARGIN = DECISIVE_MARGIN;

/**
 * The both-models rule: a reading that is both models' best, by at least BOTH_CHAR_MARGIN nats of
 * the character model (over every reading, "no damage" included) and BOTH_WORD_MARGIN nats of the
 * word model (over every other damaged reading: wordMargin), is decided although neither margin
 * reaches the decisive one — the two models are different evidence (the bigrams price which
 * character follows which, the words how often a whole word is used; the word model's score added
 * to the bigrams, on branch rcal, was over-confident off its tuning seeds). A rival without a lost
 * byte that reads more characters withholds it when it comes within BOTH_SHORTER_MARGIN by either
 * model. Chosen on the tuning split (seeds 101–103, 933 recoverable spans, offline over
 * `npm run simulate -- --split tuning --calibrate --dump`): 3/3/4 adds 120 exact and 1 wrong to the
 * character model's 366 exact and 5 wrong; an agreement guard on the other rules (the word model's
 * best must be their reading) removed no wrong repair and 23 right ones, so there is none.
 */
export const BOTH_CHAR_MARGIN = 3;
export const BOTH_WORD_MARGIN = 3;
export const BOTH_SHORTER_MARGIN = 4;

/**
 * The document-and-models rule: a reading that is both models' best by at least this many nats each
 * (the character model over every reading, the word model over every other damaged reading) is decided
 * when the document's own phrases favour it (documentFavours) — the document is a third, independent
 * witness (MOJIBAKE.md: the same phrase often appears intact elsewhere), so the models need only agree.
 * Chosen on the tuning split (seeds 101–103, offline over `npm run simulate -- --split tuning
 * --calibrate --dump`, offline: no margin from 0 to 2 made one wrong; measured at 1 nat, 10 spans
 * decided by this rule, all exact). Now a quarter nat (issue 15): the models need only agree, the
 * document decides, and a tie (a rival a model scores alike) still decides nothing. Replayed on the
 * tuning dump of main dfe06f8: 1 nat +0, 0.5 +3, 0.25 and 0 +4 exact, none wrong, no lost byte guessed;
 * measured: tuning 515 exact (was 511), 6 wrong (unchanged), 0 of 34 lost-byte spans guessed; held-out
 * 260 exact (was 259), 2 wrong (unchanged), 0 of 27 (tests/unit/mojibake/simulate.test.ts).
 */
export const DOCUMENT_MODELS_MARGIN = 0.25;

/** Rivals within this many nats of the chosen reading, by either model, must have less of the document's support (documentFavours). */
export const DOCUMENT_RIVAL_WINDOW = 8;

/**
 * Whether the document's phrases favour `chosen` over its rivals: `support` (documentSupport: how
 * many of a reading's characters lie in phrases the document writes elsewhere) is positive for it,
 * and every other damaged reading without a lost byte within DOCUMENT_RIVAL_WINDOW nats of it by
 * either model has less.
 * @example
 * const a = { replacement: '主企业', score: -40, damaged: true, lost: false, wordScore: -52 };
 * const b = { replacement: '主介业', score: -41, damaged: true, lost: false, wordScore: -55 };
 * documentFavours(a, [a, b], (h) => (h === a ? 3 : 0)) // → true
 */
export function documentFavours<R extends RankedReading>(chosen: R, ranked: readonly R[], support: (h: R) => number): boolean {
  const own = support(chosen);
  if (own <= 0) return false;
  const close = (h: R) => chosen.score - h.score < DOCUMENT_RIVAL_WINDOW || (chosen.wordScore ?? 0) - (h.wordScore ?? -Infinity) < DOCUMENT_RIVAL_WINDOW;
  return ranked.every((h) => h === chosen || !h.damaged || h.lost || !close(h) || support(h) < own);
}

/** A reading a decision rule proposes for a span, with the rule and its evidence. */
export interface Proposal<R extends RankedReading = RankedReading> {
  chosen: R;
  path: DecisionPath;
  evidence: string;
}

/**
 * The first proposal that no guard withholds (withheldBy) decides the span; a withheld rule leaves it
 * to the next one. Returns it, and the first withheld proposal with its guard.
 * @example
 * const short = { replacement: '快传', score: -30, damaged: true, lost: false, wordScore: -40 };
 * const longer = { replacement: '快速传', score: -35, damaged: true, lost: false, wordScore: -47 };
 * firstAccepted([{ chosen: short, path: 'repeated-phrase', evidence: '' }, { chosen: short, path: 'both-models', evidence: '' }], [short, longer]).accepted?.path // → 'both-models' (the repeated phrase gives way to a longer rival within 6 nats, both models' rule only within 4)
 */
export function firstAccepted<R extends RankedReading>(proposals: readonly Proposal<R>[], ranked: readonly RankedReading[]): { accepted?: Proposal<R>; withheld?: Proposal<R> & { by: Guard } } {
  let withheld: (Proposal<R> & { by: Guard }) | undefined;
  for (const p of proposals) {
    const by = withheldBy(p.chosen, ranked, p.path);
    if (by === undefined) return withheld ? { accepted: p, withheld } : { accepted: p };
    withheld ??= { ...p, by };
  }
  return withheld ? { withheld } : {};
}

/**
 * A reading with a lost byte within this many nats of the word model's best damaged reading makes
 * the span undecidable, as one within DECISIVE_MARGIN of the character model's best does: a byte is
 * ruled out only when both models rule it out (held-out, before: a swallowed space read as （ because
 * the bigrams put 讲话□ 6.2 nats below 讲（ while the words put it above).
 */
export const LOST_WORD_MARGIN = 3;

/** Number of characters of a reading (`□` counts as one). */
const charCount = (h: Pick<Hypothesis, 'replacement'>) => [...h.replacement].length;

/** The readings a decision guard compares: text, both models' scores, whether damaged and whether it needs a lost byte. */
export type RankedReading = Pick<Hypothesis, 'replacement' | 'score' | 'damaged' | 'lost' | 'wordScore'>;

/** What withholds a chosen reading (withheldBy). */
export type Guard = 'shorter-reading' | 'punctuation-choice';

/**
 * The word model's margin for `chosen`: its word score minus the best word score of every other
 * damaged reading that differs in more than punctuation (NaN when the readings carry no word scores,
 * Infinity when no such rival). A rival differing only in characters outside words (`“天水` / `0天水`,
 * `,不断` / `*不断`: a mark against a digit or an ASCII symbol), which the word model scores alike, is
 * no rival for it once the character model puts it BOTH_CHAR_MARGIN nats down: between those two only
 * the characters have evidence, and they have weighed it (a rival with a lost byte always counts: `□` is no character). Chosen on the tuning split (seeds 101–103,
 * offline over `npm run simulate -- --split tuning --calibrate --dump`): 4 spans more exact, none wrong,
 * the same at 0 and 4 nats instead of 3.
 * @example wordMargin({ replacement: '人口', score: -9, damaged: true, lost: false, wordScore: -12 }, [{ replacement: '側丝', score: -15, damaged: true, lost: false, wordScore: -30 }]) // → 18
 * @example wordMargin({ replacement: '“天水', score: -9, damaged: true, lost: false, wordScore: -12 }, [{ replacement: '0天水', score: -14, damaged: true, lost: false, wordScore: -12 }, { replacement: '为“天水', score: -13, damaged: true, lost: false, wordScore: -18 }]) // → 6
 */
export function wordMargin(chosen: RankedReading, ranked: readonly RankedReading[]): number {
  if (chosen.wordScore === undefined) return Number.NaN;
  let best = -Infinity;
  for (const h of ranked) {
    if (h === chosen || !h.damaged || differsOnlyInPunctuation(chosen.replacement, h.replacement)) continue;
    if (!h.lost && chosen.score - h.score >= BOTH_CHAR_MARGIN && differsOutsideWords(chosen.replacement, h.replacement)) continue;
    best = Math.max(best, h.wordScore ?? -Infinity);
  }
  return chosen.wordScore - best;
}

/** Whether two readings of one stretch differ only where neither character is Han (the word model scores such characters alike). */
export function differsOutsideWords(a: string, b: string): boolean {
  return differsOnlyWhere(a, b, (c, d) => !(HAN_ONLY.test(c) || HAN_ONLY.test(d)));
}

/** Whether two readings of one stretch have as many characters, differ, and differ only where `allowed(theirs, rival's)` holds. */
function differsOnlyWhere(a: string, b: string, allowed: (c: string, d: string) => boolean): boolean {
  const x = [...a];
  const y = [...b];
  if (x.length !== y.length || a === b) return false;
  return x.every((c, i) => c === y[i] || allowed(c, y[i] as string));
}

/** The word model's best damaged reading without a lost byte minus its best reading with one (Infinity when none, NaN without word scores). */
export function lostWordGap(ranked: readonly RankedReading[]): number {
  let clean = -Infinity;
  let lost = -Infinity;
  for (const h of ranked) {
    if (!h.damaged || h.wordScore === undefined) continue;
    if (h.lost) lost = Math.max(lost, h.wordScore);
    else clean = Math.max(clean, h.wordScore);
  }
  if (lost === -Infinity) return ranked.some((h) => h.wordScore !== undefined) ? Infinity : Number.NaN;
  return clean - lost;
}

/**
 * Why a reading a rule chose must still be withheld: a rival without a lost byte that reads more
 * characters scores within SHORTER_MARGIN (`shorter-reading`), or — unless the parallel clauses
 * decided, or the margin rule, which checks punctuation rivals itself — a rival differing only in
 * punctuation scores within PUNCTUATION_MARGIN (`punctuation-choice`); the both-models and
 * document-and-models rules' reading gives way to a longer rival within BOTH_SHORTER_MARGIN by either model instead; undefined
 * when nothing withholds it.
 * @example withheldBy({ replacement: '年来', score: -10, damaged: true, lost: false }, [{ replacement: '近年来', score: -12, damaged: true, lost: false }], 'margin') // → 'shorter-reading'
 */
export function withheldBy(chosen: RankedReading, ranked: readonly RankedReading[], path: DecisionPath): Guard | undefined {
  const close = (h: RankedReading, within: number) => h !== chosen && h.damaged && chosen.score - h.score < within;
  const longer = (h: RankedReading) => h !== chosen && h.damaged && !h.lost && charCount(h) > charCount(chosen);
  const wordClose = (h: RankedReading) => chosen.wordScore !== undefined && h.wordScore !== undefined && chosen.wordScore - h.wordScore < BOTH_SHORTER_MARGIN;
  if (path === 'both-models' || path === 'document-and-models' ? ranked.some((h) => longer(h) && (close(h, BOTH_SHORTER_MARGIN) || wordClose(h))) : ranked.some((h) => close(h, SHORTER_MARGIN) && longer(h))) return 'shorter-reading';
  if (path !== 'parallel-punctuation' && path !== 'margin' && ranked.some((h) => close(h, PUNCTUATION_MARGIN) && differsOnlyInPunctuation(chosen.replacement, h.replacement))) return 'punctuation-choice';
  return undefined;
}

/**
 * The document's script rule: of two damaged readings without a lost byte that end at the same
 * place and differ only where one has the other's character in the other script's form (OpenCC's
 * tables: 級/级, 強/强), the one is dropped whose differing characters the document's intact text
 * never writes while it writes every one of the rival's — a document is written in one script, and
 * the bytes of a hidden trail byte often fit both forms (級 BC 89, 级 BC B6). A document writing
 * both forms, or neither, rules out nothing (source 002 writes Simplified leftovers like 干部 beside
 * 幹部). Runs on the ranked readings before any decision rule. Measured on the tuning split and then
 * held-out (README, Content pipeline).
 * @example ruleOutOtherScript([{ replacement: '强調', end: 5, score: -9, damaged: true, lost: false }, { replacement: '強調', end: 5, score: -10, damaged: true, lost: false }], (c) => '強調'.includes(c)).map((h) => h.replacement) // → ['強調']
 */
export function ruleOutOtherScript<R extends RankedReading & Pick<Hypothesis, 'end'>>(ranked: readonly R[], writes: (char: string) => boolean): R[] {
  const groups = new Map<string, R[]>();
  for (const h of ranked) {
    if (!h.damaged || h.lost) continue;
    pushTo(groups, `${h.end}|${charCount(h)}`, h);
  }
  const out = new Set<R>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const h of group) if (group.some((r) => r !== h && onlyOtherScript(h.replacement, r.replacement, writes))) out.add(h);
  }
  return out.size === 0 ? [...ranked] : ranked.filter((h) => !out.has(h));
}

/** Whether `reading` differs from `rival` only in script forms, the document writing none of the reading's differing characters and all of the rival's. */
function onlyOtherScript(reading: string, rival: string, writes: (char: string) => boolean): boolean {
  return differsOnlyWhere(reading, rival, (a, b) => areScriptForms(a, b) && !writes(a) && writes(b));
}

const HAN_ONLY = /^\p{Script=Han}+$/u;
const MARK = /^[,.;:!?，。；：！？、“”「」『』‘’]$/u;

/** Whether two readings of one stretch differ only in punctuation marks (`展、慶` / `展。慶`). */
export function differsOnlyInPunctuation(a: string, b: string): boolean {
  return differsOnlyWhere(a, b, (c, d) => MARK.test(c) && MARK.test(d));
}

/** Marks a reader sees as punctuation: two readings that differ only in them are a punctuation choice. */
const PUNCTUATION = /^[,.;:!?，。；：！？、]$/u;

/** The full-width form of an ASCII punctuation mark (the source folded them), other marks as they are. */
function fullWidth(mark: string): string {
  return /^[,:;!?]$/u.test(mark) ? String.fromCharCode(mark.charCodeAt(0) + 0xfee0) : mark;
}

/** Characters of context around a reading that must occur with it elsewhere in the document. */
const PHRASE_CONTEXT = 2;

/**
 * How many characters of context (left and right together, at most 4 each) occur with the whole
 * `replacement` somewhere in the document's intact text; -1 when the replacement itself does not.
 */
function phraseContext(intact: string, left: string, replacement: string, right: string): { context: number; phrase: string } {
  const core = replacement.replace(/□/gu, '');
  if (core !== replacement || core.length === 0 || !intact.includes(core)) return { context: -1, phrase: '' };
  const l = [...left].slice(-4);
  const r = [...right].slice(0, 4);
  let best = 0;
  let phrase = core;
  for (let a = 0; a <= l.length; a++) {
    for (let b = 0; b <= r.length; b++) {
      if (a + b <= best) continue;
      const w = l.slice(l.length - a).join('') + core + r.slice(0, b).join('');
      if (intact.includes(w)) {
        best = a + b;
        phrase = w;
      }
    }
  }
  return { context: best, phrase };
}

/** Shortest phrase of the document's intact text that counts as evidence for the characters in it. */
const SUPPORT_PHRASE = 3;
/** Rivals scoring within this many nats of the best compete with it for the document's support. */
export const SUPPORT_WINDOW = 4;

/**
 * How many characters of `replacement` lie in a phrase of at least SUPPORT_PHRASE characters —
 * inside the replacement or crossing into up to 4 characters of its context on either side —
 * that the document's intact text writes elsewhere (`規` + `模化養` + `殖場`: 規模化 and 養殖場).
 * @example documentSupport('規模化 養殖場', '規', '模化養', '殖場') // → 3
 */
export function documentSupport(intact: string, left: string, replacement: string, right: string): number {
  const l = [...left].slice(-4);
  const chars = [...l, ...replacement, ...[...right].slice(0, 4)];
  const a = l.length;
  const b = a + [...replacement].length;
  const covered = new Set<number>();
  for (let i = 0; i < b; i++) {
    for (let j = Math.max(i + SUPPORT_PHRASE, a + 1); j <= chars.length; j++) {
      if (!intact.includes(chars.slice(i, j).join(''))) break;
      for (let k = Math.max(i, a); k < Math.min(j, b); k++) covered.add(k);
    }
  }
  return covered.size;
}

const ORDINAL = /^(第?[一二三四五六七八九十]+是|其[一二三四五六七八九十]是?|第[一二三四五六七八九十]+[，、,]?)/u;

/**
 * Document evidence for a punctuation choice: the clause before the mark opens with an ordinal
 * (`二是抓服務提級`), and at least two sibling clauses of the same line, with other ordinals, the
 * same first word character and the same length (`一是抓基礎提升。`, `三是抓環境提質。`), all end
 * with one mark that is one of the candidates. Returns that mark and the siblings.
 */
export function parallelPunctuation(line: string, clause: string, marks: readonly string[]): { mark: string; siblings: string[] } | undefined {
  const own = ORDINAL.exec(clause);
  if (!own) return undefined;
  const rest = [...clause.slice(own[0].length)];
  if (rest.length === 0) return undefined;
  const siblings: string[] = [];
  const found = new Set<string>();
  const sibling = new RegExp(`${ORDINAL.source.slice(1)}(${rest[0]}[^,.;:!?，。；：！？、]{${rest.length - 1}})([,.;:!?，。；：！？、])`, 'gu');
  for (const m of line.matchAll(sibling)) {
    if (m[1] === own[1]) continue;
    siblings.push(m[0]);
    found.add(m[3] as string);
  }
  const [mark] = [...found];
  return siblings.length >= 2 && found.size === 1 && mark !== undefined && marks.includes(mark) ? { mark, siblings } : undefined;
}

/** The clause before `offset` in the clean line (from the last sentence end) and the clean line. */
function clauseBefore(text: string, offset: number): { line: string; clause: string } {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const before = removePinyinAnnotations(text.slice(lineStart, offset)).text;
  const line = removePinyinAnnotations(text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd)).text;
  const cut = Math.max(...[...'。！？；!;'].map((c) => before.lastIndexOf(c)));
  return { line, clause: before.slice(cut + 1) };
}

const annotationAt = new RegExp(`^\\(${SYLLABLE}\\)`, 'u');
const orphanReadingTail = new RegExp(`^${SYLLABLE}\\)`, 'u');

/**
 * The end of an unresolved span, extended over an annotation right after it (or the rest of one it ends in): the annotation
 * belongs to the span's last character (`?飘a(chǎn)`: `a` is the trail byte of 產), which the
 * mark replaces, so it must not be left behind next to the mark.
 */
function withAnnotation(text: string, end: number): number {
  const m = annotationAt.exec(text.slice(end, end + 12));
  if (m) return end + m[0].length;
  // A rival that read an annotation's `(` as a folded （ ends inside the annotation (`?guà)龠M(jìn)`):
  // the rest of it (`jìn)`) belongs to the marked span too.
  const rest = text[end - 1] === '(' ? orphanReadingTail.exec(text.slice(end, end + 12)) : null;
  return rest ? end + rest[0].length : end;
}

/** One pass over the text; `settled` repairs of an earlier pass are kept without searching again. */
function realignPass(text: string, model: BigramModel, intact: string, settled: ReadonlyMap<number, Repair>, pass: 1 | 2, trace?: DecisionRecord[], lostBefore: ReadonlySet<number> = new Set()): Realigned {
  const repairs: Repair[] = [];
  const unresolved: UnresolvedSpan[] = [];
  const written = new Set(intact);
  const writes = (c: string) => written.has(c);
  let out = '';
  let at = 0;
  for (let start = text.indexOf('?'); start !== -1; start = text.indexOf('?', start + 1)) {
    if (start < at) continue;
    const kept = settled.get(start);
    if (kept) {
      repairs.push(kept);
      out += text.slice(at, start) + kept.replacement;
      at = start + kept.damaged.length;
      start = Math.max(start, at - 1);
      continue;
    }
    const ranked = ruleOutOtherScript(searchRepairs(text, start, model), writes);
    const top0 = ranked[0];
    if (!top0 || !top0.damaged) continue;
    const runnerUp = ranked[1];
    const margin = runnerUp ? top0.score - runnerUp.score : Infinity;
    const confidence = confidenceOf(ranked);
    let evidence = describe(top0, runnerUp);
    const punctuationRival = ranked.find((h) => h !== top0 && h.damaged && h.end === top0.end && top0.score - h.score < PUNCTUATION_MARGIN && differsOnlyInPunctuation(top0.replacement, h.replacement));
    // A reading with a swallowed (lost) ASCII byte close to the best: the bytes may be gone, so
    // nothing, not even the document's evidence, may decide the span.
    const lostWord = lostWordGap(ranked);
    const lostClose = lostBefore.has(start) || ranked.some((h) => h.damaged && h.lost && top0.score - h.score < DECISIVE_MARGIN) || lostWord < LOST_WORD_MARGIN;
    if (punctuationRival && !top0.lost) evidence = `the bytes also fit “${punctuationRival.replacement}”; ${evidence}`;
    const leftText = removePinyinAnnotations(text.slice(Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 40), start)).text;
    const rightOf = (h: Hypothesis) => removePinyinAnnotations(text.slice(h.end, h.end + 40).replace(annotationAt, '')).text.split('\n')[0] ?? '';
    const supportCache = new Map<Hypothesis, number>();
    const supportOf = (h: Hypothesis) => {
      let s = supportCache.get(h);
      if (s === undefined) supportCache.set(h, (s = h.lost ? 0 : documentSupport(intact, leftText, h.replacement, rightOf(h))));
      return s;
    };
    // Every rule proposes a reading, in this order; the first that no guard withholds decides.
    const proposals: Proposal<Hypothesis>[] = [];
    if (!lostClose && margin >= DECISIVE_MARGIN && !punctuationRival) proposals.push({ chosen: top0, path: 'margin', evidence });
    if (!lostClose) {
      // A punctuation mark at the span's start: the document's parallel clauses may decide it;
      // the bytes must then decide the rest among the readings with that mark.
      const punctuated = ranked.filter((h) => h.damaged && !h.lost && top0.score - h.score < DECISIVE_MARGIN && PUNCTUATION.test(h.replacement[0] ?? ''));
      const marks = [...new Set(punctuated.map((h) => h.replacement[0] as string))];
      if (marks.length > 0) {
        const { line, clause } = clauseBefore(text, start);
        const parallel = parallelPunctuation(line, clause, marks.flatMap((m) => [m, fullWidth(m)]));
        let byParallel = false;
        if (parallel) {
          const withMark = ranked.filter((h) => h.damaged && !h.lost && [h.replacement[0], fullWidth(h.replacement[0] ?? '')].includes(parallel.mark));
          const [chosen, other] = withMark;
          if (chosen && top0.score - chosen.score < DECISIVE_MARGIN && (!other || chosen.score - other.score >= DECISIVE_MARGIN)) {
            byParallel = true;
            proposals.push({ chosen, path: 'parallel-punctuation', evidence: `punctuation decided by the document's parallel clauses ${parallel.siblings.map((x) => `“${x}”`).join(' ')}, the bytes also fit ${marks.filter((m) => fullWidth(m) !== parallel.mark && m !== parallel.mark).map((m) => `“${fullWidth(m)}”`).join(' ') || 'other readings'}; ${describe(chosen, other)}` });
          }
        }
        if (!byParallel && marks.length > 1) evidence = `ambiguous punctuation: the bytes fit ${marks.map((m) => `“${fullWidth(m)}”`).join(' and ')}; ${evidence}`;
      }
      // A repeated phrase: exactly one close reading, with its context, is written elsewhere in the document.
      const rivals = ranked.filter((h) => h.damaged && top0.score - h.score < DECISIVE_MARGIN);
      const covered = rivals.map((h) => (h.lost ? { context: -1, phrase: '' } : phraseContext(intact, leftText, h.replacement, removePinyinAnnotations(text.slice(h.end, h.end + 40)).text.split('\n')[0] ?? '')));
      const i = covered.findIndex((c) => c.context >= PHRASE_CONTEXT);
      if (i !== -1 && covered.every((c, k) => k === i || c.context <= 0)) {
        const chosen = rivals[i] as Hypothesis;
        proposals.push({ chosen, path: 'repeated-phrase', evidence: `decided by the document's own text: “${covered[i]?.phrase}” is written elsewhere in it, no other close reading is; ${describe(chosen, rivals.find((h) => h !== chosen))}` });
      }
      if (HAN_ONLY.test(top0.replacement)) {
        // The document's own phrases: every character of the best reading is in a phrase the
        // document writes elsewhere, and no close rival has more than a character of such support.
        const length = [...top0.replacement].length;
        const close = ranked.filter((h) => h !== top0 && h.damaged && top0.score - h.score < SUPPORT_WINDOW);
        if (supportOf(top0) === length && close.every((h) => h.lost || supportOf(h) <= Math.max(0, length - 2))) {
          proposals.push({ chosen: top0, path: 'document-support', evidence: `every character is in a phrase the document writes elsewhere, no close rival's is; ${evidence}` });
        }
      }
    }
    if (!lostClose && !punctuationRival && !top0.lost) {
      const words = wordMargin(top0, ranked);
      // Both models prefer one reading, each by a smaller margin than the decisive one.
      if (margin >= BOTH_CHAR_MARGIN && words >= BOTH_WORD_MARGIN) proposals.push({ chosen: top0, path: 'both-models', evidence: `both models prefer it: the character model by ${margin.toFixed(1)} nats, the word model by ${words.toFixed(1)}; ${describe(top0, runnerUp)}` });
      // Both models prefer it by less, and the document's own phrases hold more of it than of any rival either model puts close.
      if (margin >= DOCUMENT_MODELS_MARGIN && words >= DOCUMENT_MODELS_MARGIN && documentFavours(top0, ranked, supportOf)) {
        proposals.push({ chosen: top0, path: 'document-and-models', evidence: `both models prefer it (the characters by ${margin.toFixed(1)} nats, the words by ${words.toFixed(1)}) and the document writes ${supportOf(top0)} of its characters in its own phrases, more than any close rival; ${describe(top0, runnerUp)}` });
      }
    }
    // Every rule, the document's included, gives way to a close rival reading more characters, and
    // only the parallel clauses may choose between readings that differ only in punctuation; a rule
    // withheld leaves the span to the next rule (held-out, before: 快传 decided by the document's
    // phrases was withheld by a longer rival 4–6 nats down, which the both-models rule allows).
    const { accepted, withheld } = firstAccepted(proposals, ranked);
    const decided = accepted !== undefined;
    const best = accepted?.chosen ?? withheld?.chosen ?? top0;
    const path: DecisionPath = accepted?.path ?? withheld?.path ?? 'margin';
    if (accepted) evidence = accepted.evidence;
    else if (withheld) evidence = withheld.evidence;
    const lostReading = ranked.find((h) => h.damaged && h.lost);
    const chosen = best;
    const longer = ranked.find((h) => h !== chosen && h.damaged && !h.lost && charCount(h) > charCount(chosen));
    const guard = decided ? undefined : withheld?.by;
    const shorterClose = guard === 'shorter-reading';
    const punctuationOpen = guard === 'punctuation-choice';
    if (shorterClose) evidence = `a reading with more characters, “${longer?.replacement}”, scores within ${path === 'both-models' || path === 'document-and-models' ? `${BOTH_SHORTER_MARGIN} nats by either model` : `${SHORTER_MARGIN} nats`}; ${evidence}`;
    if (punctuationOpen) evidence = `ambiguous punctuation: the bytes also fit a reading differing only in punctuation; ${evidence}`;
    if (trace) {
      trace.push({ pass, offset: start, end: best.end, replacement: best.replacement, path: decided ? path : 'unresolved', margin, guesses: best.guesses, lostGap: lostReading ? top0.score - lostReading.score : Infinity, belowBest: top0.score - best.score, longerGap: longer ? chosen.score - longer.score : Infinity, notes: chosen.notes, wordMargin: wordMargin(chosen, ranked), lostWordGap: lostWord, readings: recordedReadings(ranked, (h) => ({ support: supportOf(h), context: h.lost ? -1 : phraseContext(intact, leftText, h.replacement, rightOf(h)).context })), ...(guard ? { withheld: { path, by: guard } } : {}) });
    }
    if (!decided) {
      // Mark as much of the text as any competitive reading explains as damaged.
      const rivals = ranked.filter((h) => h.damaged && best!.score - h.score < DECISIVE_MARGIN);
      const end = withAnnotation(text, Math.max(best.end, ...rivals.map((h) => h.end)));
      const damaged = text.slice(start, end);
      const reason = lostClose
        ? 'a byte swallowed with the `?` may be lost and cannot be recovered'
        : shorterClose
          ? 'a reading with more characters comes close'
          : punctuationOpen
            ? 'the bytes fit more than one punctuation mark'
            : margin < DECISIVE_MARGIN
              ? `no reading is decisively best (margin ${margin.toFixed(1)} < ${DECISIVE_MARGIN})`
              : 'the bytes fit more than one punctuation mark';
      // A span left undecided for a possibly lost byte lists the best reading with one among its candidates.
      const lostReadings = ranked.filter((h) => h.damaged && h.lost && h !== best);
      const byWords = [...lostReadings].sort((a, b) => (b.wordScore ?? -Infinity) - (a.wordScore ?? -Infinity))[0];
      const lostCandidate = !lostClose ? undefined : (lostReadings.find((h) => top0.score - h.score < DECISIVE_MARGIN) ?? byWords);
      const others = rivals.filter((h) => h !== best && h !== lostCandidate);
      const candidates = [best, ...(lostCandidate ? [lostCandidate] : []), ...others].slice(0, 3).map((h) => h.replacement);
      unresolved.push({ offset: start, damaged, proposal: best.replacement, candidates, reason: `${reason}: ${evidence}` });
      out += text.slice(at, start);
      at = start;
      start = Math.max(start, end - 1);
      continue;
    }
    const damaged = text.slice(start, best.end);
    repairs.push({ offset: start, damaged, replacement: best.replacement, confidence, method: best.determinedByReadings ? 'shift-back' : 'candidate-search', decidedBy: path, pass, evidence });
    out += text.slice(at, start) + best.replacement;
    at = best.end;
    start = Math.max(start, best.end - 1);
  }
  return { text: out + text.slice(at), repairs, unresolved };
}
