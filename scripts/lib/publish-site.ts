/**
 * Publishing a finished build: the new site is staged next to the target (same parent folder, so
 * the last move is a rename even when the build ran on another filesystem), marked as this
 * archive's build, and swapped in; the previous site stays complete until then. A target folder is
 * only ever replaced when it carries the marker, so `ARCHIVE_DIST=docs` is refused, not deleted.
 */
import { cpSync, existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file every published build carries at its root: the proof that a folder may be replaced. */
export const buildMarker = '.zh-press-archive-build';

const markerText = 'This folder is a build of zh-press-archive (npm run build). The next build replaces it whole: do not keep other files here.\n';

/**
 * What a complete build contains (a build cut short by a concurrent one had only `pagefind/` and
 * `sw.js`); from astro.config.mjs (the two locale home pages) and scripts/index-search.ts (the rest).
 */
export const requiredEntries: readonly string[] = ['zh-hans/index.html', 'zh-hant/index.html', 'pagefind/pagefind.js', 'sw.js'];

/** Why publishing was refused; the message names the folder and the fix. */
export class PublishError extends Error {}

/** The sibling folders publishing uses for `dist`. */
export function publishPaths(dist: string): { next: string; previous: string } {
  const parent = dirname(dist);
  return { next: join(parent, `${basename(dist)}.next`), previous: join(parent, `${basename(dist)}.previous`) };
}

/** Refuses a target that exists and is not a build of this archive (an empty folder is fine). */
export function checkTarget(dist: string): void {
  if (!existsSync(dist)) return;
  if (!statSync(dist).isDirectory()) throw new PublishError(`${dist} exists and is not a folder; refusing to replace it. Point ARCHIVE_DIST at a new folder.`);
  if (readdirSync(dist).length === 0 || existsSync(join(dist, buildMarker))) return;
  throw new PublishError(
    `${dist} exists and is not a build of this archive (it has no ${buildMarker}); refusing to replace it. ` +
      `Point ARCHIVE_DIST at a new or empty folder or at a previous build; if it is a build from before the marker existed, delete it yourself (rm -r ${dist}).`,
  );
}

/**
 * Puts back the previous site when a publish was killed between its two renames (the target
 * missing, `<dist>.previous` complete), and removes leftovers of an interrupted publish.
 * Call it while holding the build lock.
 */
export function recoverInterruptedPublish(dist: string): string[] {
  const { next, previous } = publishPaths(dist);
  const done: string[] = [];
  if (!existsSync(dist) && existsSync(join(previous, buildMarker))) {
    renameSync(previous, dist);
    done.push(`restored ${dist} from ${previous} (a publish was interrupted)`);
  }
  for (const leftover of [next, previous]) {
    if (existsSync(leftover)) {
      rmSync(leftover, { recursive: true, force: true });
      done.push(`removed ${leftover} (left by an interrupted publish)`);
    }
  }
  return done;
}

/** Replaces `dist` by the complete build in `staging`; on any refusal nothing is changed. */
export function publishSite(staging: string, dist: string): void {
  if (!existsSync(staging) || !statSync(staging).isDirectory()) throw new PublishError(`${staging}/ does not exist; the build steps before this one did not write it.`);
  const missing = requiredEntries.filter((entry) => !existsSync(join(staging, entry)));
  if (missing.length > 0) throw new PublishError(`${staging}/ is not a complete build (missing ${missing.join(', ')}); ${dist} is left as it was.`);
  checkTarget(dist);
  const { next, previous } = publishPaths(dist);
  rmSync(next, { recursive: true, force: true });
  try {
    renameSync(staging, next);
  } catch (error) {
    // EXDEV: the staging folder is on another filesystem; copy it next to the target first.
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(staging, next, { recursive: true, verbatimSymlinks: true });
    rmSync(staging, { recursive: true, force: true });
  }
  writeFileSync(join(next, buildMarker), markerText);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(next, dist);
  rmSync(previous, { recursive: true, force: true });
}
