/** Stage html-remnants (scripts/lib/stages/html-remnants.ts): what a web page's HTML leaves in a raw text. */
import { describe, expect, test } from 'vitest';
import { decodeHtmlRemnants } from '../../../scripts/lib/stages/html-remnants.ts';

describe('decodeHtmlRemnants', () => {
  test.each([
    { id: 'indent of &nbsp; and curly quotes', input: '&nbsp;&nbsp;打响&ldquo;如意甘肃&rdquo;品牌', expected: '  打响“如意甘肃”品牌', rules: ['html-entities', 'html-entities', 'html-entities', 'html-entities'] },
    { id: 'dashes and an ellipsis', input: '融合&mdash;&mdash;以文塑旅&hellip;', expected: '融合——以文塑旅…', rules: ['html-entities', 'html-entities', 'html-entities'] },
    { id: 'decimal and hexadecimal references', input: '&#20013;&#x56FD;', expected: '中国', rules: ['html-entities', 'html-entities'] },
    { id: '&amp;lt; is decoded once: the text shows &lt;', input: 'A&amp;lt;B', expected: 'A&lt;B', rules: ['html-entities'] },
    { id: 'an escaped tag is the characters the page showed, not markup', input: '代码 &lt;p&gt;段落&lt;/p&gt;', expected: '代码 <p>段落</p>', rules: ['html-entities', 'html-entities', 'html-entities', 'html-entities'] },
    { id: 'a tag removed, the escaped one beside it kept as text', input: '<p>写作&lt;br&gt;标签</p>', expected: '写作<br>标签', rules: ['html-markup', 'html-markup', 'html-entities', 'html-entities'] },
    { id: 'line wrappers removed, the line kept', input: '<p style="text-indent:2em">会议召开。<br/></p>', expected: '会议召开。', rules: ['html-markup', 'html-markup', 'html-markup'] },
    { id: 'negative: an ampersand in prose', input: 'R&D投入增长12%', expected: 'R&D投入增长12%', rules: [] },
    { id: 'negative: comparison signs in prose', input: '增速<5%且>3%', expected: '增速<5%且>3%', rules: [] },
    { id: 'negative: a book title in ASCII brackets is no tag', input: '<中华人民共和国宪法>', expected: '<中华人民共和国宪法>', rules: [] },
  ])('$id', ({ input, expected, rules }) => {
    const result = decodeHtmlRemnants(input);
    expect(result.text).toBe(expected);
    expect(result.changes.map((c) => c.rule)).toEqual(rules);
  });

  test.each([
    { id: 'an unknown reference stays, with a warning', input: '&foo;测试', expected: '&foo;测试', warning: '“&foo;” looks like an HTML character reference' },
    { id: 'a control character reference is not decoded', input: '&#7;测试', expected: '&#7;测试', warning: '“&#7;”' },
    { id: 'a script tag stays (the writer escapes it), with a warning', input: '<script>alert(1)</script>', expected: '<script>alert(1)</script>', warning: 'the HTML tag “<script>” is left as printed' },
    { id: 'a <br> inside a line is removed and reported', input: '第一句。<br>第二句。', expected: '第一句。第二句。', warning: 'the line is not split' },
  ])('$id', ({ input, expected, warning }) => {
    const result = decodeHtmlRemnants(input);
    expect(result.text).toBe(expected);
    expect(result.warnings.join('\n')).toContain(warning);
  });

  test('no line is gained or lost, and each change names its line', () => {
    const result = decodeHtmlRemnants('标题\n\n&nbsp;&nbsp;正文<br>\n<p>二段</p>');
    expect(result.text.split('\n')).toHaveLength(4);
    expect(result.changes.map((c) => c.line)).toEqual([3, 3, 3, 4, 4]);
  });
});
