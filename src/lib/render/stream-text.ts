/**
 * Large build outputs (the search hand-off, the data exports: tens to hundreds of MB at 10,000
 * articles) produced a piece at a time, never as one string (two bytes per Chinese character next
 * to its encoded copy; at 50,000 articles the hand-off is longer than V8's longest string):
 * - in `astro build`, written straight to their file a chunk at a time ({@link largeFileResponse}).
 *   Astro's endpoint pipeline would read the whole body into one buffer (`response.arrayBuffer()`,
 *   after copying every chunk) before writing it: at 10,000 articles that was 530 MB of short-lived
 *   buffers, whose external memory made the collector mark the archive's heap again and again
 *   (`astro build` 5 s slower; bench/results.md, issue 18);
 * - in `astro dev`, served as a stream of UTF-8 chunks ({@link streamText}).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** How many UTF-16 code units of pieces go into one chunk (about 192 KB of UTF-8 for Chinese text). */
const chunkUnits = 64 * 1024;

/** The pieces joined into chunks of at least `chunkUnits` UTF-16 units (the last may be shorter; none is empty), produced as they are read. */
function* chunks(pieces: Iterable<string>): Generator<string> {
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= chunkUnits) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** A byte stream of the pieces' concatenation, encoded as UTF-8 a chunk at a time (a piece never ends inside a surrogate pair). */
export function streamText(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks(pieces);
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
}

/**
 * Writes the pieces' concatenation to `file` as UTF-8, a chunk at a time, creating its folder;
 * returns how many bytes it wrote. A failed write throws (the build stops; scripts/build.ts then
 * publishes nothing).
 */
export function writeText(file: string, pieces: Iterable<string>): number {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  // One buffer for every chunk, grown when a chunk needs more (a UTF-16 unit is at most 3 bytes of UTF-8): a buffer per
  // chunk was 530 MB of short-lived external memory at 10,000 articles, which makes V8 collect sooner.
  let buffer = Buffer.allocUnsafe(3 * chunkUnits);
  let bytes = 0;
  const flush = (chunk: string): void => {
    if (3 * chunk.length > buffer.length) buffer = Buffer.allocUnsafe(3 * chunk.length);
    const length = buffer.write(chunk, 0, 'utf8');
    for (let done = 0; done < length; ) done += writeSync(fd, buffer, done, length - done);
    bytes += length;
  };
  try {
    for (const chunk of chunks(pieces)) flush(chunk);
  } finally {
    closeSync(fd);
  }
  return bytes;
}

/** Where `astro build` writes (set by {@link largeFilesIntegration}); unset in `astro dev`. */
const outDirVariable = 'ARCHIVE_BUILD_OUT_DIR';

/**
 * The integration that tells {@link largeFileResponse} the build's output folder (`outDir`, with
 * `--outDir` applied), in `astro build` only. Listed in astro.config.mjs.
 */
export function largeFilesIntegration(): AstroIntegration {
  let building = false;
  return {
    name: 'archive-large-files',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        if (building) process.env[outDirVariable] = fileURLToPath(config.outDir);
        else delete process.env[outDirVariable];
      },
    },
  };
}

/**
 * The response of an endpoint whose file is large. In `astro build` the file is written here, to
 * `sitePath` inside the output folder, and the response has no body: Astro writes no file for an
 * empty body (its log says “file not created, response body was empty”: the file is there, written
 * by this function). In `astro dev` the pieces are served as a stream.
 */
export function largeFileResponse(sitePath: string, pieces: Iterable<string>, headers: Record<string, string> = {}): Response {
  const outDir = process.env[outDirVariable];
  if (!outDir) return new Response(streamText(pieces), { headers });
  const file = resolve(outDir, sitePath);
  if (!file.startsWith(resolve(outDir) + sep)) throw new Error(`largeFileResponse: ${sitePath} is outside the output folder`);
  writeText(file, pieces);
  return new Response(null, { headers });
}

/**
 * `JSON.stringify(items, null, 1)` of an array of plain records, in pieces: one per record.
 * @example [...jsonListPieces([{ a: 'x' }])].join('') // '[\n {\n  "a": "x"\n }\n]'
 */
export function* jsonListPieces(items: readonly unknown[]): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  for (let i = 0; i < items.length; i++) {
    // The record one level deep, as inside the whole list: stringified in a list of one, whose `[\n` and `\n]` are cut
    // (cheaper than indenting the record's own JSON: that rescans every text of the article).
    yield `${i === 0 ? '[\n' : ',\n'}${JSON.stringify([items[i]], null, 1).slice(2, -2)}`;
  }
  yield '\n]';
}
