/**
 * `npm run import -- <file> [--stdout] [--date YYYY-MM-DD] [--outlet …] [--region …] [--title …]`:
 * normalizes a raw text that is not in the archive yet (any encoding the decode stage knows).
 * `--stdout` prints the article(s) as Markdown documents with frontmatter and writes nothing;
 * otherwise the raw bytes are copied into content/sources/ (with SHA256SUMS and an inferred meta
 * file, so `npm run normalize` regenerates the articles) and the articles are written.
 * What cannot be inferred is reported, with the flag that supplies it — never invented.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readErrata, readRegistry, renderRegistry, sha256, sourceFileOf, writeAtomically } from './lib/archive-files.ts';
import { byteStages } from './lib/normalize/byte-stages.ts';
import { checkConservation } from './lib/normalize/conservation.ts';
import { normalizeSource, readSourceText } from './lib/normalize/normalize-source.ts';
import { importLimits } from '../src/lib/article/limits.ts';
import { readRegularFile } from '../src/lib/article/read-file.ts';
import { quoteName, renderImportMeta } from './lib/render-import-meta.ts';
import { contentDir } from './lib/paths.ts';
import { reportSource } from './lib/normalize/report.ts';
import { inferMeta } from './lib/stages/infer-meta.ts';
import { splitSourceBlocks } from './lib/stages/split-blocks.ts';

const usage = 'usage: npm run import -- <file> [--stdout] [--date YYYY-MM-DD] [--outlet …] [--region …] [--title …]';
/** The command line, or a one-line message for a missing flag value or an unknown flag. */
function readArgs(): ReturnType<typeof parseOptions> {
  try {
    return parseOptions();
  } catch (error) {
    throw new Error(`${(error as Error).message.split('\n')[0]}\n${usage}`);
  }
}

/** The flags import takes. */
function parseOptions() {
  return parseArgs({
    allowPositionals: true,
    options: { stdout: { type: 'boolean', default: false }, date: { type: 'string' }, outlet: { type: 'string' }, region: { type: 'string' }, title: { type: 'string' } },
  });
}

try {
  const { values, positionals } = readArgs();
  const file = positionals[0];
  if (!file) throw new Error(usage);
  if (positionals.length > 1) throw new Error(`one file at a time (got ${positionals.length}: ${positionals.map((p) => JSON.stringify(p)).join(', ')})\n${usage}`);
  // Only a regular file, at most importLimits.maxBytes, and read once (readRegularFile refuses the rest by name).
  const bytes = readRegularFile(file, null, importLimits.maxBytes);
  const content = contentDir();
  const sourcesDir = join(content, 'sources');
  const digest = sha256(bytes);
  const existing = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((n) => n.endsWith('.txt')) : [];
  for (const name of existing) {
    if (sha256(new Uint8Array(readFileSync(join(sourcesDir, name)))) === digest) throw new Error(`${file} is already in the archive as ${join(sourcesDir, name)}; run npm run normalize`);
  }
  // 1. Decode and repair as for any source, then infer the layout and metadata.
  const stages = byteStages(readErrata(join(sourcesDir, 'errata.yaml')));
  const next = String(existing.map((n) => Number.parseInt(n, 10)).filter(Number.isFinite).reduce((a, b) => Math.max(a, b + 1), 0)).padStart(3, '0');
  const id = `${next}_${digest.slice(0, 16)}`;
  // Decoded and repaired once: the meta is inferred from this text, and the same text is normalized.
  const source = readSourceText(bytes, id, file, stages);
  const { decoded } = source;
  const blocks = splitSourceBlocks(source.repaired.text);
  const inferred = inferMeta(blocks, { date: values.date, outlet: values.outlet, region: values.region, title: values.title });
  console.error(`import: ${quoteName(basename(file))}: ${decoded.encoding}${decoded.bom ? ' with BOM' : ''}, ${blocks.length} paragraphs`);
  for (const note of inferred.notes) console.error(`  inferred ${note}`);
  if (!inferred.meta) throw new Error(`cannot import ${file} without:\n  - ${inferred.missing.join('\n  - ')}`);
  // 2. Normalize in memory and validate; nothing is written before this succeeds.
  const registryPath = join(content, 'speakers.yaml');
  const registry = readRegistry(registryPath);
  const sourcePath = join(sourcesDir, `${id}.txt`);
  // Nothing is in content/sources/ yet: a problem names the file the maintainer gave, at its line.
  const result = normalizeSource({ id, file: sourceFileOf(`${id}.txt`), reportAs: file, sha256: digest, bytes, meta: inferred.meta, registry: registry.speakers }, stages, source);
  for (const a of result.articles) if (existsSync(join(content, 'articles', `${a.id}.md`))) throw new Error(`an article ${a.id} already exists; pass --title or --date to tell the texts apart`);
  const conservation = checkConservation(result);
  if (conservation.missing.size > 0) throw new Error(`Han characters lost without a rule: ${[...conservation.missing.keys()].join('')}`);
  console.error(reportSource(result).join('\n'));
  if (values.stdout) {
    process.stdout.write(result.articles.map((a) => a.markdown).join('\n'));
  } else {
    // 3. Raw bytes, checksum, meta file, articles and registry, all or nothing.
    const sums = join(sourcesDir, 'SHA256SUMS');
    const meta = renderImportMeta(inferred.meta, basename(file));
    writeAtomically([
      { path: sourcePath, content: bytes },
      { path: join(sourcesDir, `${id}.meta.yaml`), content: meta },
      { path: sums, content: `${existsSync(sums) ? readFileSync(sums, 'utf8') : ''}${digest}  ${id}.txt\n` },
      ...result.articles.map((a) => ({ path: join(content, 'articles', `${a.id}.md`), content: a.markdown })),
      { path: registryPath, content: renderRegistry(registry.header, result.registry) },
    ]);
    console.error(`import: wrote ${sourcePath} and ${result.articles.length} article(s)`);
  }
} catch (error) {
  console.error(`import: ${(error as Error).message}\nNothing was written.`);
  process.exitCode = 1;
}
