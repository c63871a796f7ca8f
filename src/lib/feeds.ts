/**
 * Atom 1.0 feeds (RFC 4287): one per locale (articles) and one per speaker (their turns, one entry
 * per event). URLs are absolute when the build has a public origin (ARCHIVE_SITE), else site paths; dates are the article dates at midnight UTC.
 * @see https://www.rfc-editor.org/rfc/rfc4287
 */
import type { LocalizedArticle } from './archive.ts';
import { inlineText, type Block } from './article/model.ts';
import { turnExcerpt } from './citation.ts';
import type { SpeakerEvent } from './speaker-activity.ts';
import { articleUrl, siteUrl } from './urls.ts';
import { escapeXml } from './xml.ts';

/** One entry of a feed. */
export interface AtomEntry {
  id: string;
  title: string;
  url: string;
  updated: string;
  summary: string;
}

/** A whole feed. */
export interface AtomFeed {
  title: string;
  /** The HTML page the feed mirrors (absolute). */
  url: string;
  /** The feed's own URL (absolute); also its id. */
  self: string;
  lang: string;
  entries: AtomEntry[];
}

/** `2024-06-13` → `2024-06-13T00:00:00Z`. */
export function atomDate(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}

/** Serializes a feed; `updated` is the newest entry's date (or the epoch for an empty feed, so builds are reproducible). */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.map((e) => e.updated).sort().at(-1) ?? '1970-01-01T00:00:00Z';
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${escapeXml(entry.id)}</id>
    <title>${escapeXml(entry.title)}</title>
    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>
    <updated>${entry.updated}</updated>
    <summary>${escapeXml(entry.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">
  <id>${escapeXml(feed.self)}</id>
  <title>${escapeXml(feed.title)}</title>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(feed.url)}"/>
  <updated>${updated}</updated>
  <author><name>${escapeXml(feed.title)}</name></author>
${entries.join('\n')}
</feed>
`;
}

function firstText(blocks: readonly Block[]): string {
  for (const block of blocks) {
    if (block.type === 'paragraph') return inlineText(block);
    if (block.type === 'turn') {
      const first = block.children.find((c) => c.type === 'paragraph');
      if (first?.type === 'paragraph') return inlineText(first);
    }
  }
  return '';
}

/** Feed entries for articles: title, permalink, date, and the subtitle or first paragraph as summary. */
export function articleEntries(articles: readonly LocalizedArticle[], site: URL | string | undefined): AtomEntry[] {
  return articles.map((article) => {
    const url = siteUrl(articleUrl(article.locale, article.id), site);
    return { id: url, title: article.title, url, updated: atomDate(article.date), summary: article.subtitle ?? firstText(article.blocks) };
  });
}

/** Feed entries for a speaker: one per event, linking to their first turn, summarizing each turn. */
export function speakerEntries(events: readonly SpeakerEvent[], site: URL | string | undefined): AtomEntry[] {
  return events.map(({ article, turns }) => {
    const url = siteUrl(articleUrl(article.locale, article.id, turns[0]?.turn.id), site);
    return {
      id: url,
      title: article.event ?? article.title,
      url,
      updated: atomDate(article.date),
      summary: turns.map(({ turn }) => `#${turn.id} ${turnExcerpt(turn)}`).join('\n'),
    };
  });
}
