/**
 * Word boundaries of a text, from the archive's one word segmenter (`word-segments.ts`: ICU's
 * dictionary-based segmentation of Chinese, `Intl.Segmenter`). The converter uses
 * them to keep dictionary phrases inside words: OpenCC's 中签 must not match across 集中|签约.
 * Evaluated against the npm segmenters (a jieba port needs a native or WASM binary and its own
 * dictionary); ICU needs no dependency and handles both scripts, but its dictionary is small and
 * glues some non-words (大松 in 大松绑), so a cut is only trusted where CC-CEDICT agrees that the
 * segment is a word (`cutWord()`).
 * @see https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/Segmenter
 */

import { cedictTwoCharacterWords } from '../data/cedict-words.ts';
import { wordSegments } from '../word-segments.ts';

/**
 * For each code point index of `text` (and the end), whether a word starts there.
 * @example wordStarts('集中签约') // [true, false, true, true, true]: 集中|签|约
 */
export function wordStarts(text: string): boolean[] {
  const chars = [...text];
  const starts = new Array<boolean>(chars.length + 1).fill(false);
  starts[chars.length] = true;
  // Segment indices are UTF-16 offsets; map them to code point indices (equal without astral characters).
  let pointAt: number[] | undefined;
  if (chars.length !== text.length) {
    pointAt = [];
    let unit = 0;
    chars.forEach((char, i) => {
      if (pointAt) pointAt[unit] = i;
      unit += char.length;
    });
  }
  for (const { index } of wordSegments(text)) {
    const point = pointAt ? pointAt[index] : index;
    if (point !== undefined) starts[point] = true;
  }
  return starts;
}

let cedictWords: Set<string> | undefined;

function isCedictWord(word: string): boolean {
  cedictWords ??= new Set(cedictTwoCharacterWords.split(' '));
  return cedictWords.has(word);
}

/**
 * The word a dictionary entry would cut into at `at` (a position inside a segment), if both the
 * segmenter and CC-CEDICT say it is a word: a segment of three or more characters, or a
 * two-character segment that CC-CEDICT lists (集中, 更加, 指明, 面积; not 大松, which ICU's
 * dictionary glues in 大松绑). Undefined at a word start, or where the cut segment is not a word.
 * @example cutWord([...'集中签约'], wordStarts('集中签约'), 1) // '集中'
 */
export function cutWord(chars: readonly string[], starts: readonly boolean[], at: number): string | undefined {
  if (at <= 0 || at >= chars.length || starts[at]) return undefined;
  let from = at - 1;
  while (from > 0 && !starts[from]) from--;
  let to = at + 1;
  while (to < chars.length && !starts[to]) to++;
  if (to - from > 2) return chars.slice(from, to).join('');
  const word = `${chars[from] ?? ''}${chars[from + 1] ?? ''}`;
  return isCedictWord(word) ? word : undefined;
}
