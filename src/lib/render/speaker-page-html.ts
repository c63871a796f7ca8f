/**
 * A speaker page's content as two HTML strings, before and after the search box that searches
 * within the speaker's words (an Astro component, with its scoped style): the name, counts and
 * feed link; then the positions (page 1), the events with each turn's excerpt and link, and the
 * pager. Built in one pass instead of a template with an expression per field of every turn (issue
 * 18: a prolific speaker's page holds 40 turns). The markup is what the template rendered, byte for
 * byte: text escaped as Astro escapes expressions, attributes as its `addAttribute` does.
 */
import { locales, otherLocale, type Locale } from '../../i18n/locales.ts';
import type { UiTranslate } from '../../i18n/ui.ts';
import type { LocalizedSpeaker } from '../archive.ts';
import { formatDate, turnExcerpt } from '../citation.ts';
import type { SpeakerActivity } from '../speaker-activity.ts';
import { pagerNumbers, type SpeakerPage } from '../speaker-pages.ts';
import { articleUrl, speakerFeedUrl, speakerPageUrl } from '../urls.ts';
import { attribute, escapeText } from './inlines-html.ts';


/** What one speaker page shows. */
export interface SpeakerPageInput {
  locale: Locale;
  speaker: LocalizedSpeaker;
  page: SpeakerPage;
  activity: SpeakerActivity;
  t: UiTranslate;
}

/** The part before the search box: the name (and the other script's form), the counts, the feed link. */
export function speakerHeadHtml({ locale, speaker, activity, t }: SpeakerPageInput): string {
  let html = `<h1>${escapeText(speaker.name)}`;
  if (speaker.otherName !== speaker.name) html += `<span class="muted"${attribute('lang', locales[otherLocale(locale)].lang)}> · ${escapeText(speaker.otherName)}</span>`;
  html += '</h1><ul class="counts">';
  const count = (n: number, label: string): string => `<li><strong>${n}</strong>${escapeText(label)}</li>`;
  html += count(activity.counts.answers, t('speakers.answers')) + count(activity.counts.statements, t('speakers.statements'));
  if (activity.counts.host > 0) html += count(activity.counts.host, t('turn.host'));
  html += count(activity.articles.length, t('list.articles'));
  return `${html}</ul><p><a${attribute('href', speakerFeedUrl(locale, speaker.id))} type="application/atom+xml">${escapeText(t('speaker.feed'))}</a></p>`;
}

/** The part after the search box: positions (page 1 only), the page's events and turns, the pager. */
export function speakerBodyHtml({ locale, speaker, page, activity, t }: SpeakerPageInput): string {
  let html = '';
  if (page.number === 1 && activity.positions.length > 0) {
    html += `<section aria-labelledby="positions"><h2 id="positions">${escapeText(t('speaker.positions'))}</h2><p class="muted">${escapeText(t('speaker.positionsNote'))}</p><ul>`;
    for (const { position, article } of activity.positions) {
      html += `<li>${escapeText(position)}（<a${attribute('href', articleUrl(locale, article.id))}>${escapeText(article.title)}</a>，<time${attribute('datetime', article.date)}>${escapeText(formatDate(article.date))}</time>）</li>`;
    }
    html += '</ul></section>';
  }
  html += `<section aria-labelledby="said"><h2 id="said">${escapeText(t('speaker.said'))}</h2>`;
  html += activity.events.length === 0 ? `<p>${escapeText(t('speaker.none'))}</p>` : `<p class="muted">${escapeText(t('speaker.summary', { events: activity.events.length }))}${page.total > 1 ? escapeText(t('speaker.range', { from: page.from, to: page.to })) : ''}</p>`;
  for (const { event: { article }, turns, more } of page.events) {
    const title = article.event ?? article.title;
    const date = formatDate(article.date);
    html += `<section class="event"${attribute('aria-labelledby', `e-${article.id}`)}><h3${attribute('id', `e-${article.id}`)}><a${attribute('href', articleUrl(locale, article.id))}>${escapeText(title)}</a></h3>`;
    html += `<p class="muted"><time${attribute('datetime', article.date)}>${escapeText(date)}</time>${article.outlet ? escapeText(` · ${article.outlet}`) : ''}</p>`;
    // The link's hidden words name the event and date: the same for every turn of the event.
    const openEvent = `<span class="visually-hidden">${escapeText(t('speaker.openEvent', { event: title, date }))}</span>`;
    for (const { turn, question } of turns) {
      html += `<div class="said"${attribute('id', `${article.id}-${turn.id}`)}>`;
      if (question) html += `<p class="question"><span class="said-label">${escapeText(t('speaker.inReplyTo'))} · ${escapeText(question.label)}</span> ${escapeText(turnExcerpt(question, 60))}</p>`;
      html += `<p class="answer">${question ? '' : `<span class="said-label">${escapeText(t(`turn.${turn.role}`))} </span>`}${escapeText(turnExcerpt(turn, 120))}</p>`;
      html += `<p class="said-link"><a${attribute('href', articleUrl(locale, article.id, turn.id))}>${escapeText(t(`speaker.open.${turn.role}`))}${openEvent}</a></p></div>`;
    }
    if (more > 0) html += `<p class="said-link"><a${attribute('href', articleUrl(locale, article.id))}>${escapeText(t('speaker.moreInEvent', { n: more }))}</a></p>`;
    html += '</section>';
  }
  html += '</section>';
  if (page.total > 1) {
    const pageUrl = (n: number): string => speakerPageUrl(locale, speaker.id, n);
    html += `<nav class="pager"${attribute('aria-label', t('speaker.pages'))}>`;
    if (page.number > 1) html += `<a rel="prev"${attribute('href', pageUrl(page.number - 1))}>← ${escapeText(t('speaker.newer'))}</a>`;
    for (const n of pagerNumbers(page.number, page.total)) {
      html += n === 0 ? '<span aria-hidden="true">…</span>' : n === page.number ? `<span aria-current="page">${n}</span>` : `<a${attribute('href', pageUrl(n))}${attribute('aria-label', t('speaker.pageN', { n }))}>${n}</a>`;
    }
    if (page.number < page.total) html += `<a rel="next"${attribute('href', pageUrl(page.number + 1))}>${escapeText(t('speaker.older'))} →</a>`;
    html += '</nav>';
  }
  return html;
}
