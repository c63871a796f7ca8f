/**
 * The one word segmenter of the archive: ICU's dictionary-based segmentation of Chinese, built
 * into Node and browsers (`Intl.Segmenter`, `granularity: 'word'`). The converter keeps dictionary
 * phrases inside its words (`conversion/word-starts.ts`) and the search index holds its words
 * (`search/index-words.ts`). ICU has no locale tailoring for Chinese word breaks: `zh`, `zh-Hans`,
 * `zh-Hant` and `und` cut the archive's 76,342 characters (articles and sources) identically
 * (checked on Node 20 and 26), so one instance serves both scripts; the search page's Pagefind
 * cuts queries with the same ICU rules in the page's `lang`.
 * @see https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/Intl/Segmenter
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The text's word segments in order, each with its UTF-16 offset (iterate them; do not spread a
 * long text's segments into an array: each segment object carries the input).
 * @example [...wordSegments('集中签约')].map((s) => s.segment) // ['集中', '签', '约']
 */
export function wordSegments(text: string): Iterable<{ segment: string; index: number }> {
  return segmenter.segment(text);
}
