/**
 * The format of the build's hand-off to the indexer (`zh-hans/search/records.jsonl`, written by
 * `astro build`, read and deleted by scripts/index-search.ts), owned here on both sides: JSON Lines,
 * one `["records", {…}]` / `["chunks", {…}]` / `["people", {…}]` element per line, written a line at a
 * time and read a block at a time — never one string of the whole file, which at 50,000 articles is
 * longer than V8's longest string (0x1fffffe8 characters: the scale probe's index step failed there
 * when the hand-off was one JSON document read with readFileSync).
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { SearchHandOff } from './records.ts';

/** The hand-off's site path inside the build folder. */
export const handOffPath = 'zh-hans/search/records.jsonl';

const fields = ['records', 'chunks', 'people'] as const;

/**
 * The hand-off as JSON Lines, a line per element (JSON.stringify escapes every newline inside a string).
 * @example [...handOffLines({ records: [], chunks: [], people: [{ id: 'a' }] } as never)].join('') // '["people",{"id":"a"}]\n'
 */
export function* handOffLines(handOff: SearchHandOff): Generator<string> {
  for (const field of fields) for (const item of handOff[field]) yield `${JSON.stringify([field, item])}\n`;
}

/**
 * Reads a hand-off written by {@link handOffLines}, `blockBytes` at a time; throws naming the file and
 * line when a line is not an element of the three fields.
 */
export function readHandOff(path: string, blockBytes = 8 << 20): SearchHandOff {
  const out: SearchHandOff = { records: [], chunks: [], people: [] };
  let lineNumber = 0;
  const add = (line: string): void => {
    lineNumber++;
    if (line === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new Error(`${path}: line ${lineNumber} is not JSON (the hand-off is written by astro build: rebuild)`);
    }
    const [field, item] = Array.isArray(parsed) ? parsed : [];
    if (!fields.includes(field)) throw new Error(`${path}: line ${lineNumber} is not a records, chunks or people element (rebuild)`);
    (out[field as (typeof fields)[number]] as unknown[]).push(item);
  };
  const fd = openSync(path, 'r');
  const block = Buffer.allocUnsafe(blockBytes);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  try {
    for (;;) {
      const n = readSync(fd, block, 0, block.length, null);
      // `stream` keeps a character cut by the block's end for the next block.
      const lines = (rest + decoder.decode(block.subarray(0, n), { stream: n > 0 })).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) add(line);
      if (n === 0) break;
    }
  } finally {
    closeSync(fd);
  }
  add(rest);
  return out;
}
