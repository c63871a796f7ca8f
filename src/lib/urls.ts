/** URL builders: the archive's URL scheme lives here and nowhere else. */
import type { Locale } from '../i18n/locales.ts';

/** Home page of a locale, e.g. `/zh-hans/`. */
export function homeUrl(locale: Locale): string {
  return `/${locale}/`;
}

/** The same path in another locale: swaps the leading locale segment, keeps the rest and the hash. */
export function switchLocaleUrl(path: string, to: Locale): string {
  return path.replace(/^\/zh-han[st](?=\/|$)/, `/${to}`);
}
