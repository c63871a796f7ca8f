/**
 * Astro glue: reads the articles and the speakers once per build and hands them to `buildArchive()`:
 * the articles from the validator's hand-off in `npm run build` (readArticleEntries), else from the collection.
 * Every page, feed and export gets the same memoized archive, so each article is parsed and
 * converted once per script.
 */
import { getCollection } from 'astro:content';
import { buildArchive, type Archive } from './archive.ts';
import { readLedgerFile } from './article/anchor-ledger-file.ts';
import { readArticleEntries } from './article/content-loader.ts';
import { readValidatedEntries } from './article/validated-entries.ts';
import { contentRoot, validatedHandOff } from './content-source.ts';

let archive: Promise<Archive> | undefined;

/** The archive of the current content folder (ARCHIVE_CONTENT, default `content/`). */
export function loadArchive(): Promise<Archive> {
  archive ??= (async () => {
    const [articles, speakers] = await Promise.all([validatedHandOff ? readArticleEntries(contentRoot, readValidatedEntries(validatedHandOff, contentRoot)) : getCollection('articles'), getCollection('speakers')]);
    return buildArchive(
      articles.map((entry) => {
        const anchors = readLedgerFile(contentRoot, entry.data.id);
        return { data: entry.data, body: entry.body ?? '', ...(entry.filePath ? { filePath: entry.filePath } : {}), ...(anchors ? { anchors } : {}) };
      }),
      speakers.map((entry) => entry.data),
    );
  })();
  return archive;
}
