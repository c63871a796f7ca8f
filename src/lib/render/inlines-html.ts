/**
 * Inline content of the article model as an HTML string (what `articleBodyHtml()` puts in each
 * passage, caption line and heading), built in one pass instead of one Astro component per nested
 * inline (bench/results.md: a page of the archive renders a few hundred inlines). Text is escaped as
 * Astro escapes expressions, attributes as Astro escapes attribute values; links keep their URL
 * unconverted, and a link whose URL could run code (javascript:, data:…) is rendered as its text only.
 */
import type { Inline } from '../article/model.ts';
import { isSafeLinkUrl } from '../safe-url.ts';

const textEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '"': '&quot;' };

/** Escapes text content the way Astro escapes an expression (`& < > ' "`). */
export function escapeText(text: string): string {
  return text.replace(/[&<>'"]/g, (char) => textEntities[char] ?? char);
}

/** Escapes an attribute value the way Astro's `addAttribute` does (`&` and `"`). */
export function escapeAttribute(value: string): string {
  // Most values (ids, URLs, Chinese labels) hold neither: two scans for a character are cheaper than two replacements.
  if (!value.includes('&') && !value.includes('"')) return value;
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/**
 * An attribute as Astro's `addAttribute` writes it: nothing for undefined, the bare name for `''`.
 * @example attribute('hreflang', 'zh-Hant') // ' hreflang="zh-Hant"'
 */
export function attribute(name: string, value: string | undefined): string {
  if (value === undefined) return '';
  return value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`;
}

/**
 * Renders inlines to HTML; `gapLabel` is the title of a gap note and `addedTitle(proof)` that of an
 * editorial addition, in the page's language.
 * @example inlinesHtml([{ type: 'strong', children: [{ type: 'text', value: 'a<b' }] }], '缺文') → '<strong>a&lt;b</strong>'
 */
export function inlinesHtml(inlines: readonly Inline[], gapLabel: string, addedTitle: (proof: string) => string = () => ''): string {
  let html = '';
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
        html += escapeText(inline.value);
        break;
      case 'break':
        html += '<br>';
        break;
      case 'gap':
        html += `<span class="editorial gap-note" title="${escapeAttribute(gapLabel)}">〔${escapeText(inline.note)}〕</span>`;
        break;
      case 'added':
        // Editorial marks share one convention: what the editor supplied stands in 〔〕 with a tooltip naming its evidence.
        html += `<ins class="editorial added" title="${escapeAttribute(addedTitle(inline.proof))}">〔${escapeText(inline.text)}〕</ins>`;
        break;
      case 'strong':
        html += `<strong>${inlinesHtml(inline.children, gapLabel, addedTitle)}</strong>`;
        break;
      case 'emphasis':
        html += `<em>${inlinesHtml(inline.children, gapLabel, addedTitle)}</em>`;
        break;
      case 'link':
        html += isSafeLinkUrl(inline.url) ? `<a href="${escapeAttribute(inline.url)}">${inlinesHtml(inline.children, gapLabel, addedTitle)}</a>` : inlinesHtml(inline.children, gapLabel, addedTitle);
        break;
    }
  }
  return html;
}
