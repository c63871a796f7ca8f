/**
 * `npm run build`: the whole archive from the raw texts — normalize → validate → Astro build →
 * Pagefind index → publish.
 * Every step is a separate process so that a failure names its step and leaves no half-built index.
 * Astro and Pagefind write into a staging folder (`<dist>.partial`); only the last step, after
 * every other one succeeded, swaps it in. A failed build removes the staging folder and leaves the
 * previous dist/ exactly as it was.
 */
import { rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distDir } from './lib/paths.ts';
import { runSteps, type Step } from './lib/run-step.ts';

const bin = (name: string): string => `node_modules/.bin/${name}`;
const dist = distDir();
/**
 * Astro keeps its prerender chunks in `<outDir>/.prerender/` only when outDir is inside the project;
 * for an outDir elsewhere (ARCHIVE_DIST=/tmp/…) it falls back to the shared `./.astro/`, where two
 * parallel builds overwrite each other's chunks. So the staging folder is always inside the project.
 */
const insideProject = !relative(process.cwd(), dist).startsWith('..');
const staging = insideProject ? `${dist}.partial` : join(process.cwd(), '.cache', 'build-staging', dist.replace(/[^A-Za-z0-9]+/g, '-'));
// Steps that find the output folder through ARCHIVE_DIST (astro.config.mjs, scripts/lib/paths.ts) write to staging too.
process.env.ARCHIVE_DIST = staging;

const steps: Step[] = [
  // Raw texts → articles and the speakers registry (idempotent; writes nothing when they are current).
  { label: 'Normalize', command: ['node', 'scripts/normalize.ts'] },
  // Every article and the speakers registry, checked with messages naming file, line and fix.
  { label: 'Validate content', command: ['node', 'scripts/validate.ts'] },
  { label: 'Astro build', command: [bin('astro'), 'build', '--outDir', staging] },
  // One Pagefind index for both scripts through Pagefind's Node API, and the offline service worker (README “Search”).
  { label: 'Search index', command: ['node', 'scripts/index-search.ts'] },
  { label: 'Publish', command: ['node', 'scripts/publish-dist.ts', staging, dist] },
];

// `--print-steps`: print the steps and the environment they run in as JSON instead of running them
// (bench/run.ts runs and measures each one).
if (process.argv.includes('--print-steps')) console.log(JSON.stringify({ env: { ARCHIVE_DIST: staging }, steps }));
else {
  // runSteps exits the process on the first failing step: nothing half-written may stay behind.
  process.on('exit', () => rmSync(staging, { recursive: true, force: true }));
  runSteps(steps);
}
