/** URL builders: the archive's URL scheme lives here and nowhere else. Every path ends with `/` or a file name. */
import { localeOfPath, type Locale } from '../i18n/locales.ts';

/** Home page of a locale, e.g. `/zh-hans/`. */
export function homeUrl(locale: Locale): string {
  return `/${locale}/`;
}

/**
 * The same path in another locale: swaps the leading locale segment (read against the locale
 * table), keeps the rest, the query and the hash; a path outside the locales is returned as is.
 * @example switchLocaleUrl('/zh-hans/articles/x/#t5', 'zh-hant') // '/zh-hant/articles/x/#t5'
 */
export function switchLocaleUrl(path: string, to: Locale): string {
  const from = localeOfPath(path);
  return from ? `/${to}${path.slice(from.length + 1)}` : path;
}

/** An article page, optionally at an anchor, e.g. `/zh-hant/articles/2024-06-13-x/#t5`. */
export function articleUrl(locale: Locale, id: string, anchor?: string): string {
  return `/${locale}/articles/${id}/${anchor ? `#${anchor}` : ''}`;
}

/** The list of all speakers. */
export function speakersUrl(locale: Locale): string {
  return `/${locale}/speakers/`;
}

/** One page of the list of all speakers: page 1 is `speakersUrl`, later ones `…/speakers/page/2/`. */
export function speakersPageUrl(locale: Locale, page: number): string {
  return page <= 1 ? speakersUrl(locale) : `/${locale}/speakers/page/${page}/`;
}

/** One speaker's page, optionally at an anchor. */
export function speakerUrl(locale: Locale, id: string, anchor?: string): string {
  return `/${locale}/speakers/${id}/${anchor ? `#${anchor}` : ''}`;
}

/**
 * One page of a speaker's answers: page 1 is the speaker's page, later ones `…/page/2/`.
 * @example speakerPageUrl('zh-hans', 'ren-zhenhe', 2) // '/zh-hans/speakers/ren-zhenhe/page/2/'
 */
export function speakerPageUrl(locale: Locale, id: string, page: number): string {
  return page <= 1 ? speakerUrl(locale, id) : `/${locale}/speakers/${id}/page/${page}/`;
}

/** Articles by date; `year` jumps to that year's section. */
export function archiveUrl(locale: Locale, year?: string): string {
  return `/${locale}/archive/${year ? `#y${year}` : ''}`;
}

/** The list of outlets, or one outlet's articles. */
export function outletUrl(locale: Locale, id?: string): string {
  return `/${locale}/outlets/${id ? `${id}/` : ''}`;
}

/** The list of regions, or one region's articles. */
export function regionUrl(locale: Locale, id?: string): string {
  return `/${locale}/regions/${id ? `${id}/` : ''}`;
}

/** Atom feed of a locale's articles. */
export function feedUrl(locale: Locale): string {
  return `/${locale}/feed.xml`;
}

/** Atom feed of one speaker's answers and statements. */
export function speakerFeedUrl(locale: Locale, id: string): string {
  return `/${locale}/speakers/${id}/feed.xml`;
}

/** The raw source text exactly as received. */
export function sourceUrl(sourceId: string): string {
  return `/sources/${sourceId}.txt`;
}

/** Datasets researchers can download. */
export type ExportDataset = 'articles' | 'turns';
/** Formats of the datasets. */
export type ExportFormat = 'json' | 'csv';

/** A data export in one locale's script, e.g. `/exports/turns.zh-hant.csv`. */
export function exportUrl(dataset: ExportDataset, locale: Locale, format: ExportFormat): string {
  return `/exports/${dataset}.${locale}.${format}`;
}

/**
 * A site path as the archive publishes it in citations, feeds, exports, the sitemap and the terminal:
 * absolute against the public origin (ARCHIVE_SITE) when one is configured, else the path itself —
 * never a guessed origin such as localhost. A page completes a path with its own `location.origin`
 * at run time (the cite control of `citeHtml()`, src/lib/render/article-body-html.ts); a file resolves it against its own address.
 * @example siteUrl('/zh-hans/', 'https://archive.example.org') // 'https://archive.example.org/zh-hans/'
 * @example siteUrl('/zh-hans/', undefined) // '/zh-hans/'
 */
export function siteUrl(path: string, site: URL | string | undefined): string {
  return site ? new URL(path, site).href : path;
}

/** Makes a site path absolute against an origin. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}
