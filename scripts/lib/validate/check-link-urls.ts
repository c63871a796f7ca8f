/**
 * Links in an article may only lead to web pages, mail addresses or places in the archive: a
 * `javascript:`, `data:` or `vbscript:` URL would run code when a reader clicks it (the site renders
 * text escaped, but a link's URL is an attribute the browser acts on).
 * The rule itself lives in src/lib/safe-url.ts, shared with the template that renders links.
 */
import { visit, type Block } from '../../../src/lib/article/model.ts';

export { isSafeLinkUrl, urlScheme } from '../../../src/lib/safe-url.ts';

/** Every link URL of a parsed body, in document order. */
export function linkUrls(blocks: readonly Block[]): string[] {
  const urls: string[] = [];
  visit(blocks, (node) => {
    if (node.type === 'link') urls.push(node.url);
  });
  return urls;
}
