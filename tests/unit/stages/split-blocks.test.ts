import { describe, expect, test } from 'vitest';
import { splitSourceBlocks } from '../../../scripts/lib/stages/split-blocks.ts';

describe('splitSourceBlocks', () => {
  test.each([
    { name: 'blank-line paragraphs', input: '\n\n甲。\n\n乙。\n', expected: [{ line: 3, lines: ['甲。'] }, { line: 5, lines: ['乙。'] }] },
    { name: 'one paragraph per line, no blank lines', input: '甲。\n乙:\n丙。', expected: [{ line: 1, lines: ['甲。'] }, { line: 2, lines: ['乙:'] }, { line: 3, lines: ['丙。'] }] },
    { name: 'hard break keeps a caption and its credit together', input: '隴南茶農採收茶葉。  \n黃培軍攝\n\n下文。', expected: [{ line: 1, lines: ['隴南茶農採收茶葉。', '黃培軍攝'] }, { line: 4, lines: ['下文。'] }] },
    { name: 'whitespace-only line separates', input: '甲\n \n## 乙', expected: [{ line: 1, lines: ['甲'] }, { line: 3, lines: ['## 乙'] }] },
    { name: 'CRLF line ends', input: '甲。\r\n\r\n乙。\r\n', expected: [{ line: 1, lines: ['甲。'] }, { line: 3, lines: ['乙。'] }] },
    { name: 'empty text', input: '\n\n', expected: [] },
  ])('$name', ({ input, expected }) => {
    expect(splitSourceBlocks(input)).toEqual(expected);
  });
});
