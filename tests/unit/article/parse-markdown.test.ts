import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { markdownToMdast } from 'satteri';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { needsReferenceParser, parseMarkdown } from '../../../src/lib/article/parse-markdown.ts';
import { splitFrontmatter } from '../../../src/lib/article/split-frontmatter.ts';

/** The reference dialect, built independently of the module under test. */
const remark = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();

/** A tree as plain data (empty `data` bags dropped: remark adds some that carry nothing). */
function plain(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(plain);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'data' && value && typeof value === 'object' && Object.keys(value).length === 0) continue;
    out[key] = plain(value);
  }
  return out;
}

const reference = (markdown: string): unknown => plain(remark.parse(markdown));

// id, Markdown, and whether satteri handles it (false: the body goes to remark).
const cases: { id: string; markdown: string; fast: boolean }[] = [
  { id: 'paragraphs and a Q&A label', markdown: '**任振鹤**：答复。\n\n第二段，*强调*，__粗__。', fast: true },
  { id: 'hard breaks, both kinds', markdown: 'line one  \nline two\\\nline three', fast: true },
  { id: 'entities in text', markdown: '&amp; &copy; &#x4e2d; &nope;', fast: true },
  { id: 'gfm autolink literals', markdown: 'see www.example.com and https://a.b/c?d=1. and foo@bar.com', fast: true },
  { id: 'gfm strikethrough, one and two tildes', markdown: '~one~ ~~two~~ ~~~three~~~ 50~100', fast: true },
  { id: 'gfm task list', markdown: '- [ ] task\n- [x] done', fast: true },
  { id: 'gfm table', markdown: '| a | b |\n|---|---|\n| 1 | 2 |', fast: true },
  { id: 'gfm footnote', markdown: 'text[^1]\n\n[^1]: note', fast: true },
  { id: 'raw html inline and block', markdown: '<span>hi</span> <!-- c -->\n\n<div>\nblock\n</div>', fast: true },
  { id: 'headings, atx and setext', markdown: '# H1\n## H2 ##\nSetext\n===\n\nfoo\n---', fast: true },
  { id: 'lists, loose and ordered', markdown: '1. a\n2. b\n\n3) c\n\n* a\n\n  b\n* c', fast: true },
  { id: 'quote, code, thematic breaks', markdown: '> quote\n> more\n\n```js\ncode\n```\n\n    indented\n\n***\n___', fast: true },
  { id: 'links, references, images, autolinks', markdown: '[l](http://x.y "t") [ref][r] ![i](a.png) <https://auto.link>\n\n[r]: http://r.r', fast: true },
  { id: 'leaf gap directive', markdown: '::gap[缺三字]', fast: true },
  { id: 'text directives of the archive', markdown: ':add[仑]{proof="昆仑山国家公园"} :conv[干流]{hant="幹流"} :gap[缺]', fast: true },
  { id: 'figure with a credit', markdown: ':::figure{credit="新华社 张三"}\n图片说明一\n\n第二行\n:::', fast: true },
  { id: 'character references in attribute values are decoded', markdown: ':::figure{credit="黄&quot;培&quot;军&amp;摄"}\nx\n:::', fast: true },
  { id: 'references of every kind in an attribute', markdown: ':add[x]{proof="a&amp;b &lt; &#x4e2d; &#20013; &copy &nope; &amp;quot;"} :add[y]{proof=a&amp;b}', fast: true },
  { id: 'ids and single quotes', markdown: ":add[x]{proof='a &quot; b' k=v} :add[y]{#a #b}", fast: true },
  { id: 'attributes without a value', markdown: ':add[x]{proof} :add[y]{proof=""} :add[z]{a=1 a=2}', fast: true },
  { id: 'unknown and empty directives', markdown: ':::unknown\nx\n:::\n\n:::figure\n:::\n\n::: \n:::', fast: true },
  { id: 'colons that are not directives', markdown: 'x :not-directive y 10:30 and a:b[c] \\:gap[escaped]', fast: true },
  { id: 'a body that opens with a fence is not frontmatter', markdown: '---\na: b\n---\ntext', fast: true },
  { id: 'full-width and no-break spaces', markdown: '\u3000全角空格开头\n\n\u00a0nbsp', fast: true },
  // satteri 0.10 reads these attribute blocks unlike remark-directive: the body goes to remark.
  { id: 'a backslash inside an attribute block', markdown: ':add[x]{proof="a\\"b"}', fast: false },
  { id: 'a line break inside an attribute block', markdown: ':add[x]{proof="line1\nline2"}', fast: false },
  { id: 'a class attribute and a .class', markdown: ':add[x]{class="z" .y}', fast: false },
  { id: 'several .classes', markdown: ':add[x]{#a&amp;b .c1 .c2&amp;d .c1}', fast: false },
];

describe('parseMarkdown builds the reference tree', () => {
  test.each(cases)('$id', ({ markdown, fast }) => {
    expect(needsReferenceParser(markdown)).toBe(!fast);
    expect(plain(parseMarkdown(markdown))).toEqual(reference(markdown));
  });

  test('the gated cases do differ in satteri (so the gate is still needed)', () => {
    const gated = cases.filter((c) => !c.fast);
    const differing = gated.filter((c) => JSON.stringify(plain(markdownToMdast(c.markdown, { features: { gfm: true, directive: true, frontmatter: false } }))) !== JSON.stringify(reference(c.markdown)));
    expect(differing.map((c) => c.id)).toEqual(gated.map((c) => c.id));
  });

  test.each(['content/articles', 'tests/fixtures/site-content/articles', 'bench/fixtures/articles'])('every article body of %s', (dir) => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const split = splitFrontmatter(readFileSync(join(dir, file), 'utf8'));
      if (!split.ok) throw new Error(`${dir}/${file}: ${split.error.problem}`);
      expect(plain(parseMarkdown(split.value.body)), file).toEqual(reference(split.value.body));
    }
  });
});
