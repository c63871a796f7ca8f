/**
 * What an article page shows around the text, computed before rendering so the templates only
 * render: each turn's citation, every passage's permalink and other-script link, and the old
 * anchors to place before the passages that replaced them.
 */
import type { LocalizedArticle } from './archive.ts';
import type { AnchorRedirect } from './article/anchors.ts';
import { citationText } from './citation.ts';
import { questionBefore } from './speaker-activity.ts';
import { articleUrl } from './urls.ts';
import { locales, otherLocale } from '../i18n/locales.ts';
import { pushTo } from './multimap.ts';

/** A turn's or the article's citation: the words, and the permalink's site path. */
export interface CiteView {
  text: string;
  path: string;
}

/** The page's view of an article. */
export interface ArticleView {
  /** The article's own citation (anchor `top`). */
  article: CiteView;
  /** Citation of each turn, by its anchor id. */
  turns: ReadonlyMap<string, CiteView>;
  /** The same passage in the other script (a static page cannot read the address's fragment). */
  otherHref: (anchor?: string) => string;
  other: { locale: string; lang: string; short: string };
  /** Old anchors leading to a passage, by the passage's id. */
  movedTo: ReadonlyMap<string, readonly AnchorRedirect[]>;
}

/** Computes the view of one localized article. */
export function articleView(article: LocalizedArticle): ArticleView {
  const other = otherLocale(article.locale);
  const turns = new Map<string, CiteView>();
  article.blocks.forEach((block, index) => {
    if (block.type !== 'turn') return;
    const question = block.role === 'answer' ? questionBefore(article.blocks, index) : undefined;
    turns.set(block.id, { text: citationText(question ? { article, turn: block, question } : { article, turn: block }, article.script), path: articleUrl(article.locale, article.id, block.id) });
  });
  const movedTo = new Map<string, AnchorRedirect[]>();
  for (const redirect of article.movedAnchors) pushTo(movedTo, redirect.successor, redirect);
  return {
    article: { text: citationText({ article }, article.script), path: articleUrl(article.locale, article.id) },
    turns,
    otherHref: (anchor) => articleUrl(other, article.id, anchor),
    other: { locale: other, lang: locales[other].lang, short: locales[other].short },
    movedTo,
  };
}
