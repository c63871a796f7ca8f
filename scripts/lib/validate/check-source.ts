/**
 * A normalized article cites the raw text it was made from (`source.file`, `source.sha256`); the
 * site serves that text and readers check quotes against it, so it must be in the content folder's
 * `sources/`, byte for byte as it was when the article was made.
 */
import { createHash } from 'node:crypto';
import type { Article } from '../../../src/lib/article/schema.ts';
import type { ValidationIssue } from './issue.ts';
import type { DataPath } from '../../../src/lib/article/read-yaml.ts';

/**
 * Raw texts in the content folder's `sources/`, by file name. An article's `source.file` must be
 * there, byte for byte as it was normalized (the site serves it and the article cites it).
 */
export type SourceFiles = ReadonlyMap<string, Uint8Array>;

/** The raw text an article says it was normalized from is present and unchanged. */
export function checkSource(file: string, article: Pick<Article, 'source'>, sources: SourceFiles | null, lineOf: (path: DataPath) => number): ValidationIssue[] {
  if (!article.source || sources === null) return [];
  const name = article.source.file.split('/').at(-1)!;
  const raw = sources.get(name);
  if (!raw) {
    return [{ file, line: lineOf(['source', 'file']), field: 'source.file', problem: `The raw text sources/${name} that this article was normalized from is missing.`, fix: 'Put the raw text back into the content folder\'s sources/ exactly as received, or remove the `source` field if the article was written by hand.' }];
  }
  const sha256 = createHash('sha256').update(raw).digest('hex');
  if (sha256 !== article.source.sha256) {
    return [{ file, line: lineOf(['source', 'sha256']), field: 'source.sha256', problem: `The raw text sources/${name} has changed since this article was made from it (its SHA-256 is ${sha256.slice(0, 12)}…, the article says ${article.source.sha256.slice(0, 12)}…); raw texts are never edited.`, fix: `Restore the original bytes (e.g. \`git checkout -- content/sources/${name}\`); to correct the text, add an errata entry and run \`npm run normalize\`.` }];
  }
  return [];
}
