/** Atom feed of one speaker: one entry per event they spoke at. */
import type { APIRoute } from 'astro';
import { assertLocale, localeList, locales } from '../../../../i18n/locales.ts';
import { useTranslations } from '../../../../i18n/ui.ts';
import { atomFeed, speakerEntries } from '../../../../lib/feeds.ts';
import { loadArchive } from '../../../../lib/load-archive.ts';
import { siteUrl, speakerFeedUrl, speakerUrl } from '../../../../lib/urls.ts';

export async function getStaticPaths() {
  const archive = await loadArchive();
  return localeList.flatMap((locale) => archive.speakers(locale).map((speaker) => ({ params: { locale, id: speaker.id }, props: { name: speaker.name } })));
}

export const GET: APIRoute = async ({ params, props, site }) => {
  const locale = assertLocale(params.locale);
  const id = String(params.id);
  const base = site;
  const archive = await loadArchive();
  const body = atomFeed({
    title: `${String(props.name)}${useTranslations(locale)('feed.speakerTitle')}`,
    url: siteUrl(speakerUrl(locale, id), base),
    self: siteUrl(speakerFeedUrl(locale, id), base),
    lang: locales[locale].lang,
    entries: speakerEntries(archive.speakerActivity(locale, id).events, base),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
