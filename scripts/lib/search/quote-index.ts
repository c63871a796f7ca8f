/**
 * The records `npm run quote` searches: the same documents and people table the search page's index
 * is built from (`archiveSearchRecords()`, `archivePeople()`), kept in a small prebuilt file so that
 * a run reads one JSON file instead of parsing and converting the whole archive. The file is rebuilt
 * when the content folder changes (names, sizes and modification times of the articles and the
 * speakers registry) or the record format does.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readArchive } from './read-archive.ts';
import type { PersonEntry } from '../../../src/lib/search/people.ts';
import type { SearchDoc } from '../../../src/lib/search/record.ts';
import { archivePeople, archiveSearchRecords } from '../../../src/lib/search/records.ts';

/** What the file holds. */
export interface QuoteIndex {
  stamp: string;
  docs: SearchDoc[];
  people: PersonEntry[];
}

/** Bumped whenever the shape of `SearchDoc` or `PersonEntry` changes. */
const format = 'search-docs-2';

/** The stamp of a content folder: the format and every article's and the registry's name, size and modification time. */
export function contentStamp(dir: string): string {
  const hash = createHash('sha256').update(format);
  const folder = join(dir, 'articles');
  const names = readdirSync(folder).filter((name) => name.endsWith('.md')).sort();
  for (const path of [...names.map((name) => join(folder, name)), join(dir, 'speakers.yaml')]) {
    const stat = statSync(path);
    hash.update(`${path}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/** Where the file of a content folder lives (one per folder, under the project's cache). */
export function quoteIndexPath(dir: string, cacheRoot = join(process.cwd(), 'node_modules', '.cache', 'zh-press-archive', 'search')): string {
  return join(cacheRoot, `${createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16)}.json`);
}

/** Reads the quote index of a content folder, rebuilding it first when it is missing or stale. */
export function loadQuoteIndex(dir: string, path = quoteIndexPath(dir)): { index: QuoteIndex; rebuilt: boolean } {
  const stamp = contentStamp(dir);
  if (existsSync(path)) {
    try {
      const index = JSON.parse(readFileSync(path, 'utf8')) as QuoteIndex;
      if (index.stamp === stamp) return { index, rebuilt: false };
    } catch {
      // An unreadable file is rebuilt like a stale one.
    }
  }
  const archive = readArchive(dir);
  const index: QuoteIndex = { stamp, docs: archiveSearchRecords(archive).map((built) => built.doc), people: archivePeople(archive) };
  mkdirSync(join(path, '..'), { recursive: true });
  // Written whole, then renamed: a run never reads half a file.
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(index));
  renameSync(temporary, path);
  return { index, rebuilt: true };
}
