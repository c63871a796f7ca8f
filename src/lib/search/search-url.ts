/** URLs of the search page: a search is shareable and citable by its URL. */
import type { Locale } from '../../i18n/locales.ts';

/** Query parameters of the search page, in the order they appear in URLs. */
export const searchParamNames = ['q', 'speaker', 'asker', 'outlet', 'region', 'year', 'kind', 'sort'] as const;

/** A search as URL parameters; empty values are left out. */
export type SearchParams = Partial<Record<(typeof searchParamNames)[number], string>>;

/**
 * The search page of a locale, optionally with a query and filters.
 * @example searchUrl('zh-hant', { q: '新质生产力' }) // '/zh-hant/search/?q=%E6%96%B0…'
 * @example searchUrl('zh-hans', { speaker: 'ren-zhenhe' }) // '/zh-hans/search/?speaker=ren-zhenhe' (search within one speaker)
 */
export function searchUrl(locale: Locale, params: SearchParams = {}): string {
  const query = new URLSearchParams();
  for (const name of searchParamNames) {
    const value = params[name]?.trim();
    if (value) query.set(name, value);
  }
  const text = query.toString();
  return `/${locale}/search/${text ? `?${text}` : ''}`;
}

/** Reads the search parameters of a URL's query string. */
export function readSearchParams(search: string): SearchParams {
  const query = new URLSearchParams(search);
  const out: SearchParams = {};
  for (const name of searchParamNames) {
    const value = query.get(name)?.trim();
    if (value) out[name] = value;
  }
  return out;
}
