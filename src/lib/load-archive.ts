/**
 * Astro glue: reads the content collections once per build and hands them to `buildArchive()`.
 * Every page, feed and export gets the same memoized archive, so each article is parsed and
 * converted once per script.
 */
import { getCollection } from 'astro:content';
import { buildArchive, type Archive } from './archive.ts';

let archive: Promise<Archive> | undefined;

/** The archive of the current content folder (ARCHIVE_CONTENT, default `content/`). */
export function loadArchive(): Promise<Archive> {
  archive ??= (async () => {
    const [articles, speakers] = await Promise.all([getCollection('articles'), getCollection('speakers')]);
    return buildArchive(
      articles.map((entry) => ({ data: entry.data, body: entry.body ?? '', ...(entry.filePath ? { filePath: entry.filePath } : {}) })),
      speakers.map((entry) => entry.data),
    );
  })();
  return archive;
}
