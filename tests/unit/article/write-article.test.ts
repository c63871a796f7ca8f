import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { escapeParagraphStart, renderArticle, renderBody } from '../../../src/lib/article/write-article.ts';
import type { BodyItem } from '../../../scripts/lib/stages/model.ts';

describe('escapeParagraphStart', () => {
  test.each([
    ['1. 第一条', '1\\. 第一条'],
    ['- 列表', '\\- 列表'],
    ['# 不是标题', '\\# 不是标题'],
    ['2023年经济总量', '2023年经济总量'],
    ['1-2月同比增长', '1-2月同比增长'],
  ])('%s', (input, expected) => {
    expect(escapeParagraphStart(input)).toBe(expected);
  });
});

describe('renderBody', () => {
  test.each<{ name: string; items: BodyItem[]; expected: string }>([
    { name: 'turn label with the colon outside the bold', items: [{ kind: 'paragraph', lines: [1], text: '甘肃。', label: '任振鹤' }], expected: '**任振鹤**：甘肃。\n' },
    { name: 'figure with credit', items: [{ kind: 'figure', lines: [1], caption: ['陇南茶农采收茶叶。'], credit: '黄培军摄' }], expected: ':::figure{credit="黄培军摄"}\n陇南茶农采收茶叶。\n:::\n' },
    { name: 'figure with several caption lines', items: [{ kind: 'figure', lines: [1], caption: ['甲', '乙'] }], expected: ':::figure\n甲\n\n乙\n:::\n' },
    { name: 'heading and gap', items: [{ kind: 'heading', lines: [1], text: '小标题' }, { kind: 'gap', lines: [2], note: '编者注' }], expected: '## 小标题\n\n::gap[编者注]\n' },
  ])('$name', ({ items, expected }) => {
    expect(renderBody(items)).toBe(expected);
  });
});

describe('renderArticle', () => {
  test('the date is quoted so that YAML 1.1 readers keep it a string', () => {
    const md = renderArticle({ id: 'a', title: '标题', date: '2024-06-13', dateBasis: { method: 'given', evidence: 'e' }, outlet: 'o', region: 'r', kind: 'report', script: 'hans' }, []);
    expect(md).toContain('date: "2024-06-13"');
    const yaml = md.split('---\n')[1] ?? '';
    expect(parse(yaml)).toMatchObject({ id: 'a', date: '2024-06-13' });
  });
});
