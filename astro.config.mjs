// @ts-check
import { defineConfig } from 'astro/config';

/** Static archive: every page is prerendered; locales live in src/i18n/locales.ts and drive the routes. */
export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No prefetch, fonts or telemetry: built pages must make no external request.
  devToolbar: { enabled: false },
});
