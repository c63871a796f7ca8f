/** Page furniture lines (scripts/lib/stages/data/page-furniture.ts), and the layout role they get. */
import { describe, expect, test } from 'vitest';
import { pageFurnitureKind } from '../../../scripts/lib/stages/data/page-furniture.ts';
import { inferRole } from '../../../scripts/lib/stages/layout.ts';

describe('pageFurnitureKind', () => {
  test.each([
    { id: 'hk-end-mark', line: '完', expected: 'end-mark' },
    { id: 'wire-end-mark', line: '（完）', expected: 'end-mark' },
    { id: 'dashed-end-mark', line: '-完-', expected: 'end-mark' },
    { id: 'editor-credit', line: '（责任编辑：张三）', expected: 'editor-credit' },
    { id: 'editor-credit-traditional', line: '責任編輯：李四、王五', expected: 'editor-credit' },
    { id: 'two-roles', line: '(编辑:王晓 审核:刘青)', expected: 'editor-credit' },
    { id: 'separator-asterisks', line: '***', expected: 'separator' },
    { id: 'separator-dashes', line: '———————', expected: 'separator' },
    { id: 'separator-full-width', line: '＊　＊　＊', expected: 'separator' },
    { id: 'negative: an ellipsis line is text', line: '……', expected: undefined },
    { id: 'negative: two dashes are too short to be a rule', line: '——', expected: undefined },
    { id: 'negative: a sentence ending in 完', line: '工程已全部建完', expected: undefined },
    { id: 'negative: 完 inside text', line: '完善体制机制', expected: undefined },
    { id: 'negative: an editor mentioned in prose', line: '编辑部的同志们：大家好！', expected: undefined },
    { id: 'negative: a reporter credit is a byline, not furniture', line: '（记者 张弘毅）', expected: undefined },
  ])('$id', ({ line, expected }) => {
    expect(pageFurnitureKind(line)).toBe(expected);
  });

  test('a furniture line alone in its paragraph gets the role furniture; inside a paragraph it stays body', () => {
    expect(inferRole({ line: 9, lines: ['（完）'] }, true)).toBe('furniture');
    expect(inferRole({ line: 9, lines: ['政府今日公布数字。', '（完）'] }, true)).toBe('body');
  });
});
