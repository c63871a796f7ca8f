/**
 * `npm run convert -- --to hant|hans [--explain] [FILE|-]`: converts a text (a file, or stdin
 * when FILE is `-` or missing) with exactly the site's converter (the registry's speakers as
 * protected names, the archive's overrides, the word-boundary guard, the quote rule) and prints
 * it. `--explain` then lists every one-to-many decision: position, character, choice, candidate
 * forms and the rule or dictionary entry that decided. Maintainers preview a new press release
 * with it; tests and benchmarks call it too. Plain text is converted line by line (positions are
 * line:column); an article file (starting with `---` frontmatter) is read with the article model,
 * as the site reads it, so its `:conv` pins apply, and each block is printed as `id<TAB>text`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentDir } from './lib/paths.ts';
import { readSpeakerRegistry } from './lib/search/read-archive.ts';
import { importLimits } from '../src/lib/article/limits.ts';
import { FileRefusal, readRegularFile } from '../src/lib/article/read-file.ts';
import { blockTexts } from './lib/conversion/block-texts.ts';
import { explainConversion, formatDecision } from './lib/conversion/explain.ts';
import { describeProblems, readArticle } from '../src/lib/article/read-article.ts';
import { createConverter, createTracingConverter } from '../src/lib/convert.ts';
import { bindConverter, localizeBlocks } from '../src/lib/localize.ts';
import type { Script } from '../src/i18n/locales.ts';

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
const target = values.to;
if (target !== 'hant' && target !== 'hans') fail(`--to must be hant or hans${target === undefined ? '' : `, not ${target}`}`);
const to: Script = target;
if (positionals.length > 1) fail(`one FILE at most, got ${positionals.length}`);
const file = positionals[0] ?? '-';
let text: string;
try {
  // A named FILE goes through the one reader (a plain file, bounded); stdin is read as given.
  text = file === '-' ? readFileSync(0, 'utf8') : new TextDecoder('utf-8', { fatal: true }).decode(readRegularFile(file, null, importLimits.maxBytes));
} catch (error) {
  fail(error instanceof FileRefusal ? error.message : `cannot read ${file === '-' ? 'stdin' : file}: ${(error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA' ? 'not UTF-8 text; convert takes UTF-8 (npm run import decodes other encodings)' : ((error as NodeJS.ErrnoException).code ?? (error as Error).message)}`);
}

let registry: ReturnType<typeof readSpeakerRegistry> = [];
try {
  registry = readSpeakerRegistry(contentDir());
} catch (error) {
  fail((error as Error).message);
}
const names = registry.map((s) => s.name);
const trace = createTracingConverter(names);
const from: Script = to === 'hant' ? 'hans' : 'hant';

/** Input lines to convert: the text's lines, or an article's blocks as `id<TAB>text`. */
function readInput(): { lines: string[]; ids?: string[]; shown?: string[] } {
  // An article (a first line `---`) is read as every tool reads one (src/lib/article/read-article.ts).
  if (!/^---[ \t]*\r?\n/.test(text)) return { lines: text.split('\n') };
  const read = readArticle(new TextEncoder().encode(text), registry);
  if (!read.ok) {
    console.error(describeProblems(file, read.problems));
    process.exit(1);
  }
  const { data: frontData, model } = read.value;
  const front = { data: frontData };
  const original = blockTexts(model.blocks);
  const converted = blockTexts(localizeBlocks(model.blocks, bindConverter(createConverter(names), front.data.script, to)));
  return { lines: original.map((b) => b.text), ids: original.map((b) => b.id), shown: converted.map((b) => `${b.id}\t${b.text}`) };
}

const { lines, ids, shown } = readInput();
const traces = lines.map((line) => trace(line, from, to));
process.stdout.write((shown ?? traces.map((t) => t.text)).join('\n') + (shown ? '\n' : ''));
if (values.explain) {
  const decisions = lines.flatMap((line, i) => explainConversion(line, traces[i] ?? trace(line, from, to), to, ids?.[i] ?? String(i + 1)));
  console.log(`\n\n# ${decisions.length} one-to-many decision(s) (${from} → ${to}): ${shown ? 'block' : 'line'}:column, choice, forms, context, rule`);
  for (const d of decisions) console.log(formatDecision(d));
}
