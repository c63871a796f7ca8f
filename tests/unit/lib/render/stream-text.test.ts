import { describe, expect, test } from 'vitest';
import { jsonListPieces, streamText } from '../../../../src/lib/render/stream-text.ts';

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
