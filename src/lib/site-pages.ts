/** Every HTML page of the site per locale, for the sitemap (and anything else that must list pages). */
import type { Archive } from './archive.ts';
import { listPages, speakerPagesOf } from './speaker-pages.ts';
import { archiveUrl, articleUrl, homeUrl, outletUrl, regionUrl, speakerPageUrl, speakersPageUrl } from './urls.ts';
import { localeList, type Locale } from '../i18n/locales.ts';

/** Paths of all localized HTML pages of one locale, in a stable order. */
export function localePagePaths(archive: Archive, locale: Locale): string[] {
  return [
    homeUrl(locale),
    archiveUrl(locale),
    ...listPages(archive.speakers(locale)).map((_, i) => speakersPageUrl(locale, i + 1)),
    outletUrl(locale),
    regionUrl(locale),
    ...archive.articles(locale).map((a) => articleUrl(locale, a.id)),
    ...archive.speakers(locale).flatMap((s) => speakerPagesOf(archive, locale, s.id).map((page) => speakerPageUrl(locale, s.id, page.number))),
    ...archive.outlets(locale).map((o) => outletUrl(locale, o.id)),
    ...archive.regions(locale).map((r) => regionUrl(locale, r.id)),
  ];
}

/** All localized page paths of all locales. */
export function allPagePaths(archive: Archive): string[] {
  return localeList.flatMap((locale) => localePagePaths(archive, locale));
}
