/**
 * An article page's content (what the page frame's `<main>` holds before the page script) as one
 * HTML string: the header with the article's data, the standfirst, the body (`articleBodyHtml()`),
 * the article's cite control and the provenance panel. Built in one pass instead of a template with
 * two components and a few dozen expressions (issue 18: Astro's per-component and per-expression
 * work was most of what an article page cost beyond its body). The markup is what the template and
 * the components rendered, byte for byte: text escaped as Astro escapes expressions, attributes as
 * its `addAttribute` does, no whitespace between tags (the compiler drops it).
 */
import { locales, localeOfScript } from '../../i18n/locales.ts';
import type { UiTranslate } from '../../i18n/ui.ts';
import type { LocalizedArticle, LocalizedParticipant } from '../archive.ts';
import { countGaps } from '../article-stats.ts';
import type { ArticleView } from '../article-view.ts';
import { formatDate } from '../citation.ts';
import { dateKindLabel, repairRows } from '../provenance.ts';
import { articleUrl, outletUrl, regionUrl, sourceUrl, speakerUrl } from '../urls.ts';
import { articleBodyHtml, citeHtml } from './article-body-html.ts';
import { attribute, escapeText } from './inlines-html.ts';


/** A `<dt>`/`<dd>` pair of the article's data list, its value already HTML. */
function row(term: string, valueHtml: string): string {
  return `<dt>${escapeText(term)}</dt><dd>${valueHtml}</dd>`;
}

/** Participants linked to their pages, with the position the article prints, separated by 、. */
function peopleHtml(people: readonly LocalizedParticipant[], locale: LocalizedArticle['locale']): string {
  let html = '';
  people.forEach((p, i) => {
    if (i > 0) html += '、';
    html += `<a${attribute('href', speakerUrl(locale, p.id))}>${escapeText(p.name)}</a>`;
    if (p.position) html += escapeText(`（${p.position}）`);
  });
  return html;
}

/** The page header: kicker, title (and its basis), subtitle, the article's data and the script note. */
function headerHtml(article: LocalizedArticle, t: UiTranslate): string {
  const locale = article.locale;
  const dateKind = dateKindLabel(article.dateBasis, t);
  const host = article.participants.filter((p) => p.role === 'host');
  const speakers = article.participants.filter((p) => p.role !== 'host');
  let html = '<header class="article-header">';
  if (article.kicker) html += `<p class="kicker">${escapeText(article.kicker)}</p>`;
  html += `<h1 id="top">${escapeText(article.title)}</h1>`;
  if (article.titleBasis) html += `<p class="title-basis"><span class="editorial composed-title"${attribute('title', article.titleBasis)}>〔${escapeText(t('editorial.composedTitle'))}〕</span>${escapeText(t('editorial.composedTitleNote'))}。</p>`;
  if (article.subtitle) html += `<p class="subtitle">${escapeText(article.subtitle)}</p>`;
  html += '<dl class="meta-list article-meta">';
  html += row(t('article.date'), `<time${attribute('datetime', article.date)}>${escapeText(formatDate(article.date))}</time>${dateKind ? `<span class="date-kind">（${escapeText(dateKind)}）</span>` : ''}`);
  html += row(t('article.outlet'), article.outlet !== undefined && article.outletId !== undefined ? `<a${attribute('href', outletUrl(locale, article.outletId))}>${escapeText(article.outlet)}</a>` : `<span class="not-stated">${escapeText(t('article.notStated'))}</span>`);
  if (article.authors.length > 0) html += row(t('article.by'), escapeText(article.authors.join('、')));
  html += row(t('article.region'), `<a${attribute('href', regionUrl(locale, article.regionId))}>${escapeText(article.region)}</a>`);
  if (article.event) html += row(t('article.event'), escapeText(article.event));
  if (host.length > 0) html += row(t('article.host'), peopleHtml(host, locale));
  if (speakers.length > 0) html += row(t('article.participants'), peopleHtml(speakers, locale));
  html += '</dl><p class="script-note">';
  const original = localeOfScript(article.originalScript);
  if (original === locale) html += escapeText(t('article.publishedIn'));
  else {
    const lang = locales[original].lang;
    html += `${escapeText(t('article.publishedInOther'))} <a${attribute('href', articleUrl(original, article.id))}${attribute('hreflang', lang)}${attribute('lang', lang)}>${escapeText(t('article.viewOriginal'))}（${escapeText(locales[original].name)}）</a>`;
  }
  return `${html}</p></header>`;
}

