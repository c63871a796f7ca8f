/**
 * Incremental normalizing: a source's result is reused when nothing it depends on changed. The key
 * is a SHA-256 over everything that decides the result — the raw bytes, the source's path and meta
 * file, the errata table, the speakers registry it starts from (a speaker added by an earlier source
 * can change how labels resolve) and the normalizer's own code — so a hit is always what a full run
 * would produce. `--check` never reads the cache: it proves the committed files against a full run.
 */
import { createHash } from 'node:crypto';
import type { Speaker } from '../../../src/lib/article/schema.ts';
import type { SourceResult } from './normalize-source.ts';
import type { SourceMeta } from '../source-meta.ts';

/** Where results are kept between runs (the CLI's is a folder of JSON files). */
export interface SourceCache {
  get(key: string): SourceResult | undefined;
  set(key: string, result: SourceResult): void;
}

/** What a source's result depends on. */
export interface SourceKeyParts {
  /** Hash of the normalizer's code and data tables (`codeVersion()` in the CLI). */
  code: string;
  file: string;
  sha256: string;
  meta: SourceMeta;
  errata: string;
  registry: readonly Speaker[];
}

/** The cache key of one source: equal keys mean equal results. */
export function sourceCacheKey(parts: SourceKeyParts): string {
  const hash = createHash('sha256');
  for (const part of [parts.code, parts.file, parts.sha256, JSON.stringify(parts.meta), parts.errata, JSON.stringify(parts.registry)]) {
    // Length-prefixed, so that moving text from one part to the next changes the key.
    hash.update(`${part.length}:${part}\n`);
  }
  return hash.digest('hex');
}

/** An in-memory cache (tests; a single process). */
export function memoryCache(): SourceCache & { size(): number } {
  const entries = new Map<string, SourceResult>();
  return { get: (key) => entries.get(key), set: (key, result) => void entries.set(key, result), size: () => entries.size };
}
