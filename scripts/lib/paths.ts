/**
 * Where the build reads content and writes the site. Defaults are the repository's own folders;
 * the benchmark and parallel test runs point them elsewhere with environment variables.
 */
import { resolve } from 'node:path';

/** Folder holding `articles/`, `sources/` and `speakers.yaml` (ARCHIVE_CONTENT, default `content`). */
export function contentDir(): string {
  return resolve(process.env.ARCHIVE_CONTENT ?? 'content');
}

/** Folder the built site is written to (ARCHIVE_DIST, default `dist`). */
export function distDir(): string {
  return resolve(process.env.ARCHIVE_DIST ?? 'dist');
}
