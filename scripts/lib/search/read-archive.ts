/**
 * Reads the content folder the way the site does, outside Astro: every `articles/*.md` (frontmatter
 * read by src/lib/article/read-article.ts, as the site's content loader reads them) and
 * `speakers.yaml`, handed to `buildArchive()`. The indexer and
 * `npm run quote` use it; a file that does not validate stops them with its name and the problem.
 */
import { join } from 'node:path';
import { buildArchive, type Archive } from '../../../src/lib/archive.ts';
import { readLedgerFile } from '../../../src/lib/article/anchor-ledger-file.ts';
import { readArticleEntryOrThrow } from '../../../src/lib/article/read-article.ts';
import { listFiles, readRegularFile } from '../../../src/lib/article/read-file.ts';
import { readRegistryOrThrow } from '../../../src/lib/article/read-registry.ts';

/** Reads and validates the archive in `dir` (ARCHIVE_CONTENT, default `content`). */
export function readArchive(dir: string): Archive {
  const registryPath = join(dir, 'speakers.yaml');
  const registry = readRegistryOrThrow(readRegularFile(registryPath, dir), registryPath);
  const entries = listFiles(join(dir, 'articles'), '.md').map((filePath) => {
    const { data, body } = readArticleEntryOrThrow(readRegularFile(filePath, dir), filePath);
    const anchors = readLedgerFile(dir, data.id);
    return { data, body, filePath, ...(anchors ? { anchors } : {}) };
  });
  return buildArchive(entries, registry);
}
