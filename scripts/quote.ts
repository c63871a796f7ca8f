/**
 * `npm run quote -- <text> [--script hans|hant] [--speaker <id>] [--limit N] [--site URL]`:
 * finds a quote in the normalized articles from the terminal, offline, typed in either script, and
 * prints every passage that contains it with speaker, date, title and permalink. Same rules as the
 * search page: words separated by spaces must all be in one passage; quotes ("…") ask for the exact
 * phrase. Prints in the script of the query unless --script says otherwise. Exit 1 when nothing is found.
 */
import { parseArgs } from 'node:util';
import { contentDir } from './lib/paths.ts';
import { readArchive } from './lib/search/read-archive.ts';
import { findQuotes, formatQuote, queryScript } from './lib/search/quote.ts';
import { createFold } from '../src/lib/search/fold.ts';
import { archiveFoldMap, encodeFoldTable } from '../src/lib/search/fold-table.ts';
import { parseQuery } from '../src/lib/search/query.ts';
import { useTranslations } from '../src/i18n/ui.ts';
import { localeOfScript } from '../src/i18n/locales.ts';

const usage = 'usage: npm run quote -- <text> [--script hans|hant] [--speaker <id>] [--limit N] [--site URL]\n  e.g. npm run quote -- 新质生产力    npm run quote -- \'"天水麻辣燙"\'';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    script: { type: 'string' },
    speaker: { type: 'string' },
    limit: { type: 'string', default: '50' },
    // The site's address for permalinks (astro.config.mjs `site`).
    site: { type: 'string', default: process.env.ARCHIVE_SITE ?? 'http://localhost:4321' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help || positionals.length === 0) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}
if (values.script !== undefined && values.script !== 'hans' && values.script !== 'hant') {
  console.error(`quote: --script must be hans or hant, not ${values.script}\n${usage}`);
  process.exit(2);
}

const fold = createFold(encodeFoldTable(archiveFoldMap()));
const text = positionals.join(' ');
const query = parseQuery(text, fold);
if (!query) {
  console.error(`quote: nothing to search for in ${JSON.stringify(text)}\n${usage}`);
  process.exit(2);
}
const script = values.script ?? queryScript(text, fold);
const matches = findQuotes(readArchive(contentDir()), query, fold, script, values.speaker);
const limit = Math.max(1, Number(values.limit) || 50);
const mark = process.stdout.isTTY ? (s: string) => `\x1b[1;4m${s}\x1b[0m` : undefined;

for (const match of matches.slice(0, limit)) console.log(`${formatQuote(match, values.site, mark)}\n`);
const t = useTranslations(localeOfScript(script));
const summary =
  matches.length === 0
    ? query.kind === 'phrase' ? t('search.nonePhrase', { q: query.terms[0] ?? '' }) : t('search.none')
    : matches.length > limit
      ? `${t('search.countMore', { n: limit })} (--limit ${matches.length})`
      : t('search.count', { n: matches.length });
console.error(summary);
process.exit(matches.length === 0 ? 1 : 0);
