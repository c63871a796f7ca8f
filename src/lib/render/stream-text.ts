/**
 * Large build outputs (the search hand-off, the data exports: tens to hundreds of MB at 10,000
 * articles) as a stream of UTF-8 chunks instead of one string: the pieces are produced as the
 * stream is read, so the build never holds the whole file as a JavaScript string (two bytes per
 * Chinese character) next to its encoded copy (issue 18).
 */

/** How many UTF-16 code units of pieces go into one chunk (about 192 KB of UTF-8 for Chinese text). */
const chunkUnits = 64 * 1024;

/** A byte stream of the pieces' concatenation, encoded as UTF-8 a chunk at a time (a piece never ends inside a surrogate pair). */
export function streamText(pieces: Iterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = pieces[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = '';
      while (chunk.length < chunkUnits) {
        const next = iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
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
