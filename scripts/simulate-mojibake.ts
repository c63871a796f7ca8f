/**
 * Measures the GBK-misalignment repair on simulated damage of the archive's clean Traditional
 * text (source 001, and the lines of source 002 without damage) and prints the accuracy.
 *
 *   npm run simulate                 # ≥ 200 spans, seeds 1, 2, 3…
 *   npm run simulate -- --spans 500 --seed 10 --verbose
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measureRepairs, type Measurement } from './lib/mojibake/measure.ts';
import { removePinyinAnnotations } from './lib/stages/unannotate.ts';

const { values } = parseArgs({ options: { spans: { type: 'string', default: '200' }, seed: { type: 'string', default: '1' }, verbose: { type: 'boolean', default: false } } });
const wanted = Number(values.spans);
const firstSeed = Number(values.seed);

// Clean Traditional text: source 001 as is, and source 002 without its damaged lines.
const clean = [
  readFileSync('content/sources/001_a72937d6c9f82b4b.txt', 'utf8'),
  removePinyinAnnotations(readFileSync('content/sources/002_8a6e40267bf6ab56.txt', 'utf8')).text.split('\n').filter((line) => !line.includes('?')).join('\n'),
].join('\n');

const total: Measurement = { spans: 0, exact: 0, unresolved: 0, wrong: 0, lostSpans: 0, lostGuessed: 0, cleanLinesChanged: 0, failures: [] };
for (let seed = firstSeed; total.spans < wanted; seed++) {
  const m = measureRepairs(clean, [seed]);
  for (const key of ['spans', 'exact', 'unresolved', 'wrong', 'lostSpans', 'lostGuessed', 'cleanLinesChanged'] as const) total[key] += m[key];
  total.failures.push(...m.failures);
  process.stderr.write(`seed ${seed}: ${m.exact}/${m.spans} exact\n`);
}
const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;
if (values.verbose) for (const f of total.failures) console.log(`${f.outcome}\tseed ${f.seed}\t${f.clean}\t${f.damaged}\t→ …${f.got}…`);
console.log(`simulated spans: ${total.spans} recoverable + ${total.lostSpans} with a lost byte`);
console.log(`exact repairs:   ${total.exact} (${pct(total.exact, total.spans)})`);
console.log(`unresolved:      ${total.unresolved} (${pct(total.unresolved, total.spans)}) — left as damaged, reported`);
console.log(`wrong repairs:   ${total.wrong} (${pct(total.wrong, total.spans)})`);
console.log(`lost-byte spans guessed (must be 0): ${total.lostGuessed} of ${total.lostSpans}`);
console.log(`clean lines changed (must be 0):     ${total.cleanLinesChanged}`);
