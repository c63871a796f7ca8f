/**
 * Renders one article as Markdown (docs/article-format.md): YAML frontmatter (opened by the
 * generated-marker comment when the article comes from a raw text), then the body —
 * paragraphs separated by blank lines, turns as `**label**：…` (colon outside the bold: valid
 * CommonMark), figures as `:::figure{credit="…"}` blocks, gaps as `::gap[…]`, headings as `##`.
 */
import { Document, Scalar } from 'yaml';
import type { ArticleInput } from './schema.ts';
import { generatedMarker } from '../../../scripts/lib/generated-marker.ts';
import type { BodyItem } from '../../../scripts/lib/stages/model.ts';

/** Escapes what Markdown would read as block syntax at the start of a paragraph (`1. `, `- `, `#`, `>`). */
export function escapeParagraphStart(text: string): string {
  return text.replace(/^(\d+)([.)])(\s)/, '$1\\$2$3').replace(/^([-+*#>])/, '\\$1');
}

function attribute(value: string): string {
  return value.replace(/"/g, '&quot;');
}

/** The Markdown body of the items. */
export function renderBody(items: readonly BodyItem[]): string {
  const blocks = items.map((item) => {
    switch (item.kind) {
      case 'paragraph':
        return item.label !== undefined ? `**${item.label}**：${item.text}` : escapeParagraphStart(item.text);
      case 'heading':
        return `## ${item.text}`;
      case 'gap':
        return `::gap[${item.note}]`;
      case 'figure': {
        const open = item.credit ? `:::figure{credit="${attribute(item.credit)}"}` : ':::figure';
        return [open, item.caption.map(escapeParagraphStart).join('\n\n'), ':::'].join('\n');
      }
    }
  });
  return `${blocks.join('\n\n')}\n`;
}

/** The whole file: frontmatter and body. */
export function renderArticle(front: ArticleInput, items: readonly BodyItem[]): string {
  const doc = new Document(front);
  // Quoted: YAML 1.1 readers (Astro's frontmatter parser) would read a bare 2024-06-13 as a Date.
  const date = doc.get('date', true);
  if (date instanceof Scalar) date.type = Scalar.QUOTE_DOUBLE;
  const yaml = doc.toString({ lineWidth: 0 });
  // The first line marks the file as the normalizer's own: only such files are ever replaced or removed.
  const marker = front.source ? `${generatedMarker(front.source.file)}\n` : '';
  return `---\n${marker}${yaml}---\n\n${renderBody(items)}`;
}
