/** The build's hand-off to the indexer (src/lib/search/hand-off-lines.ts): written a line per element, read a block at a time. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { handOffLines, readHandOff } from '../../../src/lib/search/hand-off-lines.ts';
import type { SearchHandOff } from '../../../src/lib/search/records.ts';

const handOff = {
  records: [
    { url: '/zh-hans/articles/a/', content: '甘肃：高质量发展\n第二段“引号”', language: 'zh', filters: { year: ['2024'] } },
    { url: '/zh-hans/articles/b/', content: '𠮷野家 emoji 😀 and a \\ backslash', language: 'zh', filters: {} },
  ],
  chunks: [{ id: 'a', chunks: [['t1-p1', '甘肃']] }],
  people: [{ id: 'ren-zhenhe', hans: '任振鹤', hant: '任振鶴' }],
} as unknown as SearchHandOff;

function written(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'hand-off-')), 'records.jsonl');
  writeFileSync(file, text);
  return file;
}

describe('hand-off lines', () => {
  test('one line per element, no raw newline inside one', () => {
    const lines = [...handOffLines(handOff)];
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line.indexOf('\n')).toBe(line.length - 1);
  });

  test.each([1, 3, 7, 64, 8 << 20])('read back whole with blocks of %i bytes (characters cut by a block end are kept)', (block) => {
    const file = written([...handOffLines(handOff)].join(''));
    expect(readHandOff(file, block)).toEqual(handOff);
  });

  test.each([
    { id: 'a line that is no JSON', text: '["records",{}]\n{oops\n', message: /line 2 is not JSON/ },
    { id: 'an element of an unknown field', text: '["secrets",{}]\n', message: /line 1 is not a records, chunks or people element/ },
    { id: 'a JSON value that is no element', text: '{"records":[]}\n', message: /line 1 is not a records/ },
  ])('negative: $id is an error naming the file and line', ({ text, message }) => {
    const file = written(text);
    expect(() => readHandOff(file)).toThrow(message);
    expect(() => readHandOff(file)).toThrow(file);
  });
});
