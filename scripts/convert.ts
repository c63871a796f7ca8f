/**
 * `npm run convert -- --to hant|hans [--explain] [FILE|-]`: converts a text (a file, or stdin
 * when FILE is `-` or missing) with exactly the site's converter (the registry's speakers as
 * protected names, the archive's overrides, the word-boundary guard, the quote rule) and prints
 * it. `--explain` then lists every one-to-many decision: position, character, choice, candidate
 * forms and the rule or dictionary entry that decided. Maintainers preview a new press release
 * with it; tests and benchmarks call it too. Converts line by line, so positions are line:column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { contentDir } from './lib/paths.ts';
import { explainConversion, formatDecision } from './lib/conversion/explain.ts';
import { createTracingConverter } from '../src/lib/convert.ts';
import { speakerRegistrySchema } from '../src/lib/article/schema.ts';

const usage = 'usage: npm run convert -- --to hant|hans [--explain] [FILE|-]\n  e.g. echo 集中签约 | npm run convert -- --to hant --explain';

function fail(message: string): never {
  console.error(`convert: ${message}\n${usage}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { to: { type: 'string' }, explain: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } } });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const to = values.to;
if (to !== 'hant' && to !== 'hans') fail(`--to must be hant or hans${to === undefined ? '' : `, not ${to}`}`);
if (positionals.length > 1) fail(`one FILE at most, got ${positionals.length}`);
const file = positionals[0] ?? '-';
let text: string;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  fail(`cannot read ${file === '-' ? 'stdin' : file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
}

const registryFile = join(contentDir(), 'speakers.yaml');
const registry = speakerRegistrySchema.parse(parse(readFileSync(registryFile, 'utf8')) ?? []);
const trace = createTracingConverter(registry.map((s) => s.name));
const from = to === 'hant' ? 'hans' : 'hant';
const lines = text.split('\n');
const traces = lines.map((line) => trace(line, from, to));
process.stdout.write(traces.map((t) => t.text).join('\n'));
if (values.explain) {
  const decisions = lines.flatMap((line, i) => explainConversion(line, traces[i] ?? trace(line, from, to), to, i + 1));
  console.log(`\n\n# ${decisions.length} one-to-many decision(s) (${from} → ${to}): line:column, choice, forms, context, rule`);
  for (const d of decisions) console.log(formatDecision(d));
}
