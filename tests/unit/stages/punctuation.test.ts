import { describe, expect, test } from 'vitest';
import { toFullWidthPunctuation } from '../../../scripts/lib/stages/punctuation.ts';
import table from '../../cases/punctuation.json' with { type: 'json' };

describe('toFullWidthPunctuation', () => {
  test.each([
    { name: 'comma after Han', input: '6月13日上午,国务院', expected: '6月13日上午，国务院', count: 1 },
    { name: 'colon before a quote', input: '下功夫:一是', expected: '下功夫：一是', count: 1 },
    { name: 'question and exclamation', input: '怎么样?大家好!', expected: '怎么样？大家好！', count: 2 },
    { name: 'semicolon', input: '建设;二是', expected: '建设；二是', count: 1 },
    { name: 'parentheses around Chinese', input: '8縣(區)工業', expected: '8縣（區）工業', count: 2 },
    { name: 'byline in brackets', input: '千亿元。(记者 张弘毅)', expected: '千亿元。（记者 张弘毅）', count: 2 },
    { name: 'comma after a percentage', input: '增长18%,与', expected: '增长18%，与', count: 1 },
    { name: 'comma after a closing quote', input: '“开门红”,为', expected: '“开门红”，为', count: 1 },
    // Issue 12: a comma after a Latin word with no space after it, in a run that holds Chinese.
    { name: 'comma after a Latin word in Chinese text', input: '5萬Pflops,DeepSeek全量模型', expected: '5萬Pflops，DeepSeek全量模型', count: 1 },
  ])('converts: $name', ({ input, expected, count }) => {
    expect(toFullWidthPunctuation(input)).toEqual({ text: expected, count });
  });

  test.each([
    { name: 'thousands separator', input: '完成1,213.5億元' },
    { name: 'time of day', input: '上午10:30开始' },
    { name: 'Latin sentence', input: 'Hello, world! (see below)' },
    { name: 'URL', input: '详见https://example.com/a?b=1,2' },
    { name: 'parentheses around Latin', input: '蘭州陸港(B)區' },
    { name: 'gap directive from the errata', input: '總人口:gap[原文此處缺一位數字]65萬' },
    { name: 'already full-width', input: '国务院，新闻办：问答？' },
    { name: 'Latin words in Chinese text, spaced as Latin', input: '指标 GDP,CPI 增长' },
  ])('leaves alone: $name', ({ input }) => {
    expect(toFullWidthPunctuation(input)).toEqual({ text: input, count: 0 });
  });
});

test.each(table.cases)('case table $id: $input → $expected ($count changed)', ({ input, expected, count }) => {
  expect(toFullWidthPunctuation(input)).toEqual({ text: expected, count });
});
