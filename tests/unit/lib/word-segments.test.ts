import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { wordSegments } from '../../../src/lib/word-segments.ts';
import { indexWords } from '../../../src/lib/search/index-words.ts';
import { wordStarts } from '../../../src/lib/conversion/word-starts.ts';

const cuts = (text: string): string[] => [...wordSegments(text)].map((s) => s.segment);

describe('wordSegments: the one word segmenter', () => {
  test.each([
    { id: 'Simplified phrase across a dictionary match', text: '集中签约', expected: ['集中', '签', '约'] },
    { id: 'Traditional text (ICU lists 簽約, not 签约)', text: '集中簽約', expected: ['集中', '簽約'] },
    { id: 'Latin and digits stay whole', text: 'covid 19', expected: ['covid', ' ', '19'] },
    { id: 'negative: empty text has no segments', text: '', expected: [] },
  ])('$id', ({ text, expected }) => {
    expect(cuts(text)).toEqual(expected);
  });

  test('cuts the archive’s articles as ICU does for zh-Hans and zh-Hant (one instance serves both scripts)', () => {
    const dir = join(import.meta.dirname, '../../../content/articles');
    const text = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const offsets = (iterable: Iterable<{ index: number }>): number[] => Array.from(iterable, (s) => s.index);
    const ours = offsets(wordSegments(text));
    for (const locale of ['zh-Hans', 'zh-Hant']) expect(offsets(new Intl.Segmenter(locale, { granularity: 'word' }).segment(text))).toEqual(ours);
  });

  test('the converter’s word starts and the index words come from it', () => {
    expect(wordStarts('集中签约')).toEqual([true, false, true, true, true]);
    expect(indexWords('集中签约')).toBe(cuts('集中签约').join(' '));
  });
});
