/**
 * Links in an article may only lead to web pages, mail addresses or places in the archive: a
 * `javascript:`, `data:` or `vbscript:` URL would run code when a reader clicks it (the site renders
 * text escaped, but a link's URL is an attribute the browser acts on).
 * The rule itself lives in src/lib/safe-url.ts, shared with the template that renders links.
 */
import type { Block, Inline } from '../../../src/lib/article/model.ts';

export { isSafeLinkUrl, urlScheme } from '../../../src/lib/safe-url.ts';

function linksIn(inlines: readonly Inline[]): string[] {
  return inlines.flatMap((inline) => (inline.type === 'link' ? [inline.url, ...linksIn(inline.children)] : 'children' in inline ? linksIn(inline.children) : []));
}

/** Every link URL of a parsed body, in document order. */
export function linkUrls(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return linksIn(block.inlines);
      case 'figure':
        return block.caption.flatMap(linksIn);
      case 'list':
        return block.items.flatMap((item) => linksIn(item.inlines));
      case 'turn':
        return block.children.flatMap((child) => (child.type === 'paragraph' ? linksIn(child.inlines) : child.caption.flatMap(linksIn)));
      default:
        return [];
    }
  });
}