/** The provenance panel: source, script, encoding, the date's basis, the title's basis, the outlet, every repair, gaps, raw text. */
export function provenanceHtml(article: LocalizedArticle, gaps: number, t: UiTranslate): string {
  const source = article.source;
  const dateKind = dateKindLabel(article.dateBasis, t);
  let html = `<section class="provenance" aria-labelledby="provenance-heading"><h2 id="provenance-heading">${escapeText(t('provenance.heading'))}</h2><dl class="meta-list">`;
  html += row(t('provenance.script'), escapeText(t(`script.${article.originalScript}`)));
  if (source) {
    html += row(t('provenance.source'), `<code>${escapeText(source.id)}</code>${source.parts && source.part ? escapeText(`（${source.part}/${source.parts}）`) : ''}`);
    html += row(t('provenance.encoding'), `<code>${escapeText(source.encoding)}</code>`);
    html += row(t('provenance.sha256Label'), `<code class="hash" title="SHA-256">${escapeText(source.sha256)}</code>`);
  }
  html += row(t('provenance.dateBasis'), `${dateKind ? `${escapeText(dateKind)}。` : ''}${escapeText(t(`dateBasis.${article.dateBasis.method}`))}：${escapeText(article.dateBasis.evidence)}`);
  if (article.titleBasis) html += row(t('provenance.titleBasis'), escapeText(article.titleBasis));
  if (article.outlet === undefined) html += row(t('provenance.outlet'), escapeText(t('provenance.outletNotStated')));
  let repairs = '';
  if (article.repairs.length === 0) repairs = escapeText(t('provenance.noRepairs'));
  else {
    repairs = '<ul class="repairs">';
    for (const r of repairRows(article.repairs, t)) repairs += `<li${attribute('data-rule', r.rule)}>${escapeText(r.label)}：${escapeText(r.count)}${r.note ? `。${escapeText(r.note)}` : ''}</li>`;
    repairs += '</ul>';
  }
  html += row(t('provenance.repairs'), repairs);
  html += row(t('provenance.gaps'), String(gaps));
  html += '</dl>';
  html += source ? `<p><a${attribute('href', sourceUrl(source.id))} type="text/plain">${escapeText(t('provenance.raw'))}</a></p>` : `<p>${escapeText(t('provenance.none'))}</p>`;
  return `${html}</section>`;
}

/**
 * Renders the `<article>` of an article page in its locale; `site` is the public origin, if any
 * (then permalinks are absolute, else the page script completes them).
 */
export function articlePageHtml(article: LocalizedArticle, view: ArticleView, t: UiTranslate, site: URL | undefined): string {
  let html = `<article class="article">${headerHtml(article, t)}`;
  if (article.standfirst) html += `<p class="standfirst" id="standfirst"><span class="standfirst-label">${escapeText(t('article.standfirst'))}</span>${escapeText(article.standfirst)}</p>`;
  html += `<div class="article-body"${attribute('data-site', site?.origin)}${attribute('data-cite-copy', t('cite.copy'))}${attribute('data-cite-close', t('cite.close'))}${attribute('data-cite-title', t('cite.passage'))}>`;
  html += articleBodyHtml(article, view, t, site);
  html += '</div><footer class="article-footer">';
  html += citeHtml({
    text: view.article.text,
    path: view.article.path,
    site,
    anchor: 'top',
    otherScriptHref: view.otherHref(),
    otherLang: view.other.lang,
    labels: { summary: t('cite.article'), copy: t('cite.copy'), permalink: t('cite.permalink'), otherScript: t('cite.otherScript') },
  });
  html += provenanceHtml(article, countGaps(article.blocks), t);
  return `${html}</footer></article>`;
}
