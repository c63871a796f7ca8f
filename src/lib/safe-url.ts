/**
 * Which link URLs may become an `href`: web pages, mail addresses and places in the archive. A
 * `javascript:`, `data:` or `vbscript:` URL would run code when a reader clicks it, so the site
 * renders such a link as its plain text, and `npm run validate` refuses it in an article.
 * @see https://url.spec.whatwg.org/#url-parsing (browsers drop tabs and newlines inside URLs)
 */

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
