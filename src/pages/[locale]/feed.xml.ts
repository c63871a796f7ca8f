/** Atom feed of a locale: every article, newest first. */
import type { APIRoute } from 'astro';
import { assertLocale, localePaths, locales } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { articleEntries, atomFeed } from '../../lib/feeds.ts';
import { loadArchive } from '../../lib/load-archive.ts';
import { absoluteUrl, feedUrl, homeUrl } from '../../lib/urls.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site, url }) => {
  const locale = assertLocale(params.locale);
  const base = site ?? url;
  const archive = await loadArchive();
  const body = atomFeed({
    title: useTranslations(locale)('feed.title'),
    url: absoluteUrl(homeUrl(locale), base),
    self: absoluteUrl(feedUrl(locale), base),
    lang: locales[locale].lang,
    entries: articleEntries(archive.articles(locale), base),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
