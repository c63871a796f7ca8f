/** sitemap.xml: every localized page with its other-script alternate. */
import type { APIRoute } from 'astro';
import { localeList, locales } from '../i18n/locales.ts';
import { loadArchive } from '../lib/load-archive.ts';
import { localePagePaths } from '../lib/site-pages.ts';
import { sitemapXml } from '../lib/sitemap.ts';
import { siteUrl, switchLocaleUrl } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  // Sitemaps need absolute URLs: without ARCHIVE_SITE the build warns, and these are site paths.
  const base = site;
  const archive = await loadArchive();
  const pages = localeList.flatMap((locale) =>
    localePagePaths(archive, locale).map((path) => ({
      loc: siteUrl(path, base),
      alternates: localeList.map((other) => ({ lang: locales[other].lang, href: siteUrl(switchLocaleUrl(path, other), base) })),
    })),
  );
  return new Response(sitemapXml(pages), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
