/**
 * All sources → all articles and the speakers registry, in memory (no I/O): the CLI, `--check`,
 * `import` and the golden test share it. The registry grows source by source; hand-made entries stay.
 */
import type { Speaker } from '../../../src/lib/article/schema.ts';
import { checkConservation } from './conservation.ts';
import { sourceCacheKey, type SourceCache } from './normalize-cache.ts';
import type { ByteStages, SourceResult } from './normalize-source.ts';
import { normalizeSource } from './normalize-source.ts';
import type { SourceMeta } from '../source-meta.ts';

/** A raw text as the archive pipeline needs it. */
export interface ArchiveSource {
  id: string;
  file: string;
  sha256: string;
  bytes: Uint8Array;
  meta: SourceMeta;
}

/** Every article (by id), the registry, the per-source results and which sources came from the cache. */
export interface ArchiveOutput {
  articles: Map<string, string>;
  registry: Speaker[];
  results: SourceResult[];
  /** Ids of the sources whose result was reused from the cache (their inputs had not changed). */
  reused: string[];
}

/** Optional incremental mode: reuse a source's result when its key (see normalize-cache.ts) is cached. */
export interface IncrementalOptions {
  cache: SourceCache;
  /** Hash of the normalizer's code and tables. */
  code: string;
  /** Text of the errata table. */
  errata: string;
}

/** The cache key of one source given the registry it starts from. */
function keyOf(source: ArchiveSource, registry: readonly Speaker[], incremental: IncrementalOptions): string {
  return sourceCacheKey({ code: incremental.code, file: source.file, sha256: source.sha256, meta: source.meta, errata: incremental.errata, registry });
}

/**
 * Whether every source would come from the cache (walking the registry chain through the cached
 * results), so the caller can skip loading the byte-level stages.
 */
export function allCached(sources: readonly ArchiveSource[], registry: readonly Speaker[], incremental: IncrementalOptions): boolean {
  let speakers: readonly Speaker[] = registry;
  for (const source of sources) {
    const cached = incremental.cache.get(keyOf(source, speakers, incremental));
    if (!cached) return false;
    speakers = cached.registry;
  }
  return true;
}

/**
 * Normalizes every source; throws on the first source that fails, naming it. The byte stages are
 * asked for only when a source is actually normalized, so a fully cached run never loads them.
 */
export function normalizeArchive(
  sources: readonly ArchiveSource[],
  registry: readonly Speaker[],
  stages: ByteStages | (() => ByteStages),
  incremental?: IncrementalOptions,
): ArchiveOutput {
  const articles = new Map<string, string>();
  const results: SourceResult[] = [];
  const reused: string[] = [];
  let speakers = [...registry];
  let loaded: ByteStages | undefined = typeof stages === 'function' ? undefined : stages;
  const byteStages = (): ByteStages => (loaded ??= (stages as () => ByteStages)());
  for (const source of sources) {
    const key = incremental && keyOf(source, speakers, incremental);
    const cached = key ? incremental.cache.get(key) : undefined;
    const result = cached ?? normalizeSource({ ...source, registry: speakers }, byteStages());
    if (cached) reused.push(source.id);
    else if (key) incremental.cache.set(key, result);
    const conservation = checkConservation(result);
    if (conservation.missing.size > 0) {
      const list = [...conservation.missing].map(([c, n]) => `${c}×${n}`).join(' ');
      throw new Error(`${source.file}: Han characters of the source reach no article and no rule removed them: ${list}`);
    }
    for (const article of result.articles) {
      if (articles.has(article.id)) throw new Error(`${source.file}: article id ${article.id} is already used by another source`);
      articles.set(article.id, article.markdown);
    }
    speakers = result.registry;
    results.push(result);
  }
  return { articles, registry: speakers, results, reused };
}
