/**
 * UI strings per locale, as data (Starlight keeps its UI strings the same way). Keys are checked by
 * the type of `ui['zh-hans']`: a key missing from any locale is a type error.
 * Strings are written by hand in each script (not converted) so that UI wording can differ where
 * Simplified and Traditional usage differ.
 */
import type { Locale } from './locales.ts';

const zhHans = {
  'site.title': '新闻档案',
  'site.tagline': '中文新闻发布会与新闻报道的开放档案，简繁两种文字，可检索，可引用到每一段回答。',
  'nav.home': '首页',
  'nav.skip': '跳到正文',
  'nav.switchScript': '切换文字',
  'home.heading': '新闻档案',
  'home.otherScript': '繁體中文版',
  'notFound.title': '找不到这一页',
  'notFound.body': '这个地址没有页面。它可能已经移动，或者地址有误。',
  'notFound.back': '返回首页',
  'root.choose': '请选择文字：',
} as const;

type UiStrings = { readonly [K in keyof typeof zhHans]: string };

const zhHant: UiStrings = {
  'site.title': '新聞檔案',
  'site.tagline': '中文新聞發布會與新聞報導的開放檔案，簡繁兩種文字，可檢索，可引用到每一段回答。',
  'nav.home': '首頁',
  'nav.skip': '跳到正文',
  'nav.switchScript': '切換文字',
  'home.heading': '新聞檔案',
  'home.otherScript': '简体中文版',
  'notFound.title': '找不到這一頁',
  'notFound.body': '這個地址沒有頁面。它可能已經移動，或者地址有誤。',
  'notFound.back': '返回首頁',
  'root.choose': '請選擇文字：',
};

/** Every UI string key. */
export type UiKey = keyof UiStrings;

/** UI strings of each locale. */
export const ui: Record<Locale, UiStrings> = { 'zh-hans': zhHans, 'zh-hant': zhHant };

/** Returns a translator bound to one locale. */
export function useTranslations(locale: Locale): (key: UiKey) => string {
  return (key) => ui[locale][key];
}
