// @ts-check
import { defineConfig } from 'astro/config';
import { largeFilesIntegration } from './src/lib/render/stream-text.ts';

/**
 * Static archive: every page is prerendered; locales live in src/i18n/locales.ts and drive the routes.
 * ARCHIVE_DIST and ARCHIVE_CACHE let the benchmark and parallel test runs build into their own
 * folders (defaults: dist/ and node_modules/.astro/); ARCHIVE_CONTENT is read by src/content.config.ts.
 */
/**
 * The archive's public origin (ARCHIVE_SITE): permalinks in citations, feeds, exports and the sitemap
 * are absolute against it. Unset, there is no origin to guess: pages complete their permalinks with
 * their own `location.origin` at run time, files carry site paths, and the build warns.
 */
const site = process.env.ARCHIVE_SITE || undefined;
if (site && !/^https?:\/\/[^/]+/.test(site)) throw new Error(`ARCHIVE_SITE must be an http(s) origin such as https://archive.example.org, not ${JSON.stringify(site)}`);

/** Warns once per production build that has no public origin. */
/** @type {import('astro').AstroIntegration} */
const publicOriginWarning = {
  name: 'archive-public-origin',
  hooks: {
    'astro:build:start': ({ logger }) => {
      if (!site)
        logger.warn(
          'ARCHIVE_SITE is not set: citations on pages use the address they are read at, but feeds, exports and the sitemap carry site paths (/zh-hans/…) instead of absolute URLs, which crawlers and some feed readers reject. For a deployment, build with ARCHIVE_SITE=https://your.host npm run build.',
        );
    },
  },
};

export default defineConfig({
  site,
  // largeFilesIntegration: the exports and the search hand-off are written straight to disk (src/lib/render/stream-text.ts).
  integrations: [publicOriginWarning, largeFilesIntegration()],
  output: 'static',
  trailingSlash: 'always',
  outDir: process.env.ARCHIVE_DIST ?? './dist',
  cacheDir: process.env.ARCHIVE_CACHE ?? './node_modules/.astro',
  // Component styles and page scripts as files under /_astro/, not inlined into every page: a reader's browser (and the
  // offline service worker, which precaches /_astro/) fetches them once for the whole archive, and each of the 20,000+
  // pages of a large archive is about 5 KB smaller to build, write and download (bench/results.md, issue 18).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // No prefetch, fonts, toolbar or telemetry: built pages make no external request.
  devToolbar: { enabled: false },
});
