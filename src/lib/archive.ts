/**
 * The archive as the site sees it: every article parsed once into the document model, then shown
 * in each locale's script (derived with the converter, cached per locale). Pure: the Astro glue in
 * `load-archive.ts` feeds it the content collections.
 */
import { parseArticleBody, type Block } from './article-model.ts';
import { resolveAnchors, type AnchorLedger, type AnchorRedirect } from './article/anchors.ts';
import { byDateDesc, groupBy, largestFirst, type Group } from './browse.ts';
import { convertPersonName, createConverter, type ScriptConverter } from './convert.ts';
import { bindConverter, localizeBlocks, localizePeople } from './localize.ts';
import type { Article, ArticleKind, Speaker } from './schema.ts';
import { uniqueSlugs } from './slug.ts';
import { locales, otherScript, type Locale, type Script } from '../i18n/locales.ts';

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
  subtitle?: string;
  kicker?: string;
  date: string;
  dateBasis: Article['dateBasis'];
  outlet: string;
  outletId: string;
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
  /** Regions with their articles, most articles first. */
  regions(locale: Locale): NamedGroup[];
  /** Articles a speaker takes part in, newest first (indexed once per locale). */
  articlesWithSpeaker(locale: Locale, speakerId: string): LocalizedArticle[];
}

/** Thrown when an article body has problems; names every file and line. */
export class ArticleModelError extends Error {
  override name = 'ArticleModelError';
}

/**
 * Builds the archive from article entries and the speakers registry. Speaker names of the registry
 * are protected names of the converter. Bodies with model issues are an error naming file and line.
 */
export function buildArchive(entries: readonly ArticleEntry[], registry: readonly Speaker[], convert: ScriptConverter = createConverter(registry.map((s) => s.name))): Archive {
  const problems: string[] = [];
  const parsed = entries.map((entry) => {
    const model = parseArticleBody(entry.body, { participants: entry.data.speakers, registry });
    for (const issue of model.issues) problems.push(`${entry.filePath ?? entry.data.id}: line ${issue.line} of the body: ${issue.message}`);
    // Published anchor ids, computed once on the stored script: both scripts share them.
    const anchors = resolveAnchors(model.blocks, entry.anchors);
    return { data: entry.data, blocks: anchors.blocks, movedAnchors: anchors.redirects };
  });
  if (problems.length > 0) throw new ArticleModelError(`article bodies have problems:\n${problems.join('\n')}`);

  const speakerById = new Map(registry.map((speaker) => [speaker.id, speaker]));
  // Outlet and region ids come from the Simplified form, so both scripts share them.
  const hansOf = (text: string, from: Script): string => convert(text, from, 'hans');
  const outletIds = uniqueSlugs(parsed.map(({ data }) => ({ key: hansOf(data.outlet, data.script), hans: hansOf(data.outlet, data.script) })));
  const regionIds = uniqueSlugs(parsed.map(({ data }) => ({ key: hansOf(data.region, data.script), hans: hansOf(data.region, data.script) })));

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
      dateBasis: data.dateBasis,
      outlet: t(data.outlet),
      outletId: outletIds.get(hansOf(data.outlet, data.script)) ?? 'x',
      authors: localizePeople(data.authors, convert, data.script, script),
      region: t(data.region),
      regionId: regionIds.get(hansOf(data.region, data.script)) ?? 'x',
      kind: data.kind,
      participants: data.speakers.map((p) => {
        const name = speakerById.get(p.id)?.name[script] ?? p.id;
        return p.position === undefined ? { id: p.id, role: p.role, name } : { id: p.id, role: p.role, name, position: t(p.position) };
      }),
      repairs: data.repairs,
      blocks: localizeBlocks(blocks, t, (name) => convertPersonName(convert, name, data.script, script)),
      movedAnchors,
    };
    if (data.subtitle !== undefined) article.subtitle = t(data.subtitle);
    if (data.kicker !== undefined) article.kicker = t(data.kicker);
    if (data.event !== undefined) article.event = t(data.event);
    if (data.source !== undefined) article.source = data.source;
    return article;
  };

  const cache = new Map<Locale, LocalizedArticle[]>();
  const articles = (locale: Locale): LocalizedArticle[] => {
    let list = cache.get(locale);
    if (!list) {
      list = parsed.map(({ data, blocks, movedAnchors }) => localize(locale, data, blocks, movedAnchors)).sort(byDateDesc);
      cache.set(locale, list);
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
    for (const article of articles(locale)) for (const p of article.participants) index.set(p.id, [...(index.get(p.id) ?? []), article]);
    return index;
  });
  const byId = memo((locale) => new Map(articles(locale).map((a) => [a.id, a])));
  const named = (groups: Group<LocalizedArticle>[], nameOf: (a: LocalizedArticle) => string): NamedGroup[] =>
    groups.map(({ key, items }) => ({ id: key, name: nameOf(items[0] as LocalizedArticle), articles: items }));

  return {
    articles,
    article: (locale, id) => byId(locale).get(id),
    speakers: (locale) => {
      const script = locales[locale].script;
      const other = otherScript(script);
      return [...registry].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((s) => ({ id: s.id, name: s.name[script], otherName: s.name[other] }));
    },
    outlets: memo((locale) => named(groupBy(articles(locale), (a) => a.outletId, largestFirst), (a) => a.outlet)),
    regions: memo((locale) => named(groupBy(articles(locale), (a) => a.regionId, largestFirst), (a) => a.region)),
    articlesWithSpeaker: (locale, speakerId) => bySpeaker(locale).get(speakerId) ?? [],
  };
}
