/**
 * All sources → all articles and the speakers registry, in memory (no I/O): the CLI, `--check`,
 * `import` and the golden test share it. The registry grows source by source; hand-made entries stay.
 */
import type { Speaker } from '../../src/lib/schema.ts';
import { checkConservation } from './conservation.ts';
import type { ByteStages, SourceResult } from './normalize-source.ts';
import { normalizeSource } from './normalize-source.ts';
import type { SourceMeta } from './source-meta.ts';

/** A raw text as the archive pipeline needs it. */
export interface ArchiveSource {
  id: string;
  file: string;
  sha256: string;
  bytes: Uint8Array;
  meta: SourceMeta;
}

/** Every article (by id), the registry and the per-source results. */
export interface ArchiveOutput {
  articles: Map<string, string>;
  registry: Speaker[];
  results: SourceResult[];
}

/** Normalizes every source; throws on the first source that fails, naming it. */
export function normalizeArchive(sources: readonly ArchiveSource[], registry: readonly Speaker[], stages: ByteStages): ArchiveOutput {
  const articles = new Map<string, string>();
  const results: SourceResult[] = [];
  let speakers = [...registry];
  for (const source of sources) {
    const result = normalizeSource({ ...source, registry: speakers }, stages);
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
  return { articles, registry: speakers, results };
}
