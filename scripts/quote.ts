/**
 * `npm run quote -- <text> [--script hans|hant] [--speaker <id>] [--asker <outlet>] [--sort newest|oldest] [--limit N] [--site URL] [--json]`:
 * finds a quote in the archive from the terminal, offline, typed in either script, with the search
 * page's own engine (matching, people, ranking, suggestions) over a small prebuilt records file
 * (scripts/lib/search/quote-index.ts; rebuilt only when the content changes). Prints the speaker a
 * query names, then every passage found with speaker, date, title and permalink; “您是不是要找” when
 * nothing is. Permalinks are absolute when the origin is set (ARCHIVE_SITE or --site), else
 * site-relative. Prints in the script of the query unless --script says otherwise. Exit 1 when nothing is found.
 */
import { parseArgs } from 'node:util';
import { contentDir } from './lib/paths.ts';
import { loadQuoteIndex } from './lib/search/quote-index.ts';
import { findQuotes, formatPerson, formatQuote, permalink, queryScript } from './lib/search/quote.ts';
import { archiveFold } from '../src/lib/search/records.ts';
import { parseQuery } from '../src/lib/search/query.ts';
import { useTranslations } from '../src/i18n/ui.ts';
import { localeOfScript } from '../src/i18n/locales.ts';

const usage =
  'usage: npm run quote -- <text> [--script hans|hant] [--speaker <id>] [--asker <outlet>] [--sort newest|oldest] [--limit N] [--site URL] [--json]\n' +
  '  e.g. npm run quote -- 新质生产力    npm run quote -- \'"天水麻辣燙"\'    npm run quote -- COVID-19 --json';

function fail(message: string): never {
  console.error(`quote: ${message}\n${usage}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      script: { type: 'string' },
      speaker: { type: 'string' },
      asker: { type: 'string' },
      sort: { type: 'string' },
      limit: { type: 'string', default: '50' },
      // The archive's origin for permalinks (astro.config.mjs `site`); unset: site-relative paths.
      site: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (positionals.length === 0) fail('nothing to search for');
if (values.script !== undefined && values.script !== 'hans' && values.script !== 'hant') fail(`--script must be hans or hant, not ${values.script}`);
if (values.sort !== undefined && values.sort !== 'newest' && values.sort !== 'oldest') fail(`--sort must be newest or oldest, not ${values.sort}`);
const limit = Number(values.limit);
if (!Number.isInteger(limit) || limit < 1) fail(`--limit must be a whole number above 0, not ${values.limit}`);
const site = values.site ?? (process.env.ARCHIVE_SITE || undefined);
if (site !== undefined && !URL.canParse(site)) fail(`--site (or ARCHIVE_SITE) must be a URL such as https://archive.example, not ${site}`);

const fold = archiveFold();
const text = positionals.join(' ');
const query = parseQuery(text, fold);
if (!query) fail(`nothing to search for in ${JSON.stringify(text)}`);
const script = values.script ?? queryScript(text, fold);
let loaded;
try {
  loaded = loadQuoteIndex(contentDir());
} catch (error) {
  console.error(`quote: ${(error as Error).message}`);
  process.exit(2);
}
const filters = { ...(values.speaker ? { speaker: values.speaker } : {}), ...(values.asker ? { asker: fold(values.asker) } : {}) };
const outcome = findQuotes(loaded.index.docs, loaded.index.people, query, fold, script, filters, values.sort === 'newest' || values.sort === 'oldest' ? values.sort : 'relevance');
const t = useTranslations(localeOfScript(script));

if (values.json) {
  const withUrl = <T extends { path: string }>(item: T) => ({ ...item, url: permalink(item.path, site) });
  console.log(JSON.stringify({ query: text, script, origin: site ?? null, people: outcome.people.map(withUrl), count: outcome.matches.length, matches: outcome.matches.slice(0, limit).map(withUrl), unmatched: outcome.unmatched, suggestions: outcome.suggestions }, null, 2));
} else {
  const mark = process.stdout.isTTY ? (s: string) => `\x1b[1;4m${s}\x1b[0m` : undefined;
  for (const person of outcome.people) console.log(`${formatPerson(person, script, site)}\n`);
  for (const match of outcome.matches.slice(0, limit)) console.log(`${formatQuote(match, site, mark)}\n`);
  const matches = outcome.matches.length;
  const summary =
    matches === 0
      ? query.kind === 'phrase' ? t('search.nonePhrase', { q: query.terms[0] ?? '' }) : t('search.none')
      : matches > limit
        ? `${t('search.count', { n: matches })} (--limit ${limit})`
        : t('search.count', { n: matches });
  console.error(summary);
  if (outcome.unmatched.length > 0 && query.kind === 'words') console.error(t('search.unmatched', { terms: outcome.unmatched.map((q) => t('search.quoted', { q })).join('、') }));
  if (outcome.suggestions.length > 0) console.error(`${t('search.didYouMean')}${outcome.suggestions.map((q) => `${q}（npm run quote -- ${JSON.stringify(q)}）`).join(t('search.or'))}`);
  if (site === undefined) console.error('(permalinks are site-relative: the origin is unset; set ARCHIVE_SITE or --site for absolute URLs)');
}
// exitCode, not exit(): a piped stdout is written asynchronously, and exit() would cut a long --json short.
process.exitCode = outcome.matches.length === 0 && outcome.people.length === 0 ? 1 : 0;
