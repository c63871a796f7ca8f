/**
 * Links in an article may only lead to web pages, mail addresses or places in the archive: a
 * `javascript:`, `data:` or `vbscript:` URL would run code when a reader clicks it (the site renders
 * text escaped, but a link's URL is an attribute the browser acts on).
 * @see https://url.spec.whatwg.org/#url-parsing (browsers drop tabs and newlines inside URLs)
 */
import type { Block, Inline } from '../../../src/lib/article-model.ts';

/** URL schemes a link may use; a URL without a scheme (`/zh-hans/…`, `#t3`) is a place in the archive. */
const allowedSchemes = new Set(['http', 'https', 'mailto']);

/** The scheme of a URL as a browser reads it (control characters and spaces ignored), or null. */
export function urlScheme(url: string): string | null {
  const compact = url.replace(/[\u0000-\u0020\u007F]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return match ? match[1]!.toLowerCase() : null;
}

/** Whether a link URL is safe to put in `href`. */
export function isSafeLinkUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === null || allowedSchemes.has(scheme);
}

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
