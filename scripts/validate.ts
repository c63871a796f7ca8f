/**
 * `npm run validate [-- <content folder>]`: checks every article in `<folder>/articles/*.md` and
 * the speakers registry `<folder>/speakers.yaml` (default: ARCHIVE_CONTENT or `content/`), prints
 * every problem with file, line or byte offset, what is wrong and how to fix it, and exits 1 when
 * there is any. `npm run build` runs it before Astro, so a bad article stops the build with these
 * messages instead of a stack trace, before anything is written. With ARCHIVE_VALIDATED (set by
 * `npm run build`) it also writes the accepted articles there for the Astro build's content loader
 * (src/lib/article/validated-entries.ts), and removes that file first, so a failed run leaves none.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bytesDigest, removeValidatedEntries, writeValidatedEntries, type ValidatedEntry } from '../src/lib/article/validated-entries.ts';
import { contentDir } from './lib/paths.ts';
import { formatIssue } from './lib/validate/issue.ts';
import { readContentFolder } from './lib/validate/read-content.ts';
import { validateContent } from './lib/validate/validate-content.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const root = positionals[0] ?? contentDir();

/** Paths inside the project relative to it (as a maintainer types them), others absolute. */
const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel;
};
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

if (!existsSync(join(root, 'articles'))) {
  console.error(`validate: ${shown(join(root, 'articles'))}/ does not exist. Pass a content folder that holds articles/ and speakers.yaml: npm run validate -- <folder>`);
  process.exit(1);
}
const handOff = process.env.ARCHIVE_VALIDATED;
if (handOff) removeValidatedEntries(handOff);
const content = readContentFolder(root, shown);
const accepted = new Map<string, ValidatedEntry>();
const issues = validateContent(content, ({ name, bytes }, entry) => accepted.set(name, { sha256: bytesDigest(bytes), ...entry }));
const articles = plural(content.articles.length, 'article');

if (issues.length > 0) {
  for (const issue of issues) console.error(`✖ ${formatIssue(issue)}\n`);
  const files = new Set(issues.map((issue) => issue.file)).size;
  console.error(`validate: ${plural(issues.length, 'problem')} in ${plural(files, 'file')} (${articles} checked in ${shown(root)}/).`);
  process.exit(1);
}
if (handOff) writeValidatedEntries(handOff, root, accepted);
console.log(`validate: ${articles} and the speakers registry in ${shown(root)}/ are valid.`);
