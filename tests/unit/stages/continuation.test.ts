import { describe, expect, test } from 'vitest';
import { bridgeOf, findContinuation } from '../../../scripts/lib/stages/continuation.ts';
import { splitSourceBlocks } from '../../../scripts/lib/stages/split-blocks.ts';

// A page in the order 003 was printed: a section whose last sentence is cut (line 5), the lead, then the sentence's end (line 9).
const page003 = ['高频互动 共绘协作蓝图', '', '坚持把东西部协作作为“一把手”工程。', '', '一次次互访、一次次对接,为两市推动东西部', '', '金秋十月,蔬菜园区迎来了丰收季。', '', '协作勾画了蓝图、指明了路径、注入了活力。', '', '精准帮扶 增加群众收入'].join('\n');

describe('bridgeOf', () => {
  test.each([
    { id: 'phrase printed elsewhere (003)', cut: '为两市推动东西部', next: '协作勾画了蓝图。', document: '坚持把东西部协作作为', expected: '东西部协作' },
    { id: 'longest phrase wins', cut: '推动东西部', next: '协作勾画', document: '推动东西部协作与东西部协作', expected: '推动东西部协作' },
    { id: 'negative: one character on a side is not evidence', cut: '东西部', next: '协', document: '东西部协作', expected: '' },
    { id: 'negative: nothing printed elsewhere', cut: '为两市推动东西部', next: '金秋十月', document: '坚持把东西部协作作为', expected: '' },
    { id: 'negative: the cut ends with punctuation', cut: '东西部，', next: '协作勾画', document: '东西部协作', expected: '' },
  ])('$id', ({ cut, next, document, expected }) => {
    expect(bridgeOf(cut, next, document).bridge).toBe(expected);
  });
});

describe('findContinuation', () => {
  test('finds the continuation printed after the lead (003) and says how much was searched', () => {
    const verdict = findContinuation({ line: 5, text: '一次次互访、一次次对接，为两市推动东西部' }, splitSourceBlocks(page003), page003);
    expect(verdict).toEqual({ found: true, line: 9, bridge: '东西部协作', occurrences: 1, searched: 5 });
  });

  test('negative: text found nowhere is reported as absent, with the number of paragraphs searched', () => {
    const text = page003.replace('协作勾画了蓝图', '勾画了蓝图');
    const verdict = findContinuation({ line: 5, text: '为两市推动东西部' }, splitSourceBlocks(text), text);
    expect(verdict).toEqual({ found: false, searched: 5, ambiguous: [] });
  });

  test('negative: two candidates that join equally well are both named and none is chosen', () => {
    const text = ['推动东西部', '', '协作一', '', '协作二', '', '东西部协作'].join('\n');
    const verdict = findContinuation({ line: 1, text: '推动东西部' }, splitSourceBlocks(text), text);
    expect(verdict).toEqual({ found: false, searched: 3, ambiguous: [3, 5] });
  });

  test('a paragraph already moved to another cut is not a candidate again', () => {
    const verdict = findContinuation({ line: 5, text: '为两市推动东西部' }, splitSourceBlocks(page003), page003, new Set([9]));
    expect(verdict.found).toBe(false);
  });
});
