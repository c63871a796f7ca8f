/**
 * Validates a whole content folder given as data (no file system here): the speakers registry,
 * every article against it, and ids across articles (each id once).
 */
import { checkArticle, type ArticleCheck, type ArticleFile } from './check-article.ts';
import type { SourceFiles } from './check-source.ts';
import { checkRegistry } from './check-registry.ts';
import { sortIssues, type ValidationIssue } from './issue.ts';
import { pushTo } from '../../../src/lib/multimap.ts';

/** A content folder read into memory. */
export interface ContentFiles {
  /** Registry path shown in messages and its bytes (null when missing). */
  registry: { file: string; bytes: Uint8Array | null };
  articles: readonly ArticleFile[];
  /** Raw texts in `sources/` by file name (empty when the folder has none). */
  sources: SourceFiles;
  /** Paths that were not read (not regular files, links out of the folder, too large), as issues. */
  refused?: readonly ValidationIssue[];
}

/**
 * Every problem in the folder, sorted by file and line; `accept` is given each article that has no
 * problem of its own, as the site's reader gives it (scripts/validate.ts hands them to the build).
 */
export function validateContent({ registry, articles, sources, refused = [] }: ContentFiles, accept?: (article: ArticleFile, entry: NonNullable<ArticleCheck['entry']>) => void): ValidationIssue[] {
  const registryCheck = checkRegistry(registry.file, registry.bytes);
  const issues: ValidationIssue[] = [...refused, ...registryCheck.issues];
  const byId = new Map<string, { file: string; line?: number }[]>();
  for (const article of articles) {
    const check = checkArticle(article, registryCheck.speakers, sources);
    issues.push(...check.issues);
    if (check.issues.length === 0 && check.entry) accept?.(article, check.entry);
    if (check.id !== undefined) pushTo(byId, check.id, { file: article.file, ...(check.idLine !== undefined ? { line: check.idLine } : {}) });
  }
  for (const [id, uses] of byId) {
    if (uses.length < 2) continue;
    for (const use of uses) {
      const others = uses.filter((other) => other !== use).map((other) => other.file);
      issues.push({ ...use, field: 'id', problem: `Duplicate id “${id}”: ${others.join(', ')} ${others.length > 1 ? 'have' : 'has'} the same id.`, fix: 'Every article needs its own id (= its file name): give one of them another id and rename its file, or delete the copy.' });
    }
  }
  return sortIssues(issues);
}
