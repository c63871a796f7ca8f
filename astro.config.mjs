// @ts-check
import { defineConfig } from 'astro/config';

/**
 * Static archive: every page is prerendered; locales live in src/i18n/locales.ts and drive the routes.
 * ARCHIVE_DIST and ARCHIVE_CACHE let the benchmark and parallel test runs build into their own
 * folders (defaults: dist/ and node_modules/.astro/); ARCHIVE_CONTENT is read by src/content.config.ts.
 */
export default defineConfig({
  // The origin of permalinks in citations, feeds and the sitemap: set ARCHIVE_SITE to the public
  // address when deploying (the default is the address `npm start` serves).
  site: process.env.ARCHIVE_SITE ?? 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  outDir: process.env.ARCHIVE_DIST ?? './dist',
  cacheDir: process.env.ARCHIVE_CACHE ?? './node_modules/.astro',
  build: { format: 'directory' },
  // No prefetch, fonts, toolbar or telemetry: built pages make no external request.
  devToolbar: { enabled: false },
});
