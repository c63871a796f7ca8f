/**
 * Word boundaries of a text, from the segmenter built into Node and browsers (`Intl.Segmenter`
 * with `granularity: 'word'`, ICU's dictionary-based segmentation of Chinese). The converter uses
 * them to keep dictionary phrases inside words: OpenCC's 中签 must not match across 集中|签约.
 * Evaluated against the npm segmenters (a jieba port needs a native or WASM binary and its own
 * dictionary download); ICU needs no dependency, handles both scripts and gave no wrong split on
 * the archive (see the conversion audit, `npm run audit:conversion`).
 * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/Segmenter
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * For each code point index of `text` (and the end), whether a word starts there.
 * @example wordStarts('集中签约') // [true, false, true, true, true]: 集中|签|约
 */
export function wordStarts(text: string): boolean[] {
  const chars = [...text];
  const starts = new Array<boolean>(chars.length + 1).fill(false);
  starts[chars.length] = true;
  // Segment indices are UTF-16 offsets; map them to code point indices.
  const pointAt = new Map<number, number>();
  let unit = 0;
  chars.forEach((char, i) => {
    pointAt.set(unit, i);
    unit += char.length;
  });
  for (const { index } of segmenter.segment(text)) {
    const point = pointAt.get(index);
    if (point !== undefined) starts[point] = true;
  }
  return starts;
}
