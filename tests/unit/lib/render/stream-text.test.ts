import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { jsonListPieces, largeFileResponse, largeFilesIntegration, streamText, writeText } from '../../../../src/lib/render/stream-text.ts';

/** The stream's bytes as UTF-8 text, and how many chunks it came in. */
async function read(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(next.value);
  return { text: new TextDecoder().decode(Buffer.concat(parts)), chunks: parts.length };
}

const record = (n: number) => ({ id: `a${n}`, text: `第${n}段：“引号”\n换行\t与 "quotes" \\ 𠀀`, empty: '' });

describe('jsonListPieces is JSON.stringify(list, null, 1)', () => {
  test.each([
    { id: 'empty list', value: [] },
    { id: 'one record', value: [record(1)] },
    { id: 'many records with newlines, quotes and astral characters', value: Array.from({ length: 50 }, (_, i) => record(i)) },
    { id: 'nested values', value: [{ a: [1, { b: 'c' }], d: {} }] },
    { id: 'primitives, null and empty containers', value: [null, 'x', 3, [], {}] },
  ])('$id', ({ value }) => {
    expect([...jsonListPieces(value)].join('')).toBe(JSON.stringify(value, null, 1));
  });
});

describe('streamText', () => {
  test('the bytes are the UTF-8 of the concatenated pieces, across chunk boundaries', async () => {
    const pieces = Array.from({ length: 20_000 }, (_, i) => `${i}：甲乙丙𠀀,`);
    const { text, chunks } = await read(streamText(pieces));
    expect(text).toBe(pieces.join(''));
    expect(chunks).toBeGreaterThan(1);
  });

  test('pieces are produced as the stream is read, not all at once', async () => {
    let produced = 0;
    function* pieces(): Generator<string> {
      for (let i = 0; i < 1000; i++) {
        produced++;
        yield '字'.repeat(1024);
      }
    }
    const reader = streamText(pieces()).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(produced).toBeLessThan(1000);
    await reader.cancel();
  });

  test('no pieces: an empty body', async () => {
    expect(await read(streamText([]))).toEqual({ text: '', chunks: 0 });
  });
});

describe('writeText', () => {
  const dir = mkdtempSync(join(tmpdir(), 'write-text-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    { id: 'no pieces: an empty file', pieces: [] as string[] },
    { id: 'one short piece', pieces: ['甲'] },
    { id: 'many pieces across chunk boundaries, astral characters kept whole', pieces: Array.from({ length: 20_000 }, (_, i) => `${i}：甲乙丙𠀀,`) },
    { id: 'one piece longer than a chunk', pieces: ['字'.repeat(200_000), '尾'] },
  ])('$id: the file is the UTF-8 of the concatenation, and the byte count is its size', ({ pieces }) => {
    const file = join(dir, 'deep', 'folder', 'out.txt');
    const bytes = writeText(file, pieces);
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
    expect(bytes).toBe(Buffer.byteLength(pieces.join('')));
  });

  test('pieces are written as they come: a generator that throws leaves the error, not a silent short file', () => {
    function* failing(): Generator<string> {
      yield '甲';
      throw new Error('records broke');
    }
    expect(() => writeText(join(dir, 'x.txt'), failing())).toThrow('records broke');
  });
});

describe('largeFileResponse and its integration', () => {
  const variable = 'ARCHIVE_BUILD_OUT_DIR';
  const saved = process.env[variable];
  afterEach(() => {
    if (saved === undefined) delete process.env[variable];
    else process.env[variable] = saved;
  });
  const hooks = (command: 'build' | 'dev', outDir: string) => {
    const { hooks } = largeFilesIntegration();
    (hooks['astro:config:setup'] as (o: unknown) => void)({ command });
    (hooks['astro:config:done'] as (o: unknown) => void)({ config: { outDir: pathToFileURL(`${outDir}/`) } });
  };

  test('in `astro build`: the file is written into the output folder and the response has no body (Astro writes no file of its own)', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'large-file-'));
    hooks('build', outDir);
    const response = largeFileResponse('exports/a.zh-hans.json', ['[', '"甲"', ']'], { 'Content-Type': 'application/json' });
    expect(response.body).toBeNull();
    expect(readFileSync(join(outDir, 'exports', 'a.zh-hans.json'), 'utf8')).toBe('["甲"]');
    rmSync(outDir, { recursive: true, force: true });
  });

  test('in `astro dev`: nothing is written, the pieces are the streamed body', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'large-file-'));
    hooks('build', outDir);
    hooks('dev', outDir);
    const response = largeFileResponse('exports/a.csv', ['a,b\n', '甲,乙\n'], { 'Content-Type': 'text/csv; charset=utf-8' });
    expect(await response.text()).toBe('a,b\n甲,乙\n');
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(existsSync(join(outDir, 'exports'))).toBe(false);
    rmSync(outDir, { recursive: true, force: true });
  });

  test.each(['../escape.json', '/etc/x.json', 'exports/../../x.json'])('a site path outside the output folder is refused: %s', (sitePath) => {
    const outDir = mkdtempSync(join(tmpdir(), 'large-file-'));
    hooks('build', outDir);
    expect(() => largeFileResponse(sitePath, ['x'])).toThrow('outside the output folder');
    rmSync(outDir, { recursive: true, force: true });
  });
});
