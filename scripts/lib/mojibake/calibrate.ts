/**
 * Calibration of the realignment's decision rule on simulated damage: for every simulated span,
 * whether the search's best reading is the true text, by what margin it beat the runner-up, how
 * many guessed decoder events it needs and whether a punctuation-only rival is close — and the
 * precision-against-coverage table those give for candidate rules (`npm run simulate -- --calibrate`).
 */
import { buildBigramModel } from './bigram-model.ts';
import { DICTIONARY_COUNTS } from './dictionary.ts';
import { searchRepairs } from './search.ts';
import { simulateDamage, type SimulationOptions } from './simulate.ts';
import { differsOnlyInPunctuation, intactText, PUNCTUATION_MARGIN } from '../stages/realign.ts';
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
  /** 0-based rank of the true reading among the candidates, -1 when the search did not find it. */
  truthRank: number;
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
    const ranked = searchRepairs(text, lineStart + span.column, model);
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
      truthRank: right.indexOf(true),
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

/** The table for margins × guess limits, punctuation-only rivals always blocking a decision. */
export function calibrationTable(points: readonly CalibrationPoint[], margins: readonly number[], guessLimits: readonly number[]): CalibrationRow[] {
  const rows: CalibrationRow[] = [];
  for (const margin of margins) {
    for (const maxGuesses of guessLimits) {
      const decided = points.filter((p) => p.repairs && p.margin >= margin && p.guesses <= maxGuesses && !p.punctuationRival);
      const recoverable = decided.filter((p) => !p.lost);
      const exact = recoverable.filter((p) => p.correct).length;
      rows.push({ margin, maxGuesses, decided: recoverable.length, exact, wrong: recoverable.length - exact, lostGuessed: decided.filter((p) => p.lost && !p.correct).length });
    }
  }
  return rows;
}
