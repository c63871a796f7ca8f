/**
 * `node bench/probe-index.ts --content DIR [--variants a,b] [--records FILE]`: what each part of the
 * search records costs the Pagefind service (CPU seconds of its process, index bytes and words), by
 * indexing the same records with parts left out or changed (`--variants`, the table below). A measurement
 * for choosing what records carry and who segments them; not part of `npm run bench`. The records are built once from the content folder (cached in --records).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { readArchive } from '../scripts/lib/search/read-archive.ts';
import { indexWords } from '../src/lib/search/index-words.ts';
import { archiveSearchHandOff } from '../src/lib/search/records.ts';
import type { SearchRecord } from '../src/lib/search/record.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, records: { type: 'string', default: '/tmp/probe-records.jsonl' }, variants: { type: 'string', default: 'as-is' }, out: { type: 'string', default: '/tmp/probe-index' } } });

let records: SearchRecord[];
if (existsSync(values.records)) records = readFileSync(values.records, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as SearchRecord);
else {
  if (!values.content) throw new Error('--content DIR (or an existing --records file)');
  records = archiveSearchHandOff(readArchive(values.content)).records;
  writeFileSync(values.records, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

/** Variants: each leaves a part out (or changes it) so that its cost shows. */
const variants: Record<string, (r: SearchRecord) => SearchRecord> = {
  'as-is': (r) => r,
  'no-meta': (r) => ({ ...r, meta: {} }),
  'no-filters': (r) => ({ ...r, filters: {} }),
  'content-only': (r) => ({ ...r, meta: {}, filters: {}, sort: {} }),
  'no-segmenting': (r) => ({ ...r, language: 'und' }),
  // Punctuation between Han characters as a zero-width space: one whitespace chunk per line, still a segmentation boundary, no word position.
  zwsp: (r) => ({ ...r, content: r.content.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '\u200b') }),
  'zwsp-no-meta': (r) => ({ ...r, meta: {}, content: r.content.replace(/(?<=\p{Script=Han}) (?=\p{Script=Han})/gu, '\u200b') }),
  // Pagefind's Chinese segmentation on (what the indexer did before): `as-is` is now the records as the indexer hands them over.
  jieba: (r) => ({ ...r, language: 'zh' }),
  // Words segmented in Node by Intl.Segmenter (ICU, what the browser segments a query with), Pagefind not segmenting.
  icu: (r) => ({ ...r, language: 'und', content: icuContent(r.content) }),
  'icu-data-filter': (r) => ({ ...r, language: 'und', meta: {}, filters: { ...r.filters, data: [r.meta.data!] }, content: icuContent(r.content) }),
  'icu-no-meta': (r) => ({ ...r, language: 'und', meta: {}, content: icuContent(r.content) }),
  bigrams: (r) => ({ ...r, language: 'und', content: bigramContent(r.content) }),
  'bigrams-no-meta': (r) => ({ ...r, language: 'und', meta: {}, content: bigramContent(r.content) }),
};

let segmenting = 0;
/** The content as the indexer now hands it over (src/lib/search/index-words.ts), timing the Node side. */
function icuContent(content: string): string {
  const t = process.cpuUsage();
  const out = indexWords(content);
  const d = process.cpuUsage(t);
  segmenting += (d.user + d.system) / 1e6;
  return out;
}

/** Han runs as overlapping bigrams and a final unigram, other words whole, lines apart. */
function bigramContent(content: string): string {
  return content
    .split('\u241e')
    .map((line) =>
      line
        .split(' ')
        .flatMap((run) =>
          (run.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []).flatMap((part) => {
            if (!/\p{Script=Han}/u.test(part)) return [part];
            const chars = Array.from(part);
            return [...chars.slice(0, -1).map((c, i) => c + chars[i + 1]), chars.at(-1)!];
          }),
        )
        .join(' '),
    )
    .join(' \u241e ');
}

/** CPU seconds (user + system) of this process's children, read from /proc. */
function childCpu(): number {
  const ticks = 100;
  let sum = 0;
  for (const task of readdirSync('/proc/self/task')) {
    const children = readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    for (const pid of children) {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      sum += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / ticks;
    }
  }
  return sum;
}

function size(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

mkdirSync(values.out, { recursive: true });
for (const name of values.variants.split(',')) {
  const change = variants[name];
  if (!change) throw new Error(`unknown variant ${name}: ${Object.keys(variants).join(', ')}`);
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  const started = Date.now();
  for (let i = 0; i < records.length; i += 32) {
    const responses = await Promise.all(records.slice(i, i + 32).map((r) => index.addCustomRecord(change(r))));
    for (const response of responses) if (response.errors.length > 0) throw new Error(response.errors.join('; '));
  }
  const dir = join(values.out, name);
  rmSync(dir, { recursive: true, force: true });
  await index.writeFiles({ outputPath: dir });
  const cpu = childCpu();
  await pagefind.close();
  const { bytes, files } = size(dir);
  console.log(`${name}: Pagefind CPU ${cpu.toFixed(1)} s (Node segmenting so far ${segmenting.toFixed(1)} s), wall ${((Date.now() - started) / 1000).toFixed(1)} s, ${records.length} records, index ${(bytes / 1024 / 1024).toFixed(1)} MB in ${files} files`);
}
