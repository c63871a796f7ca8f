/**
 * The sitemap (sitemaps.org 0.9) with each page's other-script version as an `xhtml:link` alternate.
 * @see https://developers.google.com/search/docs/specialty/international/localized-versions#sitemap
 */
import { escapeXml } from './xml.ts';

/** One page: its URL and its versions in every locale (itself included). */
export interface SitemapPage {
  loc: string;
  alternates: { lang: string; href: string }[];
}

/** Serializes pages into sitemap XML. */
export function sitemapXml(pages: readonly SitemapPage[]): string {
  const urls = pages.map(
    (page) =>
      `  <url>\n    <loc>${escapeXml(page.loc)}</loc>\n${page.alternates.map((alt) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(alt.lang)}" href="${escapeXml(alt.href)}"/>\n`).join('')}  </url>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
