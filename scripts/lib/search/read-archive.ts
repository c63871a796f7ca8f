/**
 * Reads the content folder the way the site does, outside Astro: every `articles/*.md` (frontmatter
 * validated by the one zod schema) and `speakers.yaml`, handed to `buildArchive()`. The indexer and
 * `npm run quote` use it; a file that does not validate stops them with its name and the problem.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildArchive, type Archive } from '../../../src/lib/archive.ts';
import { readLedgerFile } from '../../../src/lib/article/anchor-ledger-file.ts';
import { articleSchema, speakerRegistrySchema } from '../../../src/lib/article/schema.ts';

/** Splits `---\nYAML\n---\nbody`; null when the file has no frontmatter. */
export function splitArticleFile(text: string): { yaml: string; body: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? { yaml: match[1] ?? '', body: text.slice(match[0].length) } : null;
}

/** Reads and validates the archive in `dir` (ARCHIVE_CONTENT, default `content`). */
export function readArchive(dir: string): Archive {
  const registry = speakerRegistrySchema.parse(parse(readFileSync(join(dir, 'speakers.yaml'), 'utf8')) ?? []);
  const folder = join(dir, 'articles');
  const files = readdirSync(folder).filter((name) => name.endsWith('.md')).sort();
  const entries = files.map((name) => {
    const filePath = join(folder, name);
    const split = splitArticleFile(readFileSync(filePath, 'utf8'));
    if (!split) throw new Error(`${filePath}: no frontmatter (the file must start with a line \`---\`); see docs/article-format.md`);
    const parsed = articleSchema.safeParse(parse(split.yaml));
    if (!parsed.success) throw new Error(`${filePath}: frontmatter does not match the article schema:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
    const anchors = readLedgerFile(dir, parsed.data.id);
    return { data: parsed.data, body: split.body, filePath, ...(anchors ? { anchors } : {}) };
  });
  return buildArchive(entries, registry);
}
