/**
 * A readable summary of how a committed file differs from what the normalizer produces: the first
 * differing lines with their numbers, and how many lines differ in all.
 */
import { relative } from 'node:path';

/** Lines of a short report for one file (`before` null when the file is missing). */
export function diffSummary(path: string, before: string | null, after: string, root = '.'): string {
  const name = relative(root, path);
  if (before === null) return `✗ ${name}: missing (would be created, ${after.split('\n').length} lines)`;
  const a = before.split('\n');
  const b = after.split('\n');
  const differing: number[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) differing.push(i);
  const shown = differing.slice(0, 3).flatMap((i) => [`    line ${i + 1} committed: ${(a[i] ?? '(none)').slice(0, 100)}`, `    line ${i + 1} generated: ${(b[i] ?? '(none)').slice(0, 100)}`]);
  return [`✗ ${name}: ${differing.length} line(s) differ`, ...shown].join('\n');
}
