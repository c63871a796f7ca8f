/**
 * The search page's script (runs in the browser): reads the query from the URL, runs it through
 * Pagefind's JS API (`runSearch()`), and renders passages in the page's script with deep links.
 * Only text nodes are created from data: nothing from the index or the URL is parsed as HTML.
 */
import { articleUrl } from '../urls.ts';
import { createFold, type Fold } from './fold.ts';
import { excerpt, matchRanges } from './match.ts';
import { parseQuery, type SearchQuery } from './query.ts';
import { fromBiText, type StoredPassage } from './record.ts';
import { runSearch, type PagefindLike, type PassageHit, type SearchFilters, type SearchSort } from './run-search.ts';
import { readSearchParams } from './search-url.ts';
import { shardedPagefind } from './sharded-pagefind.ts';
import { createTranslator, type Translate } from '../../i18n/translator.ts';
import type { SearchClientStrings, SearchPageConfig } from './page-data.ts';
import { locales } from '../../i18n/locales.ts';

interface PagefindModule extends PagefindLike {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, options?: Record<string, unknown>): Promise<void>;
}

const pagefindUrl = '/pagefind/pagefind.js';
let names = new Map<string, string>();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Speaker names in the page's script, from the options of the speaker filter (rendered at build time). */
function speakerNames(): Map<string, string> {
  const options = document.querySelectorAll<HTMLOptionElement>('select[name="speaker"] option');
  return new Map([...options].filter((o) => o.value).map((o) => [o.value, o.text]));
}

/** Who speaks in a passage, in the page's script; empty for passages outside Q&A. */
function speakerLine(passage: StoredPassage, config: SearchPageConfig, t: Translate<SearchClientStrings>, fold: Fold): string {
  const script = locales[config.locale].script;
  const name = passage.s ? (names.get(passage.s) ?? passage.s) : '';
  switch (passage.r) {
    case 'q':
      return t('search.role.question', { outlet: passage.o ? fromBiText(passage.o, script, fold) : '' });
    case 'a':
      return t('search.role.answer', { name });
    case 's':
      return t('search.role.statement', { name });
    case 'h':
      return t('search.role.host', { name });
    default:
      return passage.a === '' ? t('search.headline') : '';
  }
}

function renderHit(hit: PassageHit, query: SearchQuery, config: SearchPageConfig, fold: Fold, t: Translate<SearchClientStrings>): HTMLLIElement {
  const script = locales[config.locale].script;
  const { article, passage } = hit;
  const item = el('li', 'search-result');
  const who = speakerLine(passage, config, t, fold);
  if (who) item.append(el('p', 'search-result-who', who));
  const text = fromBiText(passage.x, script, fold);
  const link = el('a', 'search-result-text');
  link.href = articleUrl(config.locale, article.id, passage.a || undefined);
  // Highlights are found on the folded form of the text as shown: folding keeps offsets.
  for (const piece of excerpt(text, matchRanges(fold(text), query))) link.append(piece.mark ? el('mark', undefined, piece.text) : document.createTextNode(piece.text));
  item.append(link);
  const source = [article.event ?? article.title, article.outlet].map((bi) => fromBiText(bi, script, fold));
  const meta = el('p', 'search-result-source');
  meta.append(el('span', 'search-result-title', source[0]), document.createTextNode(source[1] ? ` · ${source[1]} · ` : ' · '));
  const time = el('time', undefined, article.date);
  time.dateTime = article.date;
  meta.append(time);
  item.append(meta);
  if (hit.missing.length > 0) item.append(el('p', 'search-result-missing', t('search.missing', { terms: hit.missing.map((i) => t('search.quoted', { q: query.terms[i] ?? '' })).join('、') })));
  return item;
}

/** Starts the search page: reads its configuration and the URL, searches, renders. */
export async function startSearchPage(): Promise<void> {
  const configNode = document.getElementById('search-config');
  const status = document.getElementById('search-status');
  const list = document.getElementById('search-results');
  const partialBox = document.getElementById('search-partial');
  const moreButton = document.getElementById('search-more');
  if (!configNode || !status || !list || !partialBox || !(moreButton instanceof HTMLButtonElement)) return;
  const config = JSON.parse(configNode.textContent ?? '{}') as SearchPageConfig;
  const t = createTranslator<SearchClientStrings>(config.strings);
  const fold = createFold(config.fold);
  names = speakerNames();
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
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as PagefindModule;
    await pagefind.options({ metaCacheTag: config.tag, excerptLength: 0 });
    // A large archive's index is split into shards (shard-plan.ts): Pagefind searches them as one.
    await Promise.all(config.shards.map((bundle) => pagefind.mergeIndex(bundle, { metaCacheTag: config.tag, excerptLength: 0 })));
    const filters: SearchFilters = { ...(params.speaker ? { speaker: params.speaker } : {}), ...(params.outlet ? { outlet: params.outlet } : {}), ...(params.region ? { region: params.region } : {}), ...(params.year ? { year: params.year } : {}), ...(params.kind ? { kind: params.kind } : {}) };
    const sort: SearchSort = params.sort === 'newest' || params.sort === 'oldest' ? params.sort : 'relevance';
    const outcome = await runSearch(shardedPagefind(pagefind, config.shards.length + 1), query, filters, sort, fold);
    let shown = 0;
    const show = (hits: PassageHit[]): void => {
      for (const hit of hits) list.append(renderHit(hit, query, config, fold, t));
      shown += hits.length;
      status.textContent = t(outcome.hasMore ? 'search.countMore' : 'search.count', { n: shown });
      moreButton.hidden = !outcome.hasMore;
    };
    const messages: string[] = [];
    if (outcome.unmatched.length > 0 && query.kind === 'words') messages.push(t('search.unmatched', { terms: outcome.unmatched.map((i) => t('search.quoted', { q: query.terms[i] ?? '' })).join('、') }));
    if (outcome.hits.length > 0) {
      show(outcome.hits);
      if (messages.length > 0) status.textContent += messages.join('');
    } else {
      messages.unshift(query.kind === 'phrase' ? t('search.nonePhrase', { q: query.terms[0] ?? '' }) : t('search.none'));
      // Chinese sentences follow each other without a space.
      status.textContent = messages.join('');
      if (outcome.partial.length > 0) {
        partialBox.hidden = false;
        const partialList = partialBox.querySelector('ol');
        for (const hit of outcome.partial) partialList?.append(renderHit(hit, query, config, fold, t));
      }
    }
    moreButton.addEventListener('click', async () => {
      moreButton.disabled = true;
      // Later batches can hold no full match; keep going until something shows or nothing is left.
      let found: PassageHit[] = [];
      while (found.length === 0 && outcome.hasMore) found = await outcome.more();
      show(found);
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
