/**
 * The one writer of the article format: renders an article as Markdown (docs/article-format.md) —
 * YAML frontmatter by the yaml library's serializer (opened by the generated-marker comment when
 * the article comes from a raw text), then the body, every raw text escaped so that it renders
 * exactly as received (only Markdown a stage marked with `editorialMarkdown()` stays Markdown) —
 * paragraphs separated by blank lines, turns as `**label**：…` (colon outside the bold: valid
 * CommonMark), figures as `:::figure{credit="…"}` blocks, gaps as `::gap[…]`, headings as `##`.
 */
import { Document, Scalar } from 'yaml';
import type { ArticleInput } from './schema.ts';
import { generatedMarker } from './generated-marker.ts';
import type { BodyItem } from './body-items.ts';

/** Opens and closes Markdown a stage wrote itself (noncharacters: the normalizer removes them from raw texts, so no source can forge a mark). */
const markOpen = '\uFDD0';
const markClose = '\uFDD1';
const marked = /\uFDD0([^\uFDD1]*)\uFDD1/gu;

/**
 * Marks Markdown that a stage writes on purpose (`:gap[…]`, `:add[…]{proof}`): the writer keeps
 * it as Markdown, while everything else in a text is escaped and renders exactly as received.
 * @example editorialMarkdown(':gap[原文缺一字]')
 */
export function editorialMarkdown(markdown: string): string {
  return `${markOpen}${markdown}${markClose}`;
}

/** A text with its editorial marks dropped and their Markdown kept (report lines, frontmatter values). */
export function unmarkEditorial(text: string): string {
  return text.replace(marked, '$1');
}

/**
 * Escapes a raw text so that Markdown reads it back as the same text: emphasis, links, images,
 * HTML, entities, strike-through, tables, directives (`:gap[…]`), autolinks (`https://…`,
 * `www.…`, `a@b.c`) and backslashes become literal characters.
 * @example escapeText('[官方通知](https://evil.example/phish) \\*星号\\*') // '\\[官方通知\\](https\\://evil.example/phish) \\\\\\*星号\\\\\\*'
 */
export function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>&~|@]/g, '\\$&')
    .replace(/:(?=[A-Za-z:/])/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** Escapes what Markdown would read as block syntax at the start of a line (`1. `, `- `, `+`, `#`, `=`, indentation). */
export function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)(\d{1,9})([.)])(?=\s|$)/, '$1$2\\$3')
    .replace(/^(\s*)([-+=]|#{1,6})(?=\s|$|[-=]*\s*$)/, '$1\\$2');
}

/** A text as Markdown: raw parts escaped, editorial marks kept, every line's start escaped. */
function renderText(text: string): string {
  let out = '';
  let at = 0;
  for (const match of text.matchAll(marked)) {
    out += escapeText(text.slice(at, match.index)) + (match[1] ?? '');
    at = match.index + match[0].length;
  }
  out += escapeText(text.slice(at));
  return out.split('\n').map(escapeLineStart).join('\n');
}

/** A directive attribute value in double quotes. */
function attribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** The Markdown body of the items. */
export function renderBody(items: readonly BodyItem[]): string {
  const blocks = items.map((item) => {
    switch (item.kind) {
      case 'paragraph':
        return item.label !== undefined ? `**${escapeText(item.label)}**：${renderText(item.text)}` : renderText(item.text);
      case 'heading':
        // A closing run of `#` would be read as the heading's end marker.
        return `## ${renderText(item.text).replace(/#(?=#*\s*$)/g, '\\#')}`;
      case 'gap':
        return `::gap[${renderText(item.note)}]`;
      case 'figure': {
        const open = item.credit ? `:::figure{credit="${attribute(unmarkEditorial(item.credit))}"}` : ':::figure';
        return [open, item.caption.map(renderText).join('\n\n'), ':::'].join('\n');
      }
    }
  });
  return `${blocks.join('\n\n')}\n`;
}

/**
 * The source lines of the item a line of {@link renderArticle}'s Markdown belongs to, or undefined
 * for a frontmatter line or a blank line between items: so a problem found in the written article
 * can name the raw text's line it came from.
 * @example sourceLinesAt(renderArticle(front, items), items, 12) // [41, 42]: the paragraph on line 12 joins raw lines 41–42
 */
export function sourceLinesAt(markdown: string, items: readonly BodyItem[], line: number): readonly number[] | undefined {
  const body = renderBody(items);
  let at = markdown.slice(0, markdown.length - body.length).split('\n').length;
  for (const item of items) {
    const height = renderBody([item]).split('\n').length - 1;
    if (line >= at && line < at + height) return item.lines;
    at += height + 1;
  }
  return undefined;
}

/** Frontmatter values hold text, never Markdown: editorial marks are dropped (their text kept). */
function plainValues<T>(value: T): T {
  if (typeof value === 'string') return unmarkEditorial(value) as T;
  if (Array.isArray(value)) return value.map(plainValues) as T;
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValues(v)])) as T;
  return value;
}

/** The whole file: frontmatter and body. */
export function renderArticle(front: ArticleInput, items: readonly BodyItem[]): string {
  const doc = new Document(plainValues(front));
  // Quoted: YAML 1.1 readers (Astro's frontmatter parser) would read a bare 2024-06-13 as a Date.
  const date = doc.get('date', true);
  if (date instanceof Scalar) date.type = Scalar.QUOTE_DOUBLE;
  const yaml = doc.toString({ lineWidth: 0 });
  // The first line marks the file as the normalizer's own: only such files are ever replaced or removed.
  const marker = front.source ? `${generatedMarker(front.source.file)}\n` : '';
  return `---\n${marker}${yaml}---\n\n${renderBody(items)}`;
}
