import { describe, expect, test } from 'vitest';
import type { Inline } from '../../../../src/lib/article/model.ts';
import { escapeAttribute, escapeText, inlinesHtml } from '../../../../src/lib/render/inlines-html.ts';

const text = (value: string): Inline => ({ type: 'text', value });

describe('inlinesHtml', () => {
  test.each<{ id: string; inlines: Inline[]; expected: string }>([
    { id: 'plain text', inlines: [text('国务院新闻办')], expected: '国务院新闻办' },
    { id: 'text is escaped as Astro escapes expressions', inlines: [text(`a<b>&'"`)], expected: 'a&lt;b&gt;&amp;&#39;&quot;' },
    { id: 'break', inlines: [text('一'), { type: 'break' }, text('二')], expected: '一<br>二' },
    { id: 'editorial addition in 〔〕 inside <ins> (no proof: empty title from the default)', inlines: [{ type: 'added', text: '仑', proof: '昆仑山' }], expected: '<ins class="editorial added" title="">〔仑〕</ins>' },
    { id: 'gap note with the label as title', inlines: [{ type: 'gap', note: '编者注：缺' }], expected: '<span class="editorial gap-note" title="缺文">〔编者注：缺〕</span>' },
    { id: 'nested strong and emphasis', inlines: [{ type: 'strong', children: [text('主持人'), { type: 'emphasis', children: [text('：')] }] }], expected: '<strong>主持人<em>：</em></strong>' },
    { id: 'safe link keeps its URL, escaped as an attribute', inlines: [{ type: 'link', url: 'https://example.org/?a=1&b="2"', children: [text('链接')] }], expected: '<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">链接</a>' },
    { id: 'archive link', inlines: [{ type: 'link', url: '/zh-hans/articles/x/#t3', children: [text('t3')] }], expected: '<a href="/zh-hans/articles/x/#t3">t3</a>' },
    { id: 'negative: javascript: link is its text only', inlines: [{ type: 'link', url: 'javascript:alert(1)', children: [text('点')] }], expected: '点' },
    { id: 'negative: data: link is its text only', inlines: [{ type: 'link', url: ' data:text/html,x', children: [{ type: 'strong', children: [text('粗')] }] }], expected: '<strong>粗</strong>' },
    { id: 'empty', inlines: [], expected: '' },
  ])('$id', ({ inlines, expected }) => {
    expect(inlinesHtml(inlines, '缺文')).toBe(expected);
  });

  test('an editorial addition stands in 〔〕 with its proof as the tooltip, escaped', () => {
    const title = (proof: string) => `编者补字；同文另印“${proof}”可证`;
    expect(inlinesHtml([{ type: 'text', value: '昆' }, { type: 'added', text: '仑', proof: '昆仑<山>' }, { type: 'text', value: '山' }], '缺文', title)).toBe('昆<ins class="editorial added" title="编者补字；同文另印“昆仑<山>”可证">〔仑〕</ins>山');
  });

  test('the gap label is escaped as an attribute', () => {
    expect(inlinesHtml([{ type: 'gap', note: 'x' }], 'a"&b')).toBe('<span class="editorial gap-note" title="a&quot;&amp;b">〔x〕</span>');
  });
});

describe('escapes', () => {
  test.each([
    { id: 'text: all five', fn: escapeText, input: `&<>'"`, expected: '&amp;&lt;&gt;&#39;&quot;' },
    { id: 'attribute: only & and "', fn: escapeAttribute, input: `&<>'"`, expected: `&amp;<>'&quot;` },
    { id: 'negative: Chinese text unchanged', fn: escapeText, input: '「引号」“引号”', expected: '「引号」“引号”' },
  ])('$id', ({ fn, input, expected }) => {
    expect(fn(input)).toBe(expected);
  });
});
