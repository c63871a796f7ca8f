/**
 * The search page's script (runs in the browser): reads the query from the URL, finds the people it
 * names, runs it through Pagefind's JS API with a bounded cost (`runSearch()`), and renders the
 * speaker card, passages in the page's script with deep links, suggestions for near misses and an
 * honest count of what was not checked. Only text nodes are created from data: nothing from the
 * index or the URL is parsed as HTML.
 */
import { articleUrl, speakerUrl } from '../urls.ts';
import { createFold, type Fold } from './fold.ts';
import { excerpt, matchRanges } from './match.ts';
import { matchPeople, shardsFor, type PersonEntry } from './people.ts';
import { parseQuery, type SearchQuery } from './query.ts';
import { speakerLine } from './speaker-line.ts';
import { fromBiText, type BiText, type StoredArticle, type StoredPassage, type TextChunk } from './record.ts';
import { fragmentBudget, runSearch, type PagefindLike, type PassageHit, type SearchFilters, type SearchSort } from './run-search.ts';
import { chunkOf, peopleShardUrl, textChunkUrl } from './search-files.ts';
import { readSearchParams, searchUrl, type SearchParams } from './search-url.ts';
import { tieredPagefind } from './sharded-pagefind.ts';
import { startSpeakerFilter } from './speaker-filter.ts';
import { suggestedQuery } from './suggested-query.ts';
import { createTranslator, type Translate } from '../../i18n/translator.ts';
import type { SearchClientStrings, SearchPageConfig } from './page-data.ts';
import { locales } from '../../i18n/locales.ts';
import { findKey, textKey } from './text-key.ts';

interface PagefindModule extends PagefindLike {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, options?: Record<string, unknown>): Promise<void>;
}

const pagefindUrl = '/pagefind/pagefind.js';
/** Passages shown at once (what the first batch of fragments stops at); the texts of the next ones are fetched when the reader asks for more. */
const pageSize = fragmentBudget.enough;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Names of the article's speakers in the page's script, from the record's metadata. */
function speakerNames(article: StoredArticle, script: 'hans' | 'hant', fold: Fold): Map<string, string> {
  return new Map(Object.entries(article.names ?? {}).map(([id, name]) => [id, fromBiText(name, script, fold)]));
}

async function fetchJson<T>(url: string): Promise<T | undefined> {
  const response = await fetch(url);
  return response.ok ? ((await response.json()) as T) : undefined;
}

/** Text chunks, fetched once each. */
const chunks = new Map<string, Promise<TextChunk | undefined>>();
async function passageText(article: StoredArticle, index: number): Promise<BiText | undefined> {
  if (index === 0) return article.headline;
  const k = chunkOf(article.chunks, index);
  const url = textChunkUrl(article.id, k);
  let chunk = chunks.get(url);
  if (!chunk) chunks.set(url, (chunk = fetchJson<TextChunk>(url)));
  const loaded = await chunk;
  return loaded?.x[index - loaded.from];
}

async function renderHit(hit: PassageHit, query: SearchQuery, config: SearchPageConfig, fold: Fold, t: Translate<SearchClientStrings>): Promise<HTMLLIElement> {
  const script = locales[config.locale].script;
  const { article, passage } = hit;
  const item = el('li', 'search-result');
  const who = speakerLine(article, passage, script, speakerNames(article, script, fold), t, fold);
  if (who) item.append(el('p', 'search-result-who', who));
  const bi = await passageText(article, hit.index);
  const text = bi === undefined ? '' : fromBiText(bi, script, fold);
  const link = el('a', 'search-result-text');
  link.href = articleUrl(config.locale, article.id, passage.a || undefined);
  // Highlights are found on the folded form of the text as shown: folding keeps offsets.
  for (const piece of excerpt(text, matchRanges(fold(text), query))) link.append(piece.mark ? el('mark', undefined, piece.text) : document.createTextNode(piece.text));
  item.append(link);
  const source = [article.event ?? article.title, article.outlet].map((b) => fromBiText(b, script, fold));
  const meta = el('p', 'search-result-source');
  meta.append(el('span', 'search-result-title', source[0]), document.createTextNode(source[1] ? ` · ${source[1]} · ` : ' · '));
  const time = el('time', undefined, article.date);
  time.dateTime = article.date;
  meta.append(time);
  item.append(meta);
  if (hit.missing.length > 0) item.append(el('p', 'search-result-missing', t('search.missing', { terms: hit.missing.map((i) => t('search.quoted', { q: query.terms[i] ?? '' })).join('、') })));
  return item;
}

