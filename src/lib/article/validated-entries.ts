/**
 * The articles `npm run validate` accepted, handed to the site's content loader in the same build
 * (`npm run build`: Validate content, then Astro build) so that the loader does not read every
 * file's frontmatter a second time (issue 18: the loader's YAML and schema pass was most of the
 * content layer's cost). Each entry is what the reader gave (`readArticleEntry()`: schema-checked
 * frontmatter and body) with the SHA-256 of the bytes it was read from: the loader takes an entry
 * only for a file whose bytes have that digest now, and reads any other file itself — so a file
 * edited between the two steps, or missing from the hand-off, is still read (and refused) by the reader.
 * The hand-off is a build-time file outside the site (scripts/build.ts sets ARCHIVE_VALIDATED and
 * removes it when the build ends); without it every file is read, as `astro dev` does.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Article } from './schema.ts';

/** An article as the reader gave it, with the digest of its bytes. */
export interface ValidatedEntry {
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  data: Article;
  body: string;
}

/** The file's format: its version, the content folder it describes, and the articles by file name (without `.md`). */
interface ValidatedFile {
  format: typeof format;
  root: string;
  articles: Record<string, ValidatedEntry>;
}

/** Changed whenever an entry's shape changes: a hand-off of another format is ignored (every file is read). */
const format = 'zh-press-archive validated articles 1';

/** SHA-256 of a file's bytes, hex. */
export function bytesDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes the hand-off of `root`'s accepted articles to `path` (whole or not at all: written aside, then renamed). */
export function writeValidatedEntries(path: string, root: string, articles: ReadonlyMap<string, ValidatedEntry>): void {
  const file: ValidatedFile = { format, root: resolve(root), articles: Object.fromEntries(articles) };
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, JSON.stringify(file));
  renameSync(partial, path);
}

/** Removes a hand-off (before a validation that may fail, and when the build ends). */
export function removeValidatedEntries(path: string): void {
  rmSync(path, { force: true });
}

/**
 * The accepted articles of `root` from the hand-off at `path`, or an empty map when there is none,
 * it is unreadable, of another format or about another folder (then the loader reads every file).
 */
export function readValidatedEntries(path: string, root: string): ReadonlyMap<string, ValidatedEntry> {
  let file: ValidatedFile;
  try {
    file = JSON.parse(readFileSync(path, 'utf8')) as ValidatedFile;
  } catch {
    return new Map();
  }
  if (file?.format !== format || file.root !== resolve(root) || typeof file.articles !== 'object' || file.articles === null) return new Map();
  return new Map(Object.entries(file.articles));
}
