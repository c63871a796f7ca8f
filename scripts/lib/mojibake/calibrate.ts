/**
 * Calibration of the realignment's decision rule on simulated damage: for every simulated span,
 * whether the search's best reading is the true text, by what margin it beat the runner-up, how
 * many guessed decoder events it needs and whether a punctuation-only rival is close — and the
 * precision-against-coverage table those give for candidate rules (`npm run simulate -- --calibrate`).
 */
import { buildBigramModel } from './bigram-model.ts';
import { DICTIONARY_COUNTS } from './dictionary.ts';
import { searchRepairs, type TruthTrace } from './search.ts';
import { EVIDENCE, readingAfterFirst, simulateDamage, type Evidence, type SimulationOptions } from './simulate.ts';
import { differsOnlyInPunctuation, intactText, PUNCTUATION_MARGIN } from '../stages/realign.ts';
import type { SpanDecision } from './measure.ts';
import { removePinyinAnnotations } from '../stages/unannotate.ts';

/** What the first pass of the realignment sees at one simulated span. */
export interface CalibrationPoint {
  /** The span lost a byte: it can only come out right as unresolved. */
  lost: boolean;
  /** The best reading is a repair (not "no damage") without a lost byte. */
  repairs: boolean;
  /** Applying the best reading gives the clean line. */
  correct: boolean;
  /** Score of the best reading minus the runner-up's (nats). */
  margin: number;
  guesses: number;
  punctuationRival: boolean;
  /** Score of the best reading minus the best reading with a lost byte (nats; 0 when the best is one, Infinity when none): a decision needs it at least the margin. */
  lostGap: number;
  /** 0-based rank of the true reading among the candidates, -1 when the search did not find it. */
  truthRank: number;
  /** When the true reading is missing: the decoder event of the span the search could not follow (oracle). */
  missing?: string;
}

/** The true original bytes of a simulated span, read from its decoder events (`first ? hides 8A`, `丝 CB BF`, …). */
export function truthBytes(events: readonly string[]): number[] {
  return events.flatMap((e) => [...e.matchAll(/\b[0-9A-F]{2}\b/gu)].map((m) => parseInt(m[0], 16)));
}

/** Bytes each decoder event consumes, and a kind for reporting which event the search missed. */
function eventKinds(events: readonly string[], damaged: string): Array<{ start: number; end: number; kind: string }> {
  const out: Array<{ start: number; end: number; kind: string }> = [];
  let at = 0;
  events.forEach((e, i) => {
    const n = /^(first|ascii|\? drops lead)/u.test(e) ? 1 : 2;
    let kind: string;
    if (e.startsWith('first')) kind = readingAfterFirst(damaged) ? 'first ? with a reading' : 'first ? without a reading';
    else if (e.startsWith('ascii')) kind = 'ASCII trail byte';
    else if (e.startsWith('? swallows')) kind = e.endsWith(' 28') ? '? swallowing (' : '? swallowing a lost byte';
    else if (e.startsWith('? drops lead')) kind = '? dropping a lead byte';
    else if (e.startsWith('private')) {
      const vanished = e.endsWith('vanished');
      kind = `private pair ${vanished ? 'vanished' : 'as ?'}${i === 1 ? ' right after the first ?' : ''}${vanished && events[i - 1]?.endsWith('vanished') ? ' after another vanished pair' : ''}`;
    } else kind = / A3 [0-9A-F]{2}$/u.test(e) ? 'folded full-width garbage' : 'garbage character';
    out.push({ start: at, end: at + n, kind });
    at += n;
  });
  return out;
}

/** Why the true reading is not among the search's hypotheses, from the oracle's trace. */
function missingEvent(trace: TruthTrace, events: readonly string[], damaged: string): string {
  if (trace.completed) return 'reached, but its text differs from the clean line';
  if (trace.kept >= trace.truth.length) return 'all bytes reached, but the span was not closed there';
  const at = Math.max(0, trace.kept);
  const event = eventKinds(events, damaged).find((e) => e.start <= at && at < e.end)?.kind ?? 'unknown';
  return `${trace.generated > trace.kept ? 'pruned' : 'not generated'}: ${event}`;
}

