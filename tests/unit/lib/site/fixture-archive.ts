/** Loads the hand-written site fixture (tests/fixtures/site-content) the way the content collections do. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ArticleEntry } from '../../../../src/lib/archive.ts';
import { articleSchema, speakerRegistrySchema, type Speaker } from '../../../../src/lib/article/schema.ts';

export const fixtureRoot = join(import.meta.dirname, '../../../fixtures/site-content');

/** Splits `---` frontmatter from the body. */
function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return { frontmatter: match[1] ?? '', body: match[2] ?? '' };
}

/** Article entries of a content folder. */
export function loadEntries(root: string = fixtureRoot): ArticleEntry[] {
  const folder = join(root, 'articles');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(folder, name), 'utf8'));
      return { data: articleSchema.parse(parse(frontmatter)), body, filePath: name };
    });
}

/** The speakers registry of a content folder. */
export function loadRegistry(root: string = fixtureRoot): Speaker[] {
  return speakerRegistrySchema.parse(parse(readFileSync(join(root, 'speakers.yaml'), 'utf8')) ?? []);
}
