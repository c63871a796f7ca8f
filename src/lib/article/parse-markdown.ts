/**
 * Article Markdown (CommonMark + GFM + directives: `:gap[…]`, `:add[…]{proof=…}`, `:conv[…]{hant=…}`,
 * `::gap[…]`, `:::figure{credit=…}`; no frontmatter, the splitter removed it) → mdast, positions included.
 *
 * The tree is the one remark-parse + remark-gfm + remark-directive build (the reference dialect);
 * satteri, the native parser of Astro's own Markdown pipeline, builds the same tree at about a
 * fifteenth of the CPU time and allocations (issue 18: micromark was a third of `astro build`).
 * Where satteri 0.10 reads differently — directive attributes with a backslash, a line break or a
 * class inside their braces — the body goes to the reference parser; character references in
 * attribute values, which remark-directive decodes and satteri keeps as written, are decoded here.
 * tests/unit/article/parse-markdown.test.ts holds both parsers to the same trees.
 * @see https://satteri.bruits.org/docs/entry-points/
 */
import type { Root } from 'mdast';
import { parseEntities } from 'parse-entities';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { markdownToMdast } from 'satteri';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** The reference parser, frozen once (building the processor per call cost a third of the parse). */
const referenceParser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();

const satteriFeatures = { gfm: true, directive: true, frontmatter: false } as const;

/** An attribute block (`{…}`) holding what satteri 0.10 reads unlike remark-directive: a backslash, a line break, a `class=` or a `.class`. */
const divergentAttributes = /\{[^}]*(?:\\|\n|class|[\s{]\.)/;

/** Whether a body goes to the reference parser (remark) instead of satteri. */
export function needsReferenceParser(markdown: string): boolean {
  return divergentAttributes.test(markdown);
}

/** Parses an article body into mdast as remark-parse + remark-gfm + remark-directive do. */
export function parseMarkdown(markdown: string): Root {
  if (needsReferenceParser(markdown)) return referenceParser.parse(markdown) as Root;
  const tree = markdownToMdast(markdown, { features: satteriFeatures }) as Root;
  // A value with a character reference needs an `&` in the body: without one there is nothing to decode, and the walk
  // over every node (a third of the parse, issue 18) is skipped.
  if (!markdown.includes('&')) return tree;
  visit(tree, (node) => {
    if (!('attributes' in node) || !node.attributes) return;
    const attributes = node.attributes as Record<string, string | null | undefined>;
    // remark-directive decodes `&amp;`, `&quot;`, `&#20013;`… in attribute values (as HTML attributes are read).
    for (const [key, value] of Object.entries(attributes)) if (typeof value === 'string' && value.includes('&')) attributes[key] = parseEntities(value, { attribute: true });
  });
  return tree;
}
