/**
 * What the search page needs from the archive at build time: the filter choices with their names in
 * the page's script (not the speakers: `speaker-directory.ts`), the fold table (only the pairs that matter for this archive's
 * text) and the tag that keeps Pagefind's entry file cacheable (`metaCacheTag`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Archive } from '../archive.ts';
import { localeList, locales, type Locale } from '../../i18n/locales.ts';
import { articleKindSchema } from '../article/schema.ts';
import { peopleShards } from './people.ts';
import { foldedBiText, fromBiText } from './record.ts';
import { archiveFold, archivePeople, archiveSearchRecords, clientFoldTable } from './records.ts';
import { configuredShardSize, planShards } from './shard-plan.ts';
import { pickTranslations, useTranslations, type UiTable } from '../../i18n/ui.ts';

/** One choice of a filter: the value in URLs and the index, and its name in the page's script. */
export interface FilterChoice {
  value: string;
  label: string;
}

/** The UI strings the search page's script shows (results, counts, messages, cards, suggestions), embedded in its configuration. */
const clientKeys = [
  'search.role.question', 'search.role.answer', 'search.role.statement', 'search.role.host', 'search.headline',
  'search.missing', 'search.quoted', 'search.empty', 'search.loading', 'search.count', 'search.countMore', 'search.countOf',
  'search.unmatched', 'search.none', 'search.nonePhrase', 'search.noneYet', 'search.older', 'search.error',
  'search.didYouMean', 'search.or', 'search.person.answers', 'search.person.page', 'search.person.label',
  'search.speaker.suggestions', 'search.speaker.noMatch',
] as const satisfies readonly (keyof UiTable)[];

/** The part of the translation table the search page's script needs. */
export type SearchClientStrings = Pick<UiTable, (typeof clientKeys)[number]>;

/** The search page's configuration, embedded in the page as JSON for its script. */
export interface SearchPageConfig {
  locale: Locale;
  /** UI strings of the page's locale for its script (from the one translation table). */
  strings: Record<keyof SearchClientStrings, string>;
  /** Pagefind's `metaCacheTag`: the same for every page of one build, new with every build. */
  tag: string;
  /** Fold table (`createFold()`), restricted to characters the archive's folded text contains. */
  fold: string;
  /** Shards of the people table that exist (`/search/people/{shard}.json`, `people.ts`). */
  people: string[];
  /** Bundles of the search shards after the first (`/pagefind/`), merged at query time (`shard-plan.ts`). */
  shards: string[];
}

/**
 * The filter choices, rendered as the options of the search form. Speakers are not among them: they grow
 * with the archive, so their filter suggests names from small files fetched while typing (`speaker-directory.ts`).
 */
export interface SearchFilterChoices {
  outlet: FilterChoice[];
  /** Questioners' outlets: the folded name is the value (the index's `asker` filter). */
  asker: FilterChoice[];
  region: FilterChoice[];
  year: FilterChoice[];
  kind: FilterChoice[];
}

/**
 * Tag of the index: a hash of what the index is made from (every article's model in both scripts)
 * and of the Pagefind version, so two builds of the same content are byte-identical and a changed
 * archive gets a new tag. Memoized per archive: both locales get the same tag.
 */
const tags = new WeakMap<Archive, string>();
/** The installed Pagefind's version (its package.json is not exported, so it is read from the project). */
const pagefindVersion = (): string =>
  (JSON.parse(readFileSync(join(process.cwd(), 'node_modules', 'pagefind', 'package.json'), 'utf8')) as { version: string }).version;
function indexTag(archive: Archive): string {
  let tag = tags.get(archive);
  if (!tag) {
    const hash = createHash('sha256').update(pagefindVersion());
    // Article by article: one JSON string of the whole archive would be hundreds of MB at 10,000 articles.
    for (const locale of localeList) for (const article of archive.articles(locale)) hash.update(JSON.stringify(article));
    tag = hash.digest('hex').slice(0, 12);
    tags.set(archive, tag);
  }
  return tag;
}

/** The configuration and filter choices of the search page of one locale. */
export function searchPageData(archive: Archive, locale: Locale): { config: SearchPageConfig; filters: SearchFilterChoices } {
  const t = useTranslations(locale);
  const articles = archive.articles(locale);
  const years = [...new Set(articles.map((a) => a.date.slice(0, 4)))].sort().reverse();
  const collator = new Intl.Collator(locales[locale].lang);
  const fold = archiveFold();
  const script = locales[locale].script;
  const askers = new Map<string, string>();
  for (const { doc } of archiveSearchRecords(archive)) for (const asker of doc.article.askers ?? []) askers.set(foldedBiText(asker, fold), fromBiText(asker, script, fold));
  return {
    // The indexer makes one record per article and plans its shards the same way (scripts/index-search.ts).
    config: {
      locale,
      strings: pickTranslations(locale, clientKeys),
      tag: indexTag(archive),
      fold: clientFoldTable(archive),
      people: [...peopleShards(archivePeople(archive), fold).keys()].sort(),
      shards: planShards(articles.length, configuredShardSize(process.env)).slice(1).map((shard) => shard.bundle),
    },
    filters: {
      outlet: archive.outlets(locale).map((group) => ({ value: group.id, label: group.name })),
      asker: [...askers].map(([value, label]) => ({ value, label })).sort((a, b) => collator.compare(a.label, b.label)),
      region: archive.regions(locale).map((group) => ({ value: group.id, label: group.name })),
      year: years.map((year) => ({ value: year, label: year })),
      kind: articleKindSchema.options.map((kind) => ({ value: kind, label: t(`kind.${kind}`) })),
    },
  };
}
