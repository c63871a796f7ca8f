/**
 * The words the search index holds: a record's content (folded to Simplified forms, fold.ts) cut
 * into words by the archive's one segmenter (`word-segments.ts`, ICU's dictionary), joined by
 * single spaces, before it goes to Pagefind, which is told the record is in a language it does not segment (`indexLanguage`, record.ts) and so only splits at the spaces.
 *
 * Why: Pagefind's own Chinese segmentation (jieba, in its Rust service) was most of the index step's
 * CPU (N = 2,000: 26–29 s of Pagefind CPU with it, 11–12 s on these words, plus ~2 s to segment them
 * here; `node bench/probe-index.ts`). And it is the segmentation the browser already uses: Pagefind
 * cuts a query into words with `Intl.Segmenter` in the search page's `lang` (zh-Hans, zh-Hant), so index
 * and query now split a phrase the same way where jieba and ICU used to differ. Matching itself is
 * unchanged: the search checks every candidate on its passages' keys (`text-key.ts`), which ignore
 * the spaces added here, and Pagefind returns the content with these spaces (`contentLines()`).
 * @see https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Intl/Segmenter
 */

import { wordSegments } from '../word-segments.ts';

/**
 * The content as words separated by single spaces (spacing in the content is only a word boundary).
 * @example indexWords('发展新质生产力 covid 19') // '发展 新 质 生产 力 covid 19'
 */
export function indexWords(content: string): string {
  const words: string[] = [];
  for (const { segment } of wordSegments(content)) if (segment.trim() !== '') words.push(segment);
  return words.join(' ');
}
