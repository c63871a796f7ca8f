// @ts-check
import { defineConfig } from 'astro/config';

/**
 * The benchmark's floor: a plain Astro site over the same Markdown, built with the project's own
 * astro binary (`astro build --root bench/floor`). BENCH_FLOOR_DIST and BENCH_FLOOR_CACHE point
 * the output and cache at the benchmark's work folder; BENCH_FLOOR_CONTENT (read by
 * src/content.config.ts) is the corpus' content root.
 */
export default defineConfig({
  output: 'static',
  outDir: process.env.BENCH_FLOOR_DIST ?? '../out/floor-dist',
  cacheDir: process.env.BENCH_FLOOR_CACHE ?? '../out/floor-cache',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
