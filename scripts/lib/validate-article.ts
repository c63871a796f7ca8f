/**
 * Checks a rendered article before anything is written: the frontmatter against `articleSchema`,
 * the body with `parseArticleBody()` (zero issues), and every anchor a turn or paragraph needs.
 */
import { parse } from 'yaml';
import { parseArticleBody } from '../../src/lib/article/model.ts';
import { articleSchema, type Speaker } from '../../src/lib/article/schema.ts';

/** Throws a readable error naming `where` when the article is not valid. */
export function validateArticle(markdown: string, registry: readonly Speaker[], where: string): void {
  const match = /^---\n(?<yaml>[\s\S]*?)\n---\n(?<body>[\s\S]*)$/.exec(markdown);
  if (!match?.groups) throw new Error(`${where}: rendered article has no frontmatter block`);
  const front = articleSchema.safeParse(parse(match.groups.yaml ?? ''));
  if (!front.success) throw new Error(`${where}: frontmatter does not match articleSchema: ${front.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const lineOffset = (match.groups.yaml ?? '').split('\n').length + 2;
  const model = parseArticleBody(match.groups.body ?? '', { participants: front.data.speakers, registry }, lineOffset);
  if (model.issues.length > 0) throw new Error(`${where}: body has ${model.issues.length} issue(s): ${model.issues.map((i) => `line ${i.line}: ${i.message}`).join('; ')}`);
}
