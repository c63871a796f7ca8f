/**
 * Reads the content folder the way the site does, outside Astro: every `articles/*.md` (frontmatter
 * read by src/lib/article/read-article.ts, as the site's content loader reads them) and
 * `speakers.yaml`, handed to `buildArchive()`. The indexer, `npm run quote`, `npm run convert`
 * and `npm run audit:conversion` use it; a file that does not validate stops them with its name and the problem.
 */
import { join } from 'node:path';
import { buildArchive, type Archive } from '../../../src/lib/archive.ts';
import { readLedgerFile } from '../../../src/lib/article/anchor-ledger-file.ts';
import { readArticleEntryOrThrow } from '../../../src/lib/article/read-article.ts';
import { listFiles, readRegularFile } from '../../../src/lib/article/read-file.ts';
import { readRegistryOrThrow } from '../../../src/lib/article/read-registry.ts';
import type { Speaker } from '../../../src/lib/article/schema.ts';

/** The speakers registry of the archive in `dir`, read and validated as the site reads it. */
export function readSpeakerRegistry(dir: string): Speaker[] {
  const registryPath = join(dir, 'speakers.yaml');
  return readRegistryOrThrow(readRegularFile(registryPath, dir), registryPath);
}

/** Reads and validates the archive in `dir` (ARCHIVE_CONTENT, default `content`). */
export function readArchive(dir: string): Archive {
  const registry = readSpeakerRegistry(dir);
  const entries = listFiles(join(dir, 'articles'), '.md').map((filePath) => {
    const { data, body } = readArticleEntryOrThrow(readRegularFile(filePath, dir), filePath);
    const anchors = readLedgerFile(dir, data.id);
    return { data, body, filePath, ...(anchors ? { anchors } : {}) };
  });
  return buildArchive(entries, registry);
}
