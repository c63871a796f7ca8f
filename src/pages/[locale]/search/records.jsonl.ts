/**
 * The build's hand-off to the indexer: every search record, the text chunks and the people table as JSON Lines (`SearchHandOff`, format: src/lib/search/hand-off-lines.ts), written by `astro build` from
 * the archive the pages were rendered from (parsed and converted once), read and then deleted by
 * `scripts/index-search.ts`. Never published: the indexer removes it from the build.
 * Only the first locale has it: the records hold both scripts.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeList } from '../../../i18n/locales.ts';
import { loadArchive } from '../../../lib/load-archive.ts';
import { largeFileResponse } from '../../../lib/render/stream-text.ts';
import { handOffLines, handOffPath } from '../../../lib/search/hand-off-lines.ts';
import { archiveSearchHandOff } from '../../../lib/search/records.ts';

export const getStaticPaths = (() => [{ params: { locale: localeList[0] } }]) satisfies GetStaticPaths;

// Written a line at a time: at 10,000 articles the hand-off is ~170 MB, at 50,000 ~850 MB: never one string.
export const GET: APIRoute = async () => largeFileResponse(handOffPath, handOffLines(archiveSearchHandOff(await loadArchive())));
