/** XML text escaping for feeds and the sitemap. */

/**
 * Code points XML 1.0 forbids in a document, even as character references (§2.2 `Char`): C0
 * controls except tab, LF and CR, lone surrogates, U+FFFE and U+FFFF. Validation rejects them in
 * articles; this is the backstop so that no text, however it got here, makes a feed ill-formed.
 * @see https://www.w3.org/TR/xml/#charsets
 */
const notXmlChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces every code point XML 1.0 cannot carry with U+FFFD, so the damage stays visible (`'a\u0000b'` → `'a\uFFFDb'`). */
export function xmlSafeText(text: string): string {
  return text.replace(notXmlChar, '\uFFFD');
}

/** Escapes text for XML element content and double-quoted attributes; characters XML cannot carry become U+FFFD. */
export function escapeXml(text: string): string {
  return xmlSafeText(text).replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char);
}
