/**
 * File-system side of the corpus: reads a content root (`articles/*.md`, `speakers.yaml`) into a
 * pool and writes a generated corpus as a content root the site and the floor can build from.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegistry } from '../../src/lib/article/read-registry.ts';
import type { Speaker } from '../../src/lib/article/schema.ts';
import { buildPool, parseArticleFile, type ArticlePool, type ParsedArticle } from './article-pool.ts';
import { emitSpeakers, type Corpus } from './generate-corpus.ts';

/** The real articles, their pool and the registry of one content root. */
export interface LoadedContent {
  root: string;
  articles: ParsedArticle[];
  pool: ArticlePool;
  registry: Speaker[];
}

/** Number of article files in a content root (0 when it has none). */
export function countArticles(root: string): number {
  const dir = join(root, 'articles');
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).length : 0;
}

/** Reads a content root; throws naming the file when an article or the registry is invalid. */
export function loadContent(root: string): LoadedContent {
  const dir = join(root, 'articles');
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const articles = files.map((name) => parseArticleFile({ name: join(dir, name), text: readFileSync(join(dir, name), 'utf8') }));
  const registryFile = join(root, 'speakers.yaml');
  const registry = existsSync(registryFile) ? parseRegistry(readFileSync(registryFile, 'utf8'), registryFile) : [];
  return { root, articles, pool: buildPool(articles), registry };
}

/** Writes a corpus as a content root (replacing what was there). */
export function writeCorpus(root: string, corpus: Corpus): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'articles'), { recursive: true });
  for (const article of corpus.articles) writeFileSync(join(root, 'articles', `${article.id}.md`), article.markdown);
  writeFileSync(join(root, 'speakers.yaml'), emitSpeakers(corpus.speakers));
}
