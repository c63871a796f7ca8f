/**
 * Measures the repair on simulated damage: how many spans come back exactly, how many are left
 * unresolved, how many are repaired wrong, and whether clean lines and lost bytes are respected.
 */
import { repairSourceText } from '../stages/repair-text.ts';
import { simulateDamage, type SimulationOptions } from './simulate.ts';

/** One span the repair did not restore exactly. */
export interface MeasuredFailure {
  seed: number;
  clean: string;
  damaged: string;
  outcome: 'unresolved' | 'wrong' | 'lost-guessed';
  /** The repaired line around the first difference. */
  got: string;
}

/** Result of {@link measureRepairs}. */
export interface Measurement {
  /** Spans whose bytes are all recoverable (no ASCII byte other than `(` swallowed). */
  spans: number;
  exact: number;
  unresolved: number;
  wrong: number;
  /** Spans that lost a byte: they must stay unresolved (or, by luck, come out exact). */
  lostSpans: number;
  lostGuessed: number;
  /** Lines without damage that the repair changed (must be 0). */
  cleanLinesChanged: number;
  failures: MeasuredFailure[];
}

/** Damages `clean` once per seed and repairs it, counting outcomes line by line. */
export function measureRepairs(clean: string, seeds: readonly number[], options: Omit<SimulationOptions, 'seed'> = {}): Measurement {
  const m: Measurement = { spans: 0, exact: 0, unresolved: 0, wrong: 0, lostSpans: 0, lostGuessed: 0, cleanLinesChanged: 0, failures: [] };
  for (const seed of seeds) {
    const sim = simulateDamage(clean, { ...options, seed });
    const got = repairSourceText(sim.damaged, []).text.split('\n');
    const expected = sim.expected.split('\n');
    const damagedLines = new Set(sim.spans.map((s) => s.line));
    m.cleanLinesChanged += expected.filter((line, i) => !damagedLines.has(i) && got[i] !== line).length;
    for (const span of sim.spans) {
      const want = expected[span.line] ?? '';
      const have = got[span.line] ?? '';
      const exact = have === want;
      // Left alone: the line still holds the '?' of the damage.
      const unresolved = !exact && (have.match(/\?/g) ?? []).length > (want.match(/\?/g) ?? []).length;
      let at = 0;
      while (at < want.length && want[at] === have[at]) at++;
      const failure = { seed, clean: span.clean, damaged: span.damaged, got: have.slice(Math.max(0, at - 4), at + 8) };
      if (span.lost) {
        m.lostSpans++;
        if (!exact && !unresolved) {
          m.lostGuessed++;
          m.failures.push({ ...failure, outcome: 'lost-guessed' });
        }
        continue;
      }
      m.spans++;
      if (exact) m.exact++;
      else {
        if (unresolved) m.unresolved++;
        else m.wrong++;
        m.failures.push({ ...failure, outcome: unresolved ? 'unresolved' : 'wrong' });
      }
    }
  }
  return m;
}
