import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { annotatesLikeSource002, simulationCorpus, type CorpusSplit } from './lib/mojibake/corpus.ts';
import { simulateDamage } from './lib/mojibake/simulate.ts';
import { buildBigramModel } from './lib/mojibake/bigram-model.ts';
import { DICTIONARY_COUNTS } from './lib/mojibake/dictionary.ts';
import { searchRepairs } from './lib/mojibake/search.ts';
import { intactText } from './lib/stages/realign.ts';
import { removePinyinAnnotations } from './lib/stages/unannotate.ts';

const { values } = parseArgs({ options: { split: { type: 'string' }, seeds: { type: 'string' }, out: { type: 'string' }, docs: { type: 'string' } } });
const split = values.split as CorpusSplit;
const seeds = values.seeds!.split(',').map(Number);
const rows: unknown[] = [];
for (const seed of seeds) {
  for (const doc of simulationCorpus(split)) {
    if (values.docs && !values.docs.split(',').includes(doc.id)) continue;
    const sim = simulateDamage(doc.text, { seed, annotates: annotatesLikeSource002(doc, seed) });
    const text = sim.damaged;
    const model = buildBigramModel(DICTIONARY_COUNTS, intactText(text));
    const lines = text.split('\n');
    const expected = sim.expected.split('\n');
    const lineStart: number[] = [];
    let o = 0;
    for (const l of lines) { lineStart.push(o); o += l.length + 1; }
    for (const span of sim.spans) {
      const ls = lineStart[span.line]!;
      const start = ls + span.column;
      const line = lines[span.line]!;
      const t0 = performance.now();
      const ranked = searchRepairs(text, start, model);
      const ms = performance.now() - t0;
      const want = expected[span.line];
      const hyps = ranked.slice(0, 20).map((h) => {
        const out = removePinyinAnnotations(line.slice(0, span.column) + h.replacement + line.slice(h.end - ls)).text;
        return { r: h.replacement, end: h.end - start, s: +h.score.toFixed(3), lost: h.lost, dmg: h.damaged, det: h.determinedByReadings, g: h.guesses, ok: out === want, notes: h.notes.join('; ') };
      });
      rows.push({ seed, doc: doc.id, line: span.line, col: span.column, lineText: line, want, clean: span.clean, damaged: span.damaged, lost: span.lost, ms: Math.round(ms), n: ranked.length, hyps });
    }
    console.error(seed, doc.id, sim.spans.length);
  }
}
writeFileSync(values.out!, JSON.stringify(rows));
