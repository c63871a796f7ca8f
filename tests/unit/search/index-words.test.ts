import { describe, expect, test } from 'vitest';
import { indexWords } from '../../../src/lib/search/index-words.ts';
import { contentLines, indexedLine, passageSeparator } from '../../../src/lib/search/record.ts';
import { textKey } from '../../../src/lib/search/text-key.ts';

/** How Pagefind's search page cuts a query into words (Intl.Segmenter in the page's lang), for the consistency cases. */
const queryWords = (query: string, lang: string): string[] =>
  Array.from(new Intl.Segmenter(lang, { granularity: 'word' }).segment(query), (s) => s.segment).filter((w) => w.trim() !== '');

describe('indexWords: the content cut into words, joined by spaces', () => {
  test.each([
    { id: 'Chinese: dictionary words', content: '发展新质生产力', expected: '发展 新 质 生产 力' },
    { id: 'Latin words and digits stay whole', content: 'covid 19 与 ai 技术', expected: 'covid 19 与 ai 技术' },
    { id: 'the passage separator is a word of its own (a position, never a match)', content: `甘肃${passageSeparator}天水`, expected: `甘肃 ${passageSeparator} 天水` },
    { id: 'runs of spacing are one boundary', content: '甘肃   天水 ', expected: '甘肃 天水' },
    { id: 'negative: empty content stays empty', content: '', expected: '' },
  ])('$id', ({ content, expected }) => {
    expect(indexWords(content)).toBe(expected);
  });

  test.each([
    { id: 'a phrase with its comma', text: '上下五千年，甘肃不一般。' },
    { id: 'Latin and digits next to Chinese', text: '2023年COVID-19疫情，7.5%的增长' },
    { id: 'an astral character', text: '𠮷野家的故事' },
  ])('matching is unchanged: the key of the words is the key of the line ($id)', ({ text }) => {
    const line = indexedLine(text.toLowerCase());
    expect(textKey(indexWords(line)).key).toBe(textKey(line).key);
    // Pagefind returns the content with the spaces between words; the lines read back have the same keys.
    const [back] = contentLines(indexWords(line));
    expect(textKey(back!).key).toBe(textKey(line).key);
  });

  test.each([
    { id: '新质生产力 inside a sentence', text: '大力发展新质生产力，推动高质量发展', query: '新质生产力' },
    { id: '高质量发展 at the end', text: '大力发展新质生产力，推动高质量发展', query: '高质量发展' },
    { id: 'a name', text: '省长任振鹤讲话', query: '任振鹤' },
  ])('the browser cuts a query the way the index cut the text, in both pages’ languages: $id', ({ text, query }) => {
    const indexed = indexWords(indexedLine(text)).split(' ');
    for (const lang of ['zh-Hans', 'zh-Hant']) {
      const words = queryWords(query, lang);
      // The query's words stand in a row in the index: Pagefind's phrase search and word positions find them together.
      const at = indexed.findIndex((_, i) => words.every((w, j) => indexed[i + j] === w));
      expect(at).toBeGreaterThanOrEqual(0);
    }
  });

  test('negative, known: where context changes the segmentation the words differ, and a query word is a prefix of the indexed one (Pagefind matches prefixes)', () => {
    const indexed = indexWords('天水麻辣烫的故事').split(' ');
    expect(indexed).toContain('烫的');
    const words = queryWords('麻辣烫', 'zh-Hans');
    expect(words).toEqual(['麻辣', '烫']);
    for (const word of words) expect(indexed.some((w) => w.startsWith(word))).toBe(true);
  });
});
