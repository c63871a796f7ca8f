import { describe, expect, test } from 'vitest';
import { captionFigure, toBodyItems } from '../../../scripts/lib/stages/captions.ts';
import type { Unit } from '../../../scripts/lib/stages/model.ts';

describe('captionFigure', () => {
  test.each([
    { name: 'caption and credit', lines: ['隴南茶農搶抓時機採收茶葉。', '黃培軍攝'], expected: { caption: ['隴南茶農搶抓時機採收茶葉。'], credit: '黃培軍攝' } },
    { name: 'simplified credit', lines: ['陇南茶农采收茶叶。', '黄培军摄'], expected: { caption: ['陇南茶农采收茶叶。'], credit: '黄培军摄' } },
    { name: 'infographic lines, no credit', lines: ['西部陸海新通道—南亞貿易通道', '國際貨運班列', '2023年2月'], expected: { caption: ['西部陸海新通道—南亞貿易通道', '國際貨運班列', '2023年2月'] } },
    { name: 'single caption line', lines: ['新聞發布會現場'], expected: { caption: ['新聞發布會現場'] } },
    { name: 'a last line that is a sentence is not a credit', lines: ['祁連山一景。', '這是攝影師的作品。'], expected: { caption: ['祁連山一景。', '這是攝影師的作品。'] } },
  ])('$name', ({ lines, expected }) => {
    const unit: Unit = { line: 57, lines, role: 'caption' };
    expect(captionFigure(unit)).toEqual({ kind: 'figure', lines: [57], ...expected });
  });
});

describe('toBodyItems', () => {
  test('front units are kept apart; headings lose their markers; body lines are joined', () => {
    const units: Unit[] = [
      { line: 1, lines: ['# 标题'], role: 'title' },
      { line: 3, lines: ['陈文智 寇刚'], role: 'byline' },
      { line: 5, lines: ['## 小标题'], role: 'heading' },
      { line: 7, lines: ['第一行', '第二行'], role: 'body' },
    ];
    const { items, front } = toBodyItems(units);
    expect(front.map((u) => u.role)).toEqual(['title', 'byline']);
    expect(items).toEqual([
      { kind: 'heading', lines: [5], text: '小标题' },
      { kind: 'paragraph', lines: [7], text: '第一行第二行' },
    ]);
  });
});
