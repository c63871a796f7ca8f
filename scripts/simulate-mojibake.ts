/**
 * Measures the GBK-misalignment repair on simulated damage of the archive's clean text (every
 * source, in both scripts: scripts/lib/mojibake/corpus.ts) and prints the confusion counts per
 * split and seed: the tuning texts with tuning seeds, and held-out texts with held-out seeds.
 *
 *   npm run simulate                          # both splits, 3 seeds each
 *   npm run simulate -- --split held-out --seeds 301,302 --verbose
 *   npm run simulate -- --split tuning --calibrate   # also precision and coverage of every decision rule and pass
 *   npm run simulate -- --split tuning --oracle      # the first pass's ranks of the truth and margin table
 *   npm run simulate -- --split tuning --dump /tmp/decisions.json   # every span's decision records
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { annotatesLikeSource002, simulationCorpus, type CorpusSplit } from './lib/mojibake/corpus.ts';
import { calibrationPoints, calibrationTable, evidenceTable, pathTable, type CalibrationPoint } from './lib/mojibake/calibrate.ts';
import { addMeasurement, emptyMeasurement, measureRepairs, type Measurement } from './lib/mojibake/measure.ts';

/** Seeds the repair's parameters were chosen with, and seeds kept out of tuning. */
export const SEEDS: Record<CorpusSplit, number[]> = { tuning: [101, 102, 103], 'held-out': [201, 202, 203] };

const { values } = parseArgs({ options: { split: { type: 'string' }, seeds: { type: 'string' }, verbose: { type: 'boolean', default: false }, calibrate: { type: 'boolean', default: false }, oracle: { type: 'boolean', default: false }, dump: { type: 'string' } } });
const splits: CorpusSplit[] = values.split ? [values.split as CorpusSplit] : ['tuning', 'held-out'];
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;
const row = (label: string, m: Measurement) =>
  `${label.padEnd(22)} spans ${String(m.spans).padStart(4)}  exact ${String(m.exact).padStart(4)} (${pct(m.exact, m.spans)})  unresolved ${String(m.unresolved).padStart(3)}  wrong ${String(m.wrong).padStart(3)} (${pct(m.wrong, m.spans)})  lost-guessed ${m.lostGuessed}/${m.lostSpans}  clean-changed ${m.cleanLinesChanged}`;

/** The first pass's best readings against the truth, and the table of candidate decision rules. */
function calibrate(split: CorpusSplit, seeds: readonly number[]): void {
  const points: CalibrationPoint[] = [];
  for (const seed of seeds) for (const doc of simulationCorpus(split)) points.push(...calibrationPoints(doc.text, { seed, annotates: annotatesLikeSource002(doc, seed) }));
  const recoverable = points.filter((p) => !p.lost);
  const ranks = [0, 1, 2, 3].map((r) => recoverable.filter((p) => p.truthRank === r).length);
  console.log(`${split} seeds ${seeds.join(',')}: ${recoverable.length} recoverable spans, true reading ranked 1st ${ranks[0]}, 2nd ${ranks[1]}, 3rd ${ranks[2]}, 4th ${ranks[3]}, lower ${recoverable.filter((p) => p.truthRank > 3).length}, not found ${recoverable.filter((p) => p.truthRank === -1).length}; ${points.length - recoverable.length} lost-byte spans`);
  const missing = new Map<string, number>();
  for (const p of recoverable) if (p.missing) missing.set(p.missing, (missing.get(p.missing) ?? 0) + 1);
  console.log(`oracle, true reading missing in ${recoverable.filter((p) => p.missing).length} recoverable spans:`);
  for (const [why, n] of [...missing].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)}  ${why}`);
  const lostMissing = points.filter((p) => p.lost && p.missing).length;
  console.log(`  lost-byte spans whose true (lost-byte) reading is missing: ${lostMissing}`);
  console.log('margin  max guesses  decided  exact            wrong            lost guessed');
  for (const r of calibrationTable(points, [2, 3, 4, 5, 6, 7, 8, 10], [0, 1, 2, 3, Infinity])) {
    console.log(`${String(r.margin).padStart(6)}  ${String(r.maxGuesses).padStart(11)}  ${String(r.decided).padStart(7)}  ${String(r.exact).padStart(4)} (${pct(r.exact, recoverable.length).padStart(7)})  ${String(r.wrong).padStart(4)} (${pct(r.wrong, recoverable.length).padStart(7)})  ${r.lostGuessed}`);
  }
}

for (const split of splits) {
  if (values.oracle) {
    calibrate(split, values.seeds ? values.seeds.split(',').map(Number) : SEEDS[split]);
    continue;
  }
  const docs = simulationCorpus(split);
  const seeds = values.seeds ? values.seeds.split(',').map(Number) : SEEDS[split];
  const total = emptyMeasurement();
  for (const seed of seeds) {
    const perSeed = emptyMeasurement();
    for (const doc of docs) addMeasurement(perSeed, measureRepairs(doc.text, [seed], { annotates: annotatesLikeSource002(doc, seed) }, doc.id));
    console.log(row(`${split} seed ${seed}`, perSeed));
    addMeasurement(total, perSeed);
  }
  console.log(row(`${split} total`, total));
  // What limits exact repairs: the outcomes by what the damage left of the hidden bytes (simulate.ts EVIDENCE).
  for (const r of evidenceTable(total.decisions)) console.log(`  ${r.evidence.padEnd(20)} spans ${String(r.spans).padStart(4)}  exact ${String(r.exact).padStart(4)} (${pct(r.exact, r.spans)})  unresolved ${String(r.unresolved).padStart(3)}  wrong ${String(r.wrong).padStart(3)}`);
  if (values.dump) writeFileSync(values.dump, JSON.stringify(total.decisions));
  if (values.calibrate) {
    // Every span's outcome attributed to the rule and pass that decided it: each rule's precision and coverage.
    console.log('decided by                 decided  exact  wrong  (precision)  lost guessed');
    for (const r of pathTable(total.decisions)) console.log(`${r.path.padEnd(25)}  ${String(r.decided).padStart(7)}  ${String(r.exact).padStart(5)}  ${String(r.wrong).padStart(5)}  (${pct(r.exact, r.exact + r.wrong).padStart(7)})  ${r.lostGuessed}`);
  }
  if (values.verbose) for (const f of total.failures) console.log(`  ${f.outcome}\t${f.document} seed ${f.seed}\t${f.clean}\t${f.damaged}\t→ …${f.got}…`);
}
