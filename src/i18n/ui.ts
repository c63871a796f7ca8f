/**
 * The translation system: one table per locale (`translations/zh-hans.ts`, `translations/zh-hant.ts`)
 * and `useTranslations(locale)` giving `t(key, vars)`, as Starlight's `createTranslationSystem`
 * does. Every page, component, script and the terminal (`npm run quote`) take their strings here;
 * there is no second strings file.
 */
import type { Locale } from './locales.ts';
import zhHans from './translations/zh-hans.ts';
import zhHant from './translations/zh-hant.ts';
import { createTranslator, type Translate } from './translator.ts';
import type { UiKey, UiStrings, UiTable } from './ui-shape.ts';

export type { UiKey, UiStrings, UiTable } from './ui-shape.ts';

/** UI strings of each locale. */
export const translations: Readonly<Record<Locale, UiStrings>> = { 'zh-hans': zhHans, 'zh-hant': zhHant };

/** `t(key, vars)` bound to one locale. */
export type UiTranslate = Translate<UiTable>;

const translators = new Map<Locale, UiTranslate>();

/**
 * Returns the translator of one locale.
 * @example useTranslations('zh-hant')('search.count', { n: 3 }) // '找到 3 段原文。'
 */
export function useTranslations(locale: Locale): UiTranslate {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = createTranslator<UiTable>(translations[locale])));
  return t;
}

/** Some keys of one locale's table, for a browser script to build its translator from (`createTranslator`). */
export function pickTranslations<K extends UiKey>(locale: Locale, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, translations[locale][key]])) as Record<K, string>;
}
