/**
 * Finds quotes in the archive for `npm run quote`: the same matching as the search page (a query
 * folded to one script, every word or the exact phrase inside one passage), over the articles
 * themselves instead of the Pagefind index, so it works offline with nothing built.
 */
import type { Archive, LocalizedArticle } from '../../../src/lib/archive.ts';
import { localeOfScript, type Locale, type Script } from '../../../src/i18n/locales.ts';
import type { Fold } from '../../../src/lib/search/fold.ts';
import { matchRanges, termsIn, type Range } from '../../../src/lib/search/match.ts';
import { passagesOf, type Passage } from '../../../src/lib/search/passages.ts';
import type { SearchQuery } from '../../../src/lib/search/query.ts';
import { useTranslations } from '../../../src/i18n/ui.ts';
import { articleUrl } from '../../../src/lib/urls.ts';

/** One quote found. */
export interface QuoteMatch {
  /** Who speaks, e.g. `任振鹤回答`, `经济日报记者提问`; empty outside Q&A. */
  who: string;
  date: string;
  /** Event of a press conference, else the headline. */
  title: string;
  outlet: string;
  /** The passage in the output script, and where the query's terms are in it. */
  text: string;
  marks: Range[];
  /** Site path of the passage, e.g. `/zh-hans/articles/{id}/#t5`. */
  path: string;
}

/**
 * The script a query is typed in: Traditional when folding changes one of its Han characters.
 * @example queryScript('新質生產力', fold) // 'hant'
 */
export function queryScript(text: string, fold: Fold): Script {
  return Array.from(text).some((char) => /\p{Script=Han}/u.test(char) && fold(char) !== char) ? 'hant' : 'hans';
}

function who(passage: Passage, article: LocalizedArticle, speakers: ReadonlyMap<string, string>): string {
  const t = useTranslations(article.locale);
  const name = passage.speakerId ? (speakers.get(passage.speakerId) ?? passage.speakerId) : '';
  switch (passage.role) {
    case 'question':
      return t('search.role.question', { outlet: passage.outlet ?? '' });
    case 'answer':
      return t('search.role.answer', { name });
    case 'statement':
      return t('search.role.statement', { name });
    case 'host':
      return t('search.role.host', { name });
    default:
      return '';
  }
}

/**
 * Every passage of the archive that contains the whole query, newest article first, shown in
 * `script`. Matching uses the Traditional rendering folded, as the index does.
 */
export function findQuotes(archive: Archive, query: SearchQuery, fold: Fold, script: Script, speaker?: string): QuoteMatch[] {
  const locale: Locale = localeOfScript(script);
  const shown = new Map(archive.articles(locale).map((a) => [a.id, a]));
  const speakers = new Map(archive.speakers(locale).map((s) => [s.id, s.name]));
  const out: QuoteMatch[] = [];
  for (const hant of archive.articles(localeOfScript('hant'))) {
    const article = shown.get(hant.id);
    if (!article) continue;
    const display = passagesOf(article.blocks);
    passagesOf(hant.blocks).forEach((passage, index) => {
      if (speaker && passage.speakerId !== speaker) return;
      if (termsIn(fold(passage.text), query).missing.length > 0) return;
      const own = display[index] ?? passage;
      out.push({
        who: who(own, article, speakers),
        date: article.date,
        title: article.event ?? article.title,
        outlet: article.outlet ?? '',
        text: own.text,
        marks: matchRanges(fold(own.text), query),
        path: articleUrl(locale, article.id, own.anchor),
      });
    });
  }
  return out;
}

/** Formats a match for the terminal; `mark` wraps highlighted text (ANSI on a terminal, nothing in a pipe). */
export function formatQuote(match: QuoteMatch, site: string, mark: (text: string) => string = (text) => text): string {
  let text = '';
  let at = 0;
  for (const [from, to] of match.marks) {
    text += match.text.slice(at, from) + mark(match.text.slice(from, to));
    at = to;
  }
  text += match.text.slice(at);
  const head = [match.who, match.date, match.title, match.outlet].filter(Boolean).join(' · ');
  return `${head}\n  ${text}\n  ${new URL(match.path, site).href}`;
}