/** The card of a person the query names: name, positions, answers, link to their page. */
function renderPerson(person: PersonEntry, config: SearchPageConfig, fold: Fold, t: Translate<SearchClientStrings>): HTMLElement {
  const script = locales[config.locale].script;
  const card = el('section', 'search-person');
  card.dataset.speaker = person.id;
  card.append(el('p', 'search-person-label', t('search.person.label')));
  const heading = el('h2', 'search-person-name');
  const link = el('a', undefined, fromBiText(person.name, script, fold));
  link.href = speakerUrl(config.locale, person.id);
  heading.append(link);
  card.append(heading);
  if (person.positions.length > 0) card.append(el('p', 'search-person-positions', person.positions.map((p) => fromBiText(p, script, fold)).join('；')));
  const facts = el('p', 'search-person-facts', t('search.person.answers', { n: person.answers }) + ' · ');
  const page = el('a', undefined, t('search.person.page'));
  page.href = speakerUrl(config.locale, person.id);
  facts.append(page);
  card.append(facts);
  return card;
}

/** The people a query's terms can name: only the shards of the table its terms can hit are fetched. */
async function loadPeople(query: SearchQuery, config: SearchPageConfig): Promise<PersonEntry[]> {
  const available = new Set(config.people);
  const shards = shardsFor(query.keys).filter((shard) => available.has(shard));
  const loaded = await Promise.all(shards.map((shard) => fetchJson<PersonEntry[]>(peopleShardUrl(shard)).catch(() => undefined)));
  const byId = new Map(loaded.flatMap((list) => list ?? []).map((person) => [person.id, person]));
  return [...byId.values()];
}

