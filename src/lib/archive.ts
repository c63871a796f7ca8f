/**
 * The archive as the site sees it: every article parsed once into the document model, then shown
 * in each locale's script (derived with the converter, cached per locale). Pure: the Astro glue in
 * `load-archive.ts` feeds it the content collections.
 */
import { parseArticleBody, type Block } from './article/model.ts';
import { registryEntry } from './article/turn-label.ts';
import { resolveAnchors, type AnchorLedger, type AnchorRedirect } from './article/anchors.ts';
import { byDateDesc, groupBy, largestFirst, type Group } from './browse.ts';
import { convertPersonName, createConverter, type ScriptConverter } from './convert.ts';
import { bindConverter, localizeBlocks, localizePeople } from './localize.ts';
import type { Article, ArticleKind, Speaker } from './article/schema.ts';
import { uniqueSlugs } from './article/ids.ts';
import { regionTable as defaultRegionTable, type RegionEntry } from './data/regions.ts';
import { findRegion, regionEntry, regionLineage } from './regions.ts';
import { pushTo } from './multimap.ts';
import { speakerActivity, type SpeakerActivity } from './speaker-activity.ts';
import { localeList, locales, otherScript, type Locale, type Script } from '../i18n/locales.ts';

/** An article file as the content collection gives it: validated frontmatter and the Markdown body. */
export interface ArticleEntry {
  data: Article;
  body: string;
  /** Where it came from, for error messages. */
  filePath?: string;
  /** Its anchor ledger (`content/anchors/<id>.lock`), when one was accepted: the published ids. */
  anchors?: AnchorLedger;
}

/** A participant of an article, with the name in the page's script. */
export interface LocalizedParticipant {
  id: string;
  role: 'host' | 'speaker';
  name: string;
  position?: string;
}

/** An article in one locale's script: display strings converted, ids and data untouched. */
export interface LocalizedArticle {
  id: string;
  locale: Locale;
  /** Script the page shows. */
  script: Script;
  /** Script the article was published (and is stored) in. */
  originalScript: Script;
  title: string;
  /** Where the editor composed the title from, when the text prints none. */
  titleBasis?: string;
  subtitle?: string;
  kicker?: string;
  date: string;
  dateBasis: Article['dateBasis'];
  /** The outlet as the text names it; absent when it names none (“not stated”: no outlet page, not in citations). */
  outlet?: string;
  outletId?: string;
  /** The summary printed before the body (导语). */
  standfirst?: string;
  event?: string;
  authors: string[];
  region: string;
  regionId: string;
  kind: ArticleKind;
  participants: LocalizedParticipant[];
  source?: Article['source'];
  repairs: Article['repairs'];
  blocks: Block[];
  /** Anchors of removed or merged passages, each leading to the passage that replaced it. */
  movedAnchors: AnchorRedirect[];
}

/** A speaker with the name in the page's script and the other script. */
export interface LocalizedSpeaker {
  id: string;
  name: string;
  otherName: string;
}

/** Articles sharing an outlet or a region. */
export interface NamedGroup {
  id: string;
  name: string;
  articles: LocalizedArticle[];
}

/** A region with every article about it or about a region below it, its place in the hierarchy and its sub-regions. */
export interface RegionGroup extends NamedGroup {
  /** The region above, when it has articles (and so a page). */
  parent?: { id: string; name: string };
  /** Regions directly below that have articles, with how many (their own sub-regions included). */
  children: { id: string; name: string; count: number }[];
}

/** The archive's read API for pages, feeds and exports. */
export interface Archive {
  /** All articles in a locale, newest first. */
  articles(locale: Locale): LocalizedArticle[];
  /** One article in a locale, or undefined. */
  article(locale: Locale, id: string): LocalizedArticle | undefined;
  /** All speakers in a locale, in the order of their ids (the pinyin of the name). */
  speakers(locale: Locale): LocalizedSpeaker[];
  /** Outlets with their articles, most articles first. */
  outlets(locale: Locale): NamedGroup[];
  /** Regions with their articles and their sub-regions' articles, most articles first. */
  regions(locale: Locale): RegionGroup[];
  /** Articles a speaker takes part in, newest first (indexed once per locale). */
  articlesWithSpeaker(locale: Locale, speakerId: string): LocalizedArticle[];
  /** What a speaker said in those articles (speaker-activity.ts), collected once per speaker and locale: their pages, feed, list entry, sitemap and search people share it. */
  speakerActivity(locale: Locale, speakerId: string): SpeakerActivity;
}