/** Damages `clean` with `options` and ranks the readings at every simulated span. */
export function calibrationPoints(clean: string, options: SimulationOptions): CalibrationPoint[] {
  const sim = simulateDamage(clean, options);
  const text = sim.damaged;
  const model = buildBigramModel(DICTIONARY_COUNTS, intactText(text));
  const lines = text.split('\n');
  const expected = sim.expected.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  return sim.spans.map((span) => {
    const lineStart = lineStarts[span.line] as number;
    const line = lines[span.line] as string;
    const trace: TruthTrace = { truth: truthBytes(span.events), generated: -1, kept: -1, completed: false };
    const ranked = searchRepairs(text, lineStart + span.column, model, trace);
    const right = ranked.map((h) => removePinyinAnnotations(line.slice(0, span.column) + h.replacement + line.slice(h.end - lineStart)).text === expected[span.line]);
    const [best, second] = ranked;
    const punctuationRival = best !== undefined && ranked.some((h) => h !== best && h.damaged && h.end === best.end && best.score - h.score < PUNCTUATION_MARGIN && differsOnlyInPunctuation(best.replacement, h.replacement));
    return {
      lost: span.lost,
      repairs: best !== undefined && best.damaged && !best.lost,
      correct: right[0] === true,
      margin: best && second ? best.score - second.score : Infinity,
      guesses: best?.guesses ?? 0,
      punctuationRival,
      lostGap: best === undefined ? Infinity : best.score - (ranked.find((h) => h.damaged && h.lost)?.score ?? -Infinity),
      truthRank: right.indexOf(true),
      // A lost-byte span's true reading has a `□` where the byte was: found when the search consumed all its bytes.
      ...((span.lost ? trace.completed : right.includes(true)) ? {} : { missing: missingEvent(trace, span.events, span.damaged) }),
    };
  });
}

/** One row of the precision-against-coverage table. */
export interface CalibrationRow {
  margin: number;
  maxGuesses: number;
  /** Recoverable spans the rule repairs, and how many of them right. */
  decided: number;
  exact: number;
  wrong: number;
  /** Lost-byte spans the rule would repair (always a guess). */
  lostGuessed: number;
}

/** The table for margins × guess limits, punctuation-only rivals and close lost-byte readings always blocking a decision. */
export function calibrationTable(points: readonly CalibrationPoint[], margins: readonly number[], guessLimits: readonly number[]): CalibrationRow[] {
  const rows: CalibrationRow[] = [];
  for (const margin of margins) {
    for (const maxGuesses of guessLimits) {
      const decided = points.filter((p) => p.repairs && p.margin >= margin && p.guesses <= maxGuesses && !p.punctuationRival && p.lostGap >= margin);
      const recoverable = decided.filter((p) => !p.lost);
      const exact = recoverable.filter((p) => p.correct).length;
      rows.push({ margin, maxGuesses, decided: recoverable.length, exact, wrong: recoverable.length - exact, lostGuessed: decided.filter((p) => p.lost && !p.correct).length });
    }
  }
  return rows;
}

/** One row of the per-rule table: spans a rule decided (recoverable), how many right, and lost-byte spans it guessed. */
export interface PathRow {
  path: string;
  decided: number;
  exact: number;
  wrong: number;
  lostGuessed: number;
}

/** Precision and coverage of every decision rule and pass over `points`, in a fixed order, plus the undecided. */
export function pathTable(points: readonly SpanDecision[]): PathRow[] {
  const rows = new Map<string, PathRow>();
  for (const p of points) {
    const row = rows.get(p.path) ?? { path: p.path, decided: 0, exact: 0, wrong: 0, lostGuessed: 0 };
    rows.set(p.path, row);
    if (p.lost) {
      if (p.outcome === 'wrong') row.lostGuessed++;
      continue;
    }
    row.decided++;
    if (p.outcome === 'exact') row.exact++;
    else if (p.outcome === 'wrong') row.wrong++;
  }
  return [...rows.values()].sort((a, b) => a.path.localeCompare(b.path));
}

/** One row of the evidence table: recoverable spans of one evidence class and their outcomes. */
export interface EvidenceRow {
  evidence: Evidence;
  spans: number;
  exact: number;
  unresolved: number;
  wrong: number;
}

/**
 * Outcomes of the recoverable spans by what their damaged text still says of the hidden bytes
 * (simulate.ts EVIDENCE, least evidence first; every class listed, empty ones too): where exact
 * repairs are limited by the bytes rather than by the decision rules.
 */
export function evidenceTable(points: readonly SpanDecision[]): EvidenceRow[] {
  const rows = EVIDENCE.map((evidence): EvidenceRow => ({ evidence, spans: 0, exact: 0, unresolved: 0, wrong: 0 }));
  for (const p of points) {
    if (p.lost) continue;
    const row = rows[EVIDENCE.indexOf(p.evidence)] as EvidenceRow;
    row.spans++;
    row[p.outcome]++;
  }
  return rows;
}
