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

let archive: Promise<Archive> | undefined;
/** Content root, as in `content.config.ts` (ARCHIVE_CONTENT, default `content/`): its `anchors/` holds the ledgers. */
const contentRoot = process.env.ARCHIVE_CONTENT ?? './content';
/** The validator's hand-off of this build (ARCHIVE_VALIDATED, set by scripts/build.ts): then there is no articles collection (content.config.ts). */
const validated = process.env.ARCHIVE_VALIDATED || undefined;

/** The archive of the current content folder (ARCHIVE_CONTENT, default `content/`). */
export function loadArchive(): Promise<Archive> {
  archive ??= (async () => {
    const [articles, speakers] = await Promise.all([validated ? readArticleEntries(contentRoot, readValidatedEntries(validated, contentRoot)) : getCollection('articles'), getCollection('speakers')]);
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
