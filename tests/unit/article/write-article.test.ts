import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { editorialMarkdown, escapeLineStart, renderArticle, renderBody, sourceLinesAt } from '../../../src/lib/article/write-article.ts';
import { inlineText } from '../../../src/lib/article/model.ts';
import { readArticle } from '../../../src/lib/article/read-article.ts';
import type { ArticleInput, Speaker } from '../../../src/lib/article/schema.ts';
import type { BodyItem } from '../../../src/lib/article/body-items.ts';

describe('escapeLineStart', () => {
  test.each([
    ['1. 第一条', '1\\. 第一条'],
    ['- 列表', '\\- 列表'],
    ['# 不是标题', '\\# 不是标题'],
    ['===', '\\==='],
    // Negative: no block syntax, nothing escaped.
    ['2023年经济总量', '2023年经济总量'],
    ['1-2月同比增长', '1-2月同比增长'],
    ['#话题#', '#话题#'],
  ])('%s', (input, expected) => {
    expect(escapeLineStart(input)).toBe(expected);
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

describe('sourceLinesAt: the raw lines a line of the written article came from', () => {
  const front: ArticleInput = { id: 'a', title: '标题', date: '2024-06-13', dateBasis: { method: 'given', evidence: 'e' }, region: 'r', kind: 'report', script: 'hans' };
  const items: BodyItem[] = [
    { kind: 'paragraph', lines: [5, 6], text: '第一段。' },
    { kind: 'figure', lines: [8], caption: ['甲', '乙'] },
    { kind: 'paragraph', lines: [11], text: '第三段。', label: '任振鹤' },
  ];
  const md = renderArticle(front, items);
  const lineOf = (text: string): number => md.split('\n').indexOf(text) + 1;
  test.each([
    { id: 'a paragraph joined from two raw lines', line: lineOf('第一段。'), expected: [5, 6] },
    { id: 'a caption line inside a figure', line: lineOf('乙'), expected: [8] },
    { id: 'the figure’s closing fence', line: lineOf('乙') + 1, expected: [8] },
    { id: 'a turn', line: lineOf('**任振鹤**：第三段。'), expected: [11] },
    { id: 'negative: a frontmatter line', line: lineOf('title: 标题'), expected: undefined },
    { id: 'negative: the blank line between items', line: lineOf('第一段。') + 1, expected: undefined },
  ])('$id', ({ line, expected }) => {
    expect(line).toBeGreaterThan(0);
    expect(sourceLinesAt(md, items, line)).toEqual(expected);
  });
});

/** Round trip: what the writer writes, the reader reads back as the same article (issue 17; issue 14 principle 1). */
describe('write then read gives the article back', () => {
  const registry: Speaker[] = [{ id: 'ren-zhenhe', name: { hans: '任振鹤', hant: '任振鶴' }, aliases: [] }];
  const front: ArticleInput = {
    id: '2024-06-13-gansu', title: '标题：*不是强调*', date: '2024-06-13', dateBasis: { method: 'given', evidence: '落款 [1]' }, outlet: '甘肃日报', region: '甘肃', kind: 'press-conference', script: 'hans',
    speakers: [{ id: 'ren-zhenhe', role: 'speaker', position: '省长' }], authors: ['盛学卿'], repairs: [],
  };
  const read = (items: BodyItem[]) => {
    const result = readArticle(new TextEncoder().encode(renderArticle(front, items)), registry);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.value;
  };

  test('the frontmatter comes back field for field', () => {
    expect(read([{ kind: 'paragraph', lines: [1], text: '正文。' }]).data).toEqual({ ...front, authors: ['盛学卿'] });
  });

  // Raw texts as received, each a paragraph (or a turn's words): every one must come back character for character.
  test.each([
    { id: 'phishing-link', text: '[官方通知](https://evil.example/phish)' },
    { id: 'fake-gap-note', text: '原文:gap[伪造注释]如此。' },
    { id: 'fake-block-gap', text: '::gap[伪造]' },
    { id: 'escaped-asterisks', text: '\\*星号\\*' },
    { id: 'emphasis-and-strong', text: '*斜体* **粗体** _下划线_ __双__' },
    { id: 'html', text: '<script>alert(1)</script><img src=x onerror=alert(1)>' },
    { id: 'entity', text: '&amp; &lt; &#x41; &copy;' },
    { id: 'autolink-literal', text: '详见https://evil.example/a和www.evil.example及a@evil.example。' },
    { id: 'angle-autolink', text: '<https://evil.example>' },
    { id: 'image', text: '![图](https://evil.example/t.png)' },
    { id: 'inline-code-and-strike', text: '`code` ~~删除~~ ~单~' },
    { id: 'table-pipes', text: '| 甲 | 乙 |' },
    { id: 'footnote-and-reference', text: '正文[^1] [链接][ref]' },
    { id: 'list-marker-start', text: '1. 第一条' },
    { id: 'dash-start', text: '- 不是列表' },
    { id: 'plus-start', text: '+ 不是列表' },
    { id: 'heading-start', text: '# 不是标题' },
    { id: 'quote-start', text: '> 不是引用' },
    { id: 'thematic-break', text: '***' },
    { id: 'setext-like', text: '===' },
    { id: 'trailing-backslash', text: '结尾\\' },
    { id: 'directive-with-attributes', text: ':add[仑]{proof="x"}' },
    { id: 'colon-label-lookalike', text: '**任振鹤**：不是标签' },
    // Negative: ordinary Chinese with ASCII punctuation between digits stays as it is.
    { id: 'negative-plain-text', text: 'GDP增长5.2%，1-5月完成投资3.8万亿元（同比）。' },
  ])('$id', ({ text }) => {
    const { model } = read([{ kind: 'paragraph', lines: [1], text }, { kind: 'paragraph', lines: [2], text, label: '任振鹤' }]);
    const [paragraph, turn] = model.blocks;
    expect(paragraph?.type === 'paragraph' && inlineText(paragraph)).toBe(text);
    expect(turn?.type === 'turn' && turn.speakerId).toBe('ren-zhenhe');
    expect(turn?.type === 'turn' && inlineText(turn.children)).toBe(text);
  });

  test('headings, captions, credits and gap notes come back as written', () => {
    const { model } = read([
      { kind: 'heading', lines: [1], text: '一、*总体* 情况 #' },
      { kind: 'figure', lines: [2], caption: ['图说 [1]', '- 第二行'], credit: '黄"培"军&摄' },
      { kind: 'gap', lines: [3], note: '缺[一]字' },
    ]);
    expect(model.blocks.map((b) => (b.type === 'figure' ? [b.children.map(inlineText), b.credit] : b.type === 'gap' ? b.note : inlineText(b)))).toEqual(['一、*总体* 情况 #', [['图说 [1]', '- 第二行'], '黄"培"军&摄'], '缺[一]字']);
  });

  test('Markdown a stage marks as editorial stays Markdown; the frontmatter keeps only its text', () => {
    const { model } = read([{ kind: 'paragraph', lines: [1], text: `原文缺字${editorialMarkdown(':gap[原文缺一字]')}。` }]);
    const [paragraph] = model.blocks;
    expect(paragraph?.type === 'paragraph' && paragraph.children).toEqual([{ type: 'text', value: '原文缺字' }, { type: 'gap', note: '原文缺一字' }, { type: 'text', value: '。' }]);
  });
});
