/**
 * `npm run audit:conversion [-- --json]`: lists every character of the converted pages whose
 * rendering differs from OpenCC's plain output, with the rule that decided it (protected name,
 * archive override, word-boundary guard, quote rule, per-article override), grouped by word.
 */
import { parseArgs } from 'node:util';
import { contentDir } from './lib/paths.ts';
import { readArchive, readSpeakerRegistry } from './lib/search/read-archive.ts';
import { auditConversion } from './lib/conversion/audit.ts';
import { createTracingConverter } from '../src/lib/convert.ts';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const dir = contentDir();
const registry = readSpeakerRegistry(dir);
const result = auditConversion(readArchive(dir), createTracingConverter(registry.map((s) => s.name)));

if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const groups = Map.groupBy(result.rows, (r) => `${r.char}→${r.ours} (OpenCC ${r.opencc}) · ${r.rule}`);
  for (const [key, rows] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`${rows.length}× ${key}`);
    for (const row of rows.slice(0, 3)) console.log(`    ${row.article} ${row.path}: …${row.context}…`);
  }
  const perMille = (result.rows.length / Math.max(1, result.convertedHan)) * 1000;
  console.log(`\n${result.rows.length} characters differ from OpenCC's plain output in ${result.convertedHan} converted Han characters (${perMille.toFixed(2)} per 1,000); each is listed with its rule above.`);
}
