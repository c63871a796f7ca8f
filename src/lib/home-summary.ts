/** Figures and entry points of the home page, computed from the archive. */
import type { Archive } from './archive.ts';
import { countTurns } from './article-stats.ts';
import type { Locale } from '../i18n/locales.ts';

/** What the home page shows besides the latest articles. */
export interface HomeSummary {
  counts: { articles: number; speakers: number; turns: number; outlets: number; regions: number };
  /** Years with articles, newest first. */
  years: string[];
}

/** Counts of the archive in one locale; speakers are those who speak in at least one article. */
export function homeSummary(archive: Archive, locale: Locale): HomeSummary {
  const articles = archive.articles(locale);
  const speaking = new Set(articles.flatMap((a) => a.participants.map((p) => p.id)));
  return {
    counts: {
      articles: articles.length,
      speakers: speaking.size,
      turns: articles.reduce((n, a) => n + countTurns(a.blocks), 0),
      outlets: archive.outlets(locale).length,
      regions: archive.regions(locale).length,
    },
    years: [...new Set(articles.map((a) => a.date.slice(0, 4)))].sort().reverse(),
  };
}
