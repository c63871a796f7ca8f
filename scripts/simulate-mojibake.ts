/**
 * Measures the GBK-misalignment repair on simulated damage of the archive's clean text (every
 * source, in both scripts: scripts/lib/mojibake/corpus.ts) and prints the confusion counts per
 * split and seed: the tuning texts with tuning seeds, and held-out texts with held-out seeds.
 *
 *   npm run simulate                          # both splits, 3 seeds each
 *   npm run simulate -- --split held-out --seeds 301,302 --verbose
 */
import { parseArgs } from 'node:util';
import { annotatesLikeSource002, simulationCorpus, type CorpusSplit } from './lib/mojibake/corpus.ts';
import { addMeasurement, emptyMeasurement, measureRepairs, type Measurement } from './lib/mojibake/measure.ts';

/** Seeds the repair's parameters were chosen with, and seeds kept out of tuning. */
export const SEEDS: Record<CorpusSplit, number[]> = { tuning: [101, 102, 103], 'held-out': [201, 202, 203] };

const { values } = parseArgs({ options: { split: { type: 'string' }, seeds: { type: 'string' }, verbose: { type: 'boolean', default: false } } });
const splits: CorpusSplit[] = values.split ? [values.split as CorpusSplit] : ['tuning', 'held-out'];
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;
const row = (label: string, m: Measurement) =>
  `${label.padEnd(22)} spans ${String(m.spans).padStart(4)}  exact ${String(m.exact).padStart(4)} (${pct(m.exact, m.spans)})  unresolved ${String(m.unresolved).padStart(3)}  wrong ${String(m.wrong).padStart(3)} (${pct(m.wrong, m.spans)})  lost-guessed ${m.lostGuessed}/${m.lostSpans}  clean-changed ${m.cleanLinesChanged}`;

for (const split of splits) {
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
  if (values.verbose) for (const f of total.failures) console.log(`  ${f.outcome}\t${f.document} seed ${f.seed}\t${f.clean}\t${f.damaged}\t→ …${f.got}…`);
}
