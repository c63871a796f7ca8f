/**
 * Measures the repair on simulated damage: the confusion counts of every simulated span (exact,
 * unresolved = left visibly marked, wrong, lost-byte span guessed) and of clean lines changed.
 */
import { unmarkEditorial } from '../../../src/lib/article/write-article.ts';
import type { DecisionRecord, RecordedReading } from '../stages/realign.ts';
import { removePinyinAnnotations } from '../stages/unannotate.ts';
import { DAMAGE_NOTE, repairSourceText } from '../stages/repair-text.ts';
import { simulateDamage, spanEvidence, type Evidence, type SimulationOptions } from './simulate.ts';

/** One span the repair did not restore exactly. */
export interface MeasuredFailure {
  seed: number;
  document: string;
  clean: string;
  damaged: string;
  outcome: 'unresolved' | 'wrong' | 'lost-guessed' | 'clean-changed';
  /** The repaired line around the first difference. */
  got: string;
}

/** Confusion counts of one or more simulations. */
export interface Measurement {
  /** Spans whose bytes are all recoverable (no ASCII byte other than `(` swallowed). */
  spans: number;
  exact: number;
  /** Left as damaged, visibly marked with candidates: honest, but not repaired. */
  unresolved: number;
  wrong: number;
  /** Spans that lost a byte: they must stay unresolved (or, by luck, come out exact). */
  lostSpans: number;
  lostGuessed: number;
  /** Lines without damage that the repair changed (must be 0). */
  cleanLinesChanged: number;
  failures: MeasuredFailure[];
  /** Every simulated span's outcome and the decision rule behind it (scripts/lib/mojibake/calibrate.ts tabulates them). */
  decisions: SpanDecision[];
}

/** One simulated span: its outcome and the rule and pass that decided it (`undecided` when none did). */
export interface SpanDecision {
  lost: boolean;
  outcome: 'exact' | 'unresolved' | 'wrong';
  /** `margin/1`, `document-support/2`, … (rule/pass), or `undecided`. */
  path: string;
  /** What the damaged text still says about the span's hidden bytes (simulate.ts EVIDENCE). */
  evidence: Evidence;
  /** Every pass's view of the span's seeds: what it chose (or would have) and whether that reading alone restores the line. */
  records: Array<Omit<DecisionRecord, 'readings'> & { right: boolean; readings: Array<RecordedReading & { right: boolean }> }>;
}

/** A measurement with nothing counted yet. */
export function emptyMeasurement(): Measurement {
  return { spans: 0, exact: 0, unresolved: 0, wrong: 0, lostSpans: 0, lostGuessed: 0, cleanLinesChanged: 0, failures: [], decisions: [] };
}

/** Adds `m` into `total`. */
export function addMeasurement(total: Measurement, m: Measurement): Measurement {
  for (const key of ['spans', 'exact', 'unresolved', 'wrong', 'lostSpans', 'lostGuessed', 'cleanLinesChanged'] as const) total[key] += m[key];
  total.failures.push(...m.failures);
  total.decisions.push(...m.decisions);
  return total;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const noteSource = new RegExp(DAMAGE_NOTE.source, 'gu');

/** Whether `got` is `want` with some stretches replaced by damage notes (nothing else changed). */
function onlyMarked(got: string, want: string): boolean {
  if (!noteSource.test(got)) return false;
  noteSource.lastIndex = 0;
  const pattern = got.split(noteSource).map(escape).join('[^]*?');
  return new RegExp(`^${pattern}$`, 'u').test(want);
}

/** Damages `clean` once per seed and repairs it, counting outcomes line by line. */
export function measureRepairs(clean: string, seeds: readonly number[], options: Omit<SimulationOptions, 'seed'> | ((seed: number) => Omit<SimulationOptions, 'seed'>) = {}, document = ''): Measurement {
  const m = emptyMeasurement();
  for (const seed of seeds) {
    const sim = simulateDamage(clean, { ...(typeof options === 'function' ? options(seed) : options), seed });
    // Compared as the writer emits it: damage notes without their editorial marks.
    const trace: DecisionRecord[] = [];
    const got = unmarkEditorial(repairSourceText(sim.damaged, [], { trace }).text).split('\n');
    const expected = sim.expected.split('\n');
    const lines = sim.damaged.split('\n');
    const lineStarts: number[] = [];
    let offset = 0;
    for (const line of lines) {
      lineStarts.push(offset);
      offset += line.length + 1;
    }
    const damagedLines = new Set(sim.spans.map((s) => s.line));
    expected.forEach((line, i) => {
      if (damagedLines.has(i) || got[i] === line) return;
      m.cleanLinesChanged++;
      m.failures.push({ seed, document, clean: line.slice(0, 20), damaged: '', outcome: 'clean-changed', got: (got[i] ?? '').slice(0, 40) });
    });
    for (const span of sim.spans) {
      const want = expected[span.line] ?? '';
      const have = got[span.line] ?? '';
      const exact = have === want;
      const unresolved = !exact && onlyMarked(have, want);
      let at = 0;
      while (at < want.length && want[at] === have[at]) at++;
      const failure = { seed, document, clean: span.clean, damaged: span.damaged, got: have.slice(Math.max(0, at - 4), at + 24) };
      const start = lineStarts[span.line] as number;
      const line = lines[span.line] as string;
      const restores = (r: { offset: number; end: number; replacement: string }) => removePinyinAnnotations(line.slice(0, r.offset - start) + r.replacement + line.slice(r.end - start)).text === want;
      const records = trace
        .filter((r) => r.offset >= start && r.offset <= start + line.length)
        .map((r) => ({ ...r, right: restores(r), readings: r.readings.map((h) => ({ ...h, right: restores({ ...h, offset: r.offset }) })) }));
      // The last pass that searched the span decided it (a repair the first pass was sure of is kept by the second unsearched).
      const last = records.filter((r) => r.path !== 'unresolved' && !records.some((q) => q.pass > r.pass && q.offset === r.offset)).at(-1);
      m.decisions.push({ lost: span.lost, evidence: spanEvidence(span), outcome: exact ? 'exact' : unresolved ? 'unresolved' : 'wrong', path: last && !unresolved ? `${last.path}/${last.pass}` : 'undecided', records });
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
