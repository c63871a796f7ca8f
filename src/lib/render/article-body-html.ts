/**
 * An article's body as one HTML string: paragraphs, headings, lists, figures, gap notes and Q&A
 * turns with their speaker line and cite control, each passage with its permalink and other-script
 * link, and the old anchors placed before the passages that replaced them. Built in one pass
 * instead of one Astro component per block, per passage control and per inline (issue 18: the
 * component tree was the largest part of an article page's render). The markup is what the
 * components rendered, byte for byte: text escaped as Astro escapes expressions, attributes as its
 * `addAttribute` does (absent when undefined, bare when empty).
 */
import type { UiTranslate } from '../../i18n/ui.ts';
import type { LocalizedArticle } from '../archive.ts';
import type { AnchorRedirect } from '../article/anchors.ts';
import type { Block, FigureBlock, Inline, ParagraphBlock, TurnBlock } from '../article/model.ts';
import type { ArticleView } from '../article-view.ts';
import { turnSpeakerName } from '../turn-speaker.ts';
import { siteUrl, speakerUrl } from '../urls.ts';
import { attribute, escapeAttribute, escapeText, inlinesHtml } from './inlines-html.ts';


/** Stands for the passage id in a label template; never part of a UI string (a control character). */
const idSlot = '\u0000';

/** A label with the passage id filled in, as an escaped attribute value, from the label filled with {@link idSlot}; given the id already escaped. */
function idLabel(filled: string): (escapedId: string) => string {
  const parts = filled.split(idSlot).map(escapeAttribute);
  return (escapedId) => parts.join(escapedId);
}

/** What the cite control shows: the citation, its permalink and the same anchor in the other script. */
export interface CiteHtmlProps {
  /** The citation without its permalink (`citationText()`). */
  text: string;
  /** Site path of the permalink, with its anchor. */
  path: string;
  site: URL | undefined;
  anchor: string;
  otherScriptHref: string;
  otherLang: string;
  labels: { summary: string; copy: string; permalink: string; otherScript: string };
}

/**
 * The cite control: a `<details>` whose summary is a button-sized “引用”, the citation text, a
 * permalink (absolute with a public origin, else the site path the page script completes from
 * `data-path`), the other script's anchor and a copy button the page script reveals.
 */
export function citeHtml({ text, path, site, anchor, otherScriptHref, otherLang, labels }: CiteHtmlProps): string {
  return (
    `<details class="cite"><summary>${escapeText(labels.summary)}</summary><div class="cite-box">` +
    `<p class="cite-text"><span class="cite-words">${escapeText(text)}</span><span class="cite-url"${attribute('data-path', site ? undefined : path)}>${escapeText(siteUrl(path, site))}</span></p>` +
    `<p class="cite-links"><a${attribute('href', `#${anchor}`)}>${escapeText(labels.permalink)}</a><a${attribute('href', otherScriptHref)}${attribute('hreflang', otherLang)}${attribute('lang', otherLang)}>${escapeText(labels.otherScript)}</a><button type="button" class="cite-copy" hidden>${escapeText(labels.copy)}</button></p>` +
    `</div></details>`
  );
}

