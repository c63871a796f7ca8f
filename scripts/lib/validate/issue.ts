/**
 * A problem the validator found in the content folder, and how a maintainer reads it: every issue
 * names the file, where in it (line, byte offset or field), what is wrong and how to fix it.
 */
import type { ArticleProblem } from '../../../src/lib/article/read-article.ts';

/** One problem in one file: an {@link ArticleProblem} (line, column, byte offset, field, problem, fix) with the file it is in. */
export interface ValidationIssue extends ArticleProblem {
  /** Path of the file as the maintainer typed it or sees it, e.g. `content/articles/2024-06-13-x.md`. */
  file: string;
}

/** Where an issue is: `file:line`, `file:line:column`, `file (byte 1234, line 5)` or just the file. */
export function formatLocation(issue: Pick<ValidationIssue, 'file' | 'line' | 'column' | 'offset'>): string {
  if (issue.offset !== undefined) return `${issue.file} (byte ${issue.offset}${issue.line !== undefined ? `, line ${issue.line}` : ''})`;
  if (issue.line === undefined) return issue.file;
  return issue.column !== undefined ? `${issue.file}:${issue.line}:${issue.column}` : `${issue.file}:${issue.line}`;
}

/**
 * The message a maintainer sees, two lines.
 * @example
 * formatIssue({ file: 'content/articles/a.md', line: 4, field: 'date', problem: 'date “2024-13-01” is not a real date.', fix: 'Write it as YYYY-MM-DD.' })
 * // 'content/articles/a.md:4 [date] date “2024-13-01” is not a real date.\n  fix: Write it as YYYY-MM-DD.'
 */
export function formatIssue(issue: ValidationIssue): string {
  const field = issue.field ? ` [${issue.field}]` : '';
  return `${formatLocation(issue)}${field} ${issue.problem}\n  fix: ${issue.fix}`;
}

/** Issues in a stable order: by file, then line (file-level problems first), then text. */
export function sortIssues(issues: readonly ValidationIssue[]): ValidationIssue[] {
  return [...issues].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.problem < b.problem ? -1 : a.problem > b.problem ? 1 : 0),
  );
}