/** Thrown when an article body has problems; names every file and line. */
export class ArticleModelError extends Error {
  override name = 'ArticleModelError';
}

/**
 * Builds the archive from article entries and the speakers registry. Speaker names of the registry
 * are protected names of the converter. Bodies with model issues are an error naming file and line.
 */
export function buildArchive(entries: readonly ArticleEntry[], registry: readonly Speaker[], convert: ScriptConverter = createConverter(registry.map((s) => s.name)), regionTable: readonly RegionEntry[] = defaultRegionTable): Archive {
  const problems: string[] = [];
  const parsed = entries.map((entry) => {
    const model = parseArticleBody(entry.body, { participants: entry.data.speakers, registry });
    for (const issue of model.issues) problems.push(`${entry.filePath ?? entry.data.id}: line ${issue.line} of the body: ${issue.message}`);
    // Published anchor ids, computed once on the stored text (fingerprints folded to Simplified):
    // both scripts share them. Without a ledger the positional ids are the published ones.
    if (!entry.anchors) return { data: entry.data, blocks: model.blocks, movedAnchors: [] as AnchorRedirect[] };
    const anchors = resolveAnchors(model.blocks, entry.anchors, (text) => convert(text, entry.data.script, 'hans'));
    return { data: entry.data, blocks: anchors.blocks, movedAnchors: anchors.redirects };
  });
  if (problems.length > 0) throw new ArticleModelError(`article bodies have problems:\n${problems.join('\n')}`);

  // Outlet and region ids come from the Simplified form, so both scripts share them.
  const hansOf = (text: string, from: Script): string => convert(text, from, 'hans');
  const outletIds = uniqueSlugs(parsed.flatMap(({ data }) => (data.outlet === undefined ? [] : [{ key: hansOf(data.outlet, data.script), hans: hansOf(data.outlet, data.script) }])));
  // Regions of the table keep their ids and hand-written names; any other region gets a slug and no parent.
  const unknownRegions = uniqueSlugs(parsed.flatMap(({ data }) => (findRegion(regionTable, hansOf(data.region, data.script)) ? [] : [{ key: hansOf(data.region, data.script), hans: hansOf(data.region, data.script) }])));
  const regions: RegionEntry[] = [...regionTable];
  for (const { data } of parsed) {
    const hans = hansOf(data.region, data.script);
    if (findRegion(regions, hans)) continue;
    regions.push({ id: unknownRegions.get(hans) ?? 'x', name: { hans, hant: convert(hans, 'hans', 'hant') }, parent: null });
  }
  const regionOf = (data: Article): RegionEntry => findRegion(regions, hansOf(data.region, data.script)) as RegionEntry;

  const localize = (locale: Locale, data: Article, blocks: Block[], movedAnchors: AnchorRedirect[]): LocalizedArticle => {
    const script = locales[locale].script;
    const t = bindConverter(convert, data.script, script);
    const article: LocalizedArticle = {
      id: data.id,
      locale,
      script,
      originalScript: data.script,
      title: t(data.title),
      date: data.date,
      // Provenance prose is the article's own text (its script): converted like the body.
      dateBasis: { ...data.dateBasis, evidence: t(data.dateBasis.evidence) },
      authors: localizePeople(data.authors, convert, data.script, script),
      region: regionOf(data).name[script],
      regionId: regionOf(data).id,
      kind: data.kind,
      participants: data.speakers.map((p) => {
        const name = registryEntry(registry, p.id)?.name[script] ?? p.id;
        return p.position === undefined ? { id: p.id, role: p.role, name } : { id: p.id, role: p.role, name, position: t(p.position) };
      }),
      repairs: data.repairs.map((r) => (r.note === undefined ? r : { ...r, note: t(r.note) })),
      blocks: localizeBlocks(blocks, t, (name) => convertPersonName(convert, name, data.script, script)),
      movedAnchors,
    };
    if (data.outlet !== undefined) {
      article.outlet = t(data.outlet);
      article.outletId = outletIds.get(hansOf(data.outlet, data.script)) ?? 'x';
    }
    if (data.titleBasis !== undefined) article.titleBasis = t(data.titleBasis);
    if (data.standfirst !== undefined) article.standfirst = t(data.standfirst);
    if (data.subtitle !== undefined) article.subtitle = t(data.subtitle);
    if (data.kicker !== undefined) article.kicker = t(data.kicker);
    if (data.event !== undefined) article.event = t(data.event);
    if (data.source !== undefined) article.source = data.source;
    return article;
  };

  const cache = new Map<Locale, LocalizedArticle[]>();
  // The parsed models are kept until every locale has its articles, then dropped: a build holds the
  // localized articles only (at 10,000 articles the models are tens of MB the collector would keep marking).
  let unlocalized: typeof parsed | undefined = parsed;
  const articles = (locale: Locale): LocalizedArticle[] => {
    let list = cache.get(locale);
    if (!list) {
      list = (unlocalized ?? []).map(({ data, blocks, movedAnchors }) => localize(locale, data, blocks, movedAnchors)).sort(byDateDesc);
      cache.set(locale, list);
      if (cache.size === localeList.length) unlocalized = undefined;
    }
    return list;
  };
  const memo = <T>(compute: (locale: Locale) => T): ((locale: Locale) => T) => {
    const results = new Map<Locale, T>();
    return (locale) => {
      if (!results.has(locale)) results.set(locale, compute(locale));
      return results.get(locale) as T;
    };
  };
  const bySpeaker = memo((locale) => {
    const index = new Map<string, LocalizedArticle[]>();
    for (const article of articles(locale)) for (const p of article.participants) pushTo(index, p.id, article);
    return index;
  });
  const byId = memo((locale) => new Map(articles(locale).map((a) => [a.id, a])));
  const activities = memo(() => new Map<string, SpeakerActivity>());
  const speakersOf = memo((locale) => {
    const script = locales[locale].script;
    const other = otherScript(script);
    return [...registry].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((s) => ({ id: s.id, name: s.name[script], otherName: s.name[other] }));
  });
  const named = (groups: Group<LocalizedArticle>[], nameOf: (a: LocalizedArticle) => string): NamedGroup[] =>
    groups.map(({ key, items }) => ({ id: key, name: nameOf(items[0] as LocalizedArticle), articles: items }));

  return {
    articles,
    article: (locale, id) => byId(locale).get(id),
    speakers: speakersOf,
    // Only outlets a text names: an article that names none has no outlet page.
    outlets: memo((locale) => named(groupBy(articles(locale).filter((a) => a.outletId !== undefined), (a) => a.outletId ?? '', largestFirst), (a) => a.outlet ?? '')),
    regions: memo((locale) => {
      const script = locales[locale].script;
      // An article counts for its region and every region above it.
      const byRegion = new Map<string, LocalizedArticle[]>();
      for (const article of articles(locale)) for (const id of regionLineage(regions, article.regionId)) pushTo(byRegion, id, article);
      const groups = [...byRegion].map(([key, items]) => ({ key, items }));
      return groups.sort(largestFirst).map(({ key, items }): RegionGroup => {
        const region = regionEntry(regions, key) as RegionEntry;
        const group: RegionGroup = {
          id: key,
          name: region.name[script],
          articles: items,
          children: regions.filter((r) => r.parent === key && byRegion.has(r.id)).map((r) => ({ id: r.id, name: r.name[script], count: byRegion.get(r.id)?.length ?? 0 })),
        };
        const parent = region.parent === null ? undefined : regionEntry(regions, region.parent);
        if (parent && byRegion.has(parent.id)) group.parent = { id: parent.id, name: parent.name[script] };
        return group;
      });
    }),
    articlesWithSpeaker: (locale, speakerId) => bySpeaker(locale).get(speakerId) ?? [],
    speakerActivity: (locale, speakerId) => {
      const known = activities(locale);
      let activity = known.get(speakerId);
      if (!activity) known.set(speakerId, (activity = speakerActivity(bySpeaker(locale).get(speakerId) ?? [], speakerId)));
      return activity;
    },
  };
}