/** Renders one article's body (the children of `.article-body`) in its page's locale. */
export function articleBodyHtml(article: LocalizedArticle, view: ArticleView, t: UiTranslate, site: URL | undefined): string {
  const gapLabel = t('gap.label');
  const addedTitle = (proof: string): string => (proof ? t('editorial.addedProof', { proof }) : t('editorial.added'));
  const inlines = (children: readonly Inline[]): string => inlinesHtml(children, gapLabel, addedTitle);
  const figureLabel = t('figure.label');
  const figureNotHeld = t('figure.notHeld');
  const creditLabel = t('figure.credit');
  const citeLabels = { summary: t('cite.summary'), copy: t('cite.copy'), permalink: t('cite.permalink'), otherScript: t('cite.otherScript') };
  const other = view.other;

  // Old anchors that now lead to the passage `id`, each with its note.
  const moved = (id: string): string => {
    const redirects: readonly AnchorRedirect[] = view.movedTo.get(id) ?? [];
    let html = '';
    for (const r of redirects) html += `<span class="moved-anchor"${attribute('id', r.id)}${attribute('data-successor', r.successor)}><span class="moved-note" role="note">${escapeText(t(`anchor.${r.reason}`, { id: r.id }))}</span></span>`;
    return html;
  };
  // ¶ (the passage's permalink) and the same passage in the other script: every passage has them, so what does not
  // depend on the passage is built once per page (escaping is per character: the escaped parts join to the escaped whole).
  const pinLabel = idLabel(t('cite.passageLabel', { id: idSlot }));
  const otherLabel = idLabel(t('cite.otherScriptLabel', { id: idSlot }));
  const otherAttrs = `${attribute('hreflang', other.lang)}${attribute('lang', other.lang)}${attribute('data-locale', other.locale)}`;
  const otherShort = escapeText(other.short);
  const tools = (id: string): string => {
    const escaped = escapeAttribute(id);
    const pin = pinLabel(escaped);
    const otherText = otherLabel(escaped);
    return `<span class="passage-tools"><a class="pin" href="#${escaped}" aria-label="${pin}" title="${pin}">¶</a><a class="passage-other"${attribute('href', view.otherHref(id))}${otherAttrs} aria-label="${otherText}" title="${otherText}">${otherShort}</a></span>`;
  };
  const passage = (p: ParagraphBlock, tag: 'p' | 'li'): string => `<${tag}${attribute('id', p.id)}>${tag === 'li' ? moved(p.id) : ''}${inlines(p.children)}${tools(p.id)}</${tag}>`;
  const figure = (f: FigureBlock): string => {
    let lines = '';
    for (const line of f.children) lines += `<span class="caption-line">${inlines(line.children)}</span>`;
    const credit = f.credit ? `<span class="credit"><span class="visually-hidden">${escapeText(creditLabel)}：</span>${escapeText(f.credit)}</span>` : '';
    return `<figure class="figure"${attribute('id', f.id)}${attribute('aria-label', figureLabel)}><p class="figure-label"><span class="figure-kind">${escapeText(figureLabel)}</span><span class="figure-not-held">${escapeText(figureNotHeld)}</span></p><figcaption>${lines}${credit}</figcaption></figure>`;
  };
  const turn = (block: TurnBlock): string => {
    const participant = block.speakerId ? article.participants.find((p) => p.id === block.speakerId) : undefined;
    const cite = view.turns.get(block.id);
    const who = block.speakerId
      ? `<a class="turn-speaker"${attribute('href', speakerUrl(article.locale, block.speakerId))}>${escapeText(turnSpeakerName(block, participant))}</a>`
      : `<span class="turn-speaker">${escapeText(block.label)}</span>`;
    let html = `<div${attribute('class', `turn turn-${block.role}`)}${attribute('id', block.id)}>${moved(block.id)}<div class="turn-who"><span class="turn-role">${escapeText(t(`turn.${block.role}`))}</span>${who}`;
    if (participant?.position) html += `<span class="turn-position">${escapeText(participant.position)}</span>`;
    if (cite) html += citeHtml({ text: cite.text, path: cite.path, site, anchor: block.id, otherScriptHref: view.otherHref(block.id), otherLang: other.lang, labels: citeLabels });
    html += '</div>';
    for (const child of block.children) html += moved(child.id) + (child.type === 'paragraph' ? passage(child, 'p') : figure(child));
    return `${html}</div>`;
  };
  const block = (b: Block): string => {
    switch (b.type) {
      case 'paragraph':
        return passage(b, 'p');
      case 'heading':
        return `<h2${attribute('id', b.id)}>${inlines(b.children)}</h2>`;
      case 'figure':
        return figure(b);
      case 'gap':
        return `<p class="gap-block"${attribute('id', b.id)}>〔${escapeText(b.note)}〕</p>`;
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        let items = '';
        for (const item of b.children) items += passage(item, 'li');
        return `<${tag}${attribute('id', b.id)}>${items}</${tag}>`;
      }
      case 'turn':
        return turn(b);
    }
  };

  let html = '';
  // A turn places its retired anchors inside itself (right after its opening tag), every other block before it: once each.
  for (const b of article.blocks) html += (b.type === 'turn' ? '' : moved(b.id)) + block(b);
  return html;
}
