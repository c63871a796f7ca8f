import { describe, expect, test } from 'vitest';
import { inferRole, LayoutError, layoutArticles } from '../../../scripts/lib/stages/layout.ts';
import type { SourceBlock } from '../../../scripts/lib/stages/model.ts';

const block = (line: number, ...lines: string[]): SourceBlock => ({ line, lines });

describe('inferRole', () => {
  test.each([
    { name: 'first # line is the title', block: block(1, '# 标题'), seenTitle: false, role: 'title' },
    { name: 'a later # line is a heading', block: block(9, '# 小标题'), seenTitle: true, role: 'heading' },
    { name: '## —— is a subtitle', block: block(3, '## ——问答摘要'), seenTitle: true, role: 'subtitle' },
    { name: '## is a heading', block: block(5, '## 項目數量'), seenTitle: true, role: 'heading' },
    { name: 'caption with a credit line', block: block(7, '隴南茶農採收茶葉。', '黃培軍攝'), seenTitle: true, role: 'caption' },
    { name: 'plain paragraph', block: block(8, '会议指出，前三季度。'), seenTitle: true, role: 'body' },
    { name: 'single line ending in 摄 is not a caption by form', block: block(8, '黃培軍攝'), seenTitle: true, role: 'body' },
    { name: 'a one-line caption that points at the picture', block: block(15, '图为发布会现场。（图片来源：国新网　刘健 摄）'), seenTitle: true, role: 'caption' },
    { name: 'a one-line caption with a label (Traditional)', block: block(15, '上圖：隴南茶農採收茶葉。'), seenTitle: true, role: 'caption' },
    { name: 'a one-line caption closed by a bracketed credit', block: block(15, '6月13日，游客在天水品尝麻辣烫。（新华社记者 李贺 摄）'), seenTitle: true, role: 'caption' },
    { name: 'negative: 图 in running text is no caption', block: block(15, '图书馆新馆6月开放。'), seenTitle: true, role: 'body' },
    { name: 'negative: a bracket that names no photo credit', block: block(15, '全省招商引资签约金额突破万亿元。（完）'), seenTitle: true, role: 'body' },
  ])('$name', ({ block: b, seenTitle, role }) => {
    expect(inferRole(b, seenTitle)).toBe(role);
  });
});

describe('layoutArticles', () => {
  const blocks = [block(1, '横幅'), block(3, '标题甲'), block(5, '续文甲。'), block(7, '标题乙'), block(9, '正文乙。'), block(11, '开头甲，')];

  test('reading order and roles come from the layout data; a shared banner is reused', () => {
    const [a, b] = layoutArticles(
      blocks,
      [
        { id: 'a', lines: [1, 3, 11, '5'], roles: { '1': 'kicker', '3': 'title' } },
        { id: 'b', lines: [1, '7-9'], roles: { '1': 'kicker', '7': 'title' } },
      ],
      [1],
    );
    expect(a?.map((u) => [u.line, u.role])).toEqual([[1, 'kicker'], [3, 'title'], [11, 'body'], [5, 'body']]);
    expect(b?.map((u) => [u.line, u.role])).toEqual([[1, 'kicker'], [7, 'title'], [9, 'body']]);
  });

  test.each([
    { name: 'a paragraph used by no article', specs: [{ id: 'a', lines: ['1-9'], roles: {} }], shared: [], message: /line 11 .* is used by no article/ },
    { name: 'a paragraph used twice', specs: [{ id: 'a', lines: ['1-11'], roles: {} }, { id: 'b', lines: [5], roles: {} }], shared: [], message: /line 5 .* is used 2 times/ },
    { name: 'a range holding nothing', specs: [{ id: 'a', lines: ['1-11', '20-30'], roles: {} }], shared: [], message: /line range 20-30 holds no paragraph/ },
    { name: 'a role on a line that is not in the article', specs: [{ id: 'a', lines: ['1-11'], roles: { '4': 'title' as const } }], shared: [], message: /`roles` names line 4/ },
  ])('error: $name', ({ specs, shared, message }) => {
    expect(() => layoutArticles(blocks, specs, shared)).toThrow(LayoutError);
    expect(() => layoutArticles(blocks, specs, shared)).toThrow(message);
  });
});
