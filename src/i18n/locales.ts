/**
 * The archive's locales: one per Chinese script. Every route is generated once per entry here, and
 * the locale of a page is derived from its URL segment, never stored in content.
 * `other` is the locale a page's script switch and other-script links go to (the only place that
 * pairs locales). To add a locale, add an entry and its table in `translations/`; the type checker
 * lists what is missing.
 */
export const locales = {
  'zh-hans': { lang: 'zh-Hans', script: 'hans', name: '简体中文', short: '简', other: 'zh-hant' },
  'zh-hant': { lang: 'zh-Hant', script: 'hant', name: '繁體中文', short: '繁', other: 'zh-hans' },
} as const satisfies Record<string, { lang: string; script: string; name: string; short: string; other: string }>;

/** A URL segment naming a locale, e.g. `zh-hant`. */
export type Locale = keyof typeof locales;

/** The script an article is published in or a page is shown in. */
export type Script = (typeof locales)[Locale]['script'];

/** All locales in display order. */
export const localeList = Object.keys(locales) as Locale[];

/** The locale a page's script switch leads to, e.g. `zh-hant` for `zh-hans`. */
export function otherLocale(locale: Locale): Locale {
  return locales[locale].other;
}

/** Whether a string names a locale. */
export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && Object.hasOwn(locales, value);
}

/**
 * The locale of a site path from its first segment, or undefined outside the locales (`/`, `/exports/…`).
 * @example localeOfPath('/zh-hant/articles/x/') // 'zh-hant'
 */
export function localeOfPath(path: string): Locale | undefined {
  const segment = path.split(/[/?#]/)[1];
  return isLocale(segment) ? segment : undefined;
}

/** The locale that shows a given script. */
export function localeOfScript(script: Script): Locale {
  const found = localeList.find((locale) => locales[locale].script === script);
  if (!found) throw new Error(`no locale shows script ${script}`);
  return found;
}

/** The script of the other locale, e.g. `hant` for `hans`. */
export function otherScript(script: Script): Script {
  return locales[otherLocale(localeOfScript(script))].script;
}

/** Narrows a route parameter to a Locale, throwing on anything else. */
export function assertLocale(value: string | undefined): Locale {
  if (isLocale(value)) return value;
  throw new Error(`unknown locale ${JSON.stringify(value)}; expected one of ${localeList.join(', ')}`);
}

/** `getStaticPaths` entries for a page that exists once per locale. */
export function localePaths(): { params: { locale: Locale } }[] {
  return localeList.map((locale) => ({ params: { locale } }));
}

/**
 * Picks the locale for a reader from their browser languages (`navigator.languages`):
 * Traditional for zh-Hant, zh-TW, zh-HK and zh-MO, Simplified for any other Chinese and as default.
 * @example pickLocale(['zh-HK', 'en']) // 'zh-hant'
 */
export function pickLocale(languages: readonly string[]): Locale {
  for (const raw of languages) {
    const tag = raw.toLowerCase();
    if (!tag.startsWith('zh')) continue;
    if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) return 'zh-hant';
    return 'zh-hans';
  }
  return 'zh-hans';
}