/** Starts the search page: reads its configuration and the URL, searches, renders. */
export async function startSearchPage(): Promise<void> {
  const configNode = document.getElementById('search-config');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const partialBox = document.getElementById('search-partial');
  const peopleBox = document.getElementById('search-people');
  const suggestBox = document.getElementById('search-suggest');
  const moreButton = document.getElementById('search-more');
  if (!configNode || !status || !list || !partialBox || !peopleBox || !suggestBox || !(moreButton instanceof HTMLButtonElement)) return;
  const config = JSON.parse(configNode.textContent ?? '{}') as SearchPageConfig;
  const script = locales[config.locale].script;
  const t = createTranslator<SearchClientStrings>(config.strings);
  const fold = createFold(config.fold);
  startSpeakerFilter(fold, script, t);
  const params = readSearchParams(location.search);
  const query = parseQuery(params.q ?? '', fold);
  if (!query) {
    status.textContent = t('search.empty');
    return;
  }
  document.title = `${params.q} · ${document.title}`;
  status.textContent = t('search.loading');
  document.body.dataset.searchState = 'loading';
  try {
    const [pagefind, everyone] = await Promise.all([import(/* @vite-ignore */ pagefindUrl) as Promise<PagefindModule>, loadPeople(query, config)]);
    await pagefind.options({ metaCacheTag: config.tag, excerptLength: 0 });
    // A large archive's index is split into date shards (shard-plan.ts): the newest is searched first,
    // older ones are merged in only when a query needs them (sharded-pagefind.ts).
    const searched = tieredPagefind(pagefind, config.shards, (bundle) => pagefind.mergeIndex(bundle, { metaCacheTag: config.tag, excerptLength: 0 }));
    const filters: SearchFilters = {};
    for (const name of ['speaker', 'asker', 'outlet', 'region', 'year', 'kind'] as const) if (params[name]) filters[name] = params[name];
    const sort: SearchSort = params.sort === 'newest' || params.sort === 'oldest' ? params.sort : 'relevance';
    const people = matchPeople(query.keys, everyone, fold);
    for (const person of new Set(people.named.values())) peopleBox.append(renderPerson(person, config, fold, t));
    peopleBox.hidden = people.named.size === 0;
    const outcome = await runSearch(searched, { query, people, filters, sort, fold });

    // Hits wait here until shown, a page at a time (each shown passage costs its text chunk).
    const waiting = [...outcome.hits];
    let shown = 0;
    const updateStatus = (): void => {
      const unchecked = outcome.candidates - outcome.checked;
      const count = unchecked > 0 ? t('search.countMore', { n: shown, m: unchecked }) : waiting.length > 0 ? t('search.countOf', { n: shown, total: shown + waiting.length }) : t('search.count', { n: shown });
      // Chinese sentences follow each other without a space.
      status.textContent = outcome.unsearched > 0 ? count + t('search.older') : count;
      moreButton.hidden = waiting.length === 0 && !outcome.hasMore;
    };
    const showNext = async (): Promise<void> => {
      const batch = waiting.splice(0, pageSize);
      for (const item of await Promise.all(batch.map((hit) => renderHit(hit, query, config, fold, t)))) list.append(item);
      shown += batch.length;
    };
    const messages: string[] = [];
    if (outcome.unmatched.length > 0 && query.kind === 'words') messages.push(t('search.unmatched', { terms: outcome.unmatched.map((i) => t('search.quoted', { q: query.terms[i] ?? '' })).join('、') }));
    if (outcome.hits.length > 0) {
      await showNext();
      updateStatus();
    } else {
      const unchecked = outcome.candidates - outcome.checked;
      messages.unshift(unchecked > 0 ? t('search.noneYet', { checked: outcome.checked, m: unchecked }) : query.kind === 'phrase' ? t('search.nonePhrase', { q: query.terms[0] ?? '' }) : t('search.none'));
      if (outcome.unsearched > 0) messages.push(t('search.older'));
      // Chinese sentences follow each other without a space.
      status.textContent = messages.join('');
      moreButton.hidden = !outcome.hasMore;
      if (outcome.partial.length > 0) {
        partialBox.hidden = false;
        const partialList = partialBox.querySelector('ol');
        for (const item of await Promise.all(outcome.partial.map((hit) => renderHit(hit, query, config, fold, t)))) partialList?.append(item);
      }
    }
    await renderSuggestions(suggestBox, outcome, people.nearMisses, query, params, config, fold, t);
    moreButton.addEventListener('click', async () => {
      moreButton.disabled = true;
      // Later batches can hold no full match; keep going (one budgeted batch per click) until something shows or nothing is left.
      if (waiting.length === 0 && outcome.hasMore) waiting.push(...(await outcome.more()));
      await showNext();
      updateStatus();
      moreButton.disabled = false;
    });
    document.body.dataset.searchState = 'done';
  } catch (error) {
    status.textContent = t('search.error', { message: error instanceof Error ? error.message : String(error) });
    document.body.dataset.searchState = 'error';
  }
  // The search box registers the offline service worker once this has settled (SearchBox.astro).
  document.dispatchEvent(new Event('search-settled'));
}

/** “您是不是要找：…” with a link per suggestion that runs it, in the page's script. */
async function renderSuggestions(box: HTMLElement, outcome: Awaited<ReturnType<typeof runSearch>>, nearMisses: ReturnType<typeof matchPeople>['nearMisses'], query: SearchQuery, params: SearchParams, config: SearchPageConfig, fold: Fold, t: Translate<SearchClientStrings>): Promise<void> {
  const script = locales[config.locale].script;
  const offers: { term: number; text: string }[] = nearMisses.map(({ term, person }) => ({ term, text: fromBiText(person.name, script, fold) }));
  for (const suggestion of outcome.suggestions) {
    const bi = await passageText(suggestion.article, suggestion.passage);
    if (bi === undefined) continue;
    const text = fromBiText(bi, script, fold);
    const folded = fold(text);
    const [range] = findKey(folded, textKey(folded), suggestion.key);
    if (range) offers.push({ term: suggestion.term, text: text.slice(...range) });
  }
  const seen = new Set<string>();
  const unique = offers.filter((o) => !seen.has(fold(o.text)) && seen.add(fold(o.text)));
  if (unique.length === 0) return;
  const line = el('p', 'search-suggest-line', t('search.didYouMean'));
  unique.slice(0, 3).forEach((offer, i) => {
    if (i > 0) line.append(document.createTextNode(t('search.or')));
    const link = el('a', undefined, offer.text);
    link.href = searchUrl(config.locale, { ...params, q: suggestedQuery(query, offer.term, offer.text) });
    line.append(link);
  });
  box.append(line);
  box.hidden = false;
}
