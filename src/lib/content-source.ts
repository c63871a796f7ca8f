/**
 * Where the site reads its content, from the build's environment — one owner for the content
 * config, the archive loader and the raw-source route, which must agree.
 */

/** Content root: the repository's `content/` unless ARCHIVE_CONTENT points elsewhere (benchmark corpora, tests). */
export const contentRoot = process.env.ARCHIVE_CONTENT ?? './content';

/**
 * The validator's hand-off of this build (ARCHIVE_VALIDATED, set by scripts/build.ts: what `npm run
 * validate` accepted), if any. With one there is no articles collection (content.config.ts) and
 * `loadArchive()` reads it itself (readArticleEntries).
 */
export const validatedHandOff = process.env.ARCHIVE_VALIDATED || undefined;
