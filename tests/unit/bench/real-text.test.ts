import { describe, expect, test } from 'vitest';
import { articleParagraph, articleParagraphs, manPageParagraphs, maxParagraphChars, plainTextParagraphs, splitLongParagraph, stripRoffEscapes } from '../../../bench/lib/real-text.ts';

describe('stripRoffEscapes', () => {
  test.each([
    { id: 'font escapes', input: '\\fBinittab\\fP 檔案', expected: 'inittab 檔案' },
    { id: 'minus and zero-width', input: '\\fB0\\fP\\-\\fB6\\fP \\& /etc', expected: '0-6  /etc' },
    { id: 'comment', input: '文字 \\" 注释', expected: '文字 ' },
    { id: 'negative: plain text unchanged', input: '列出發生指定動作的執行級.', expected: '列出發生指定動作的執行級.' },
  ])('$id', ({ input, expected }) => {
    expect(stripRoffEscapes(input)).toBe(expected);
  });
});

describe('manPageParagraphs', () => {
  test('paragraph requests split, text requests and wrapped lines join', () => {
    const roff = ['.TH INITTAB 5 "May 19, 1998"', '.SH 描述', '\\fBinittab\\fP 檔案描述在系統引導及通常的操作期間,', '都啟動哪些程序.', '.BR Init (8)', '討論有關執行級的概念.', '.PP', '第二段。', '.\\" a comment'].join('\n');
    expect(manPageParagraphs(roff).filter(Boolean)).toEqual(['inittab 檔案描述在系統引導及通常的操作期間, 都啟動哪些程序. Init (8) 討論有關執行級的概念.', '第二段。']);
  });
});

describe('plainTextParagraphs', () => {
  test('blank lines split, CJK lines join without a space', () => {
    expect(plainTextParagraphs('    第一行\n    第二行\n\n  English\n  words\n')).toEqual(['第一行第二行', 'English words']);
  });
});

describe('articleParagraph', () => {
  test.each([
    { id: 'Markdown syntax replaced, list marker cut', input: '1. 使用 `apt` 安装软件包时，系统会先**下载**软件包并检查它们的签名。', expected: '使用 apt 安装软件包时，系统会先 下载 软件包并检查它们的签名。' },
    { id: 'directive brackets replaced', input: '这是一个很长的中文句子用来测试指令 :gap[缺] 是否被清除掉了吧。', expected: '这是一个很长的中文句子用来测试指令 :gap 缺 是否被清除掉了吧。' },
    { id: 'negative: too few Han characters', input: '短句子。', expected: null },
    { id: 'negative: mostly Latin (a command listing)', input: 'apt-get install --no-install-recommends package-name 安装软件包的命令行选项说明在这里写', expected: null },
    { id: 'negative: a table of contents line', input: '5.1.1. 主機名解析', expected: null },
  ])('$id', ({ input, expected }) => {
    expect(articleParagraph(input)).toBe(expected);
  });

  test('each paragraph once, in order', () => {
    const p = '这是一个足够长的中文段落，用来测试去重功能是否正常工作，不会重复。';
    expect(articleParagraphs([p, '短', p, `${p}再加一句。`])).toEqual([p, `${p}再加一句。`]);
  });
});

describe('splitLongParagraph', () => {
  test.each([
    { id: 'cut after sentence ends, pieces at most max', text: '甲乙。丙丁。戊己。', max: 6, expected: ['甲乙。丙丁。', '戊己。'] },
    { id: 'a sentence longer than max is cut at max', text: '甲乙丙丁戊己庚', max: 3, expected: ['甲乙丙', '丁戊己', '庚'] },
    { id: 'negative: a paragraph within max is kept whole', text: '甲乙。丙丁。', max: 6, expected: ['甲乙。丙丁。'] },
  ])('$id', ({ text, max, expected }) => {
    expect(splitLongParagraph(text, max)).toEqual(expected);
  });

  test('every article paragraph of a 13,000-character block stays within the limit, and no text is lost', () => {
    const sentence = '系统会先下载软件包并检查它们的签名，然后再安装到本机。';
    const block = sentence.repeat(500);
    const pieces = articleParagraphs([block]);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(Array.from(piece).length).toBeLessThanOrEqual(maxParagraphChars);
    expect(splitLongParagraph(block).join('')).toBe(block);
  });
});
