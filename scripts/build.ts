/**
 * `npm run build [-- --no-wait]`: the whole archive from the raw texts — normalize → validate →
 * Astro build → Pagefind index → publish.
 * Every step is a separate process so that a failure names its step and leaves no half-built index.
 * Astro and Pagefind write into a staging folder (`<dist>.partial`); only the last step, after
 * every other one succeeded, swaps it in (scripts/lib/publish-site.ts). A failed or killed build
 * leaves the previous dist/ exactly as it was. One build per output folder at a time
 * (scripts/lib/build-lock.ts): a second one waits, or with `--no-wait` stops with a message.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { acquireLock, type HeldLock } from './lib/build-lock.ts';
import { distDir } from './lib/paths.ts';
import { checkTarget, recoverInterruptedPublish } from './lib/publish-site.ts';
import { runSteps, type Step } from './lib/run-step.ts';

const bin = (name: string): string => `node_modules/.bin/${name}`;
const dist = distDir();
/**
 * Astro keeps its prerender chunks in `<outDir>/.prerender/` only when outDir is inside the project;
 * for an outDir elsewhere (ARCHIVE_DIST=/tmp/…) it falls back to the shared `./.astro/`, where two
 * parallel builds overwrite each other's chunks. So the staging folder is always inside the project
 * (publishing copies it next to dist when that is on another filesystem).
 */
const insideProject = !relative(process.cwd(), dist).startsWith('..');
const staging = insideProject ? `${dist}.partial` : join(process.cwd(), '.cache', 'build-staging', dist.replace(/[^A-Za-z0-9]+/g, '-'));
// Steps that find the output folder through ARCHIVE_DIST (astro.config.mjs, scripts/lib/paths.ts) write to staging too.
process.env.ARCHIVE_DIST = staging;
/**
 * The validator's hand-off to the Astro build's content loader: the articles it accepted, so that
 * the build does not read every frontmatter again (src/lib/article/validated-entries.ts). One per
 * output folder, never published, removed when the build ends.
 */
const validated = join(process.cwd(), '.cache', 'validated', `${dist.replace(/[^A-Za-z0-9]+/g, '-')}.json`);
process.env.ARCHIVE_VALIDATED = validated;

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
const unknown = process.argv.slice(2).filter((arg) => !['--print-steps', '--no-wait'].includes(arg));
if (unknown.length > 0) {
  console.error(`build: unknown argument ${unknown.map((arg) => JSON.stringify(arg)).join(', ')}\nusage: npm run build [-- --no-wait]`);
  process.exit(1);
}
if (process.argv.includes('--print-steps')) console.log(JSON.stringify({ env: { ARCHIVE_DIST: staging, ARCHIVE_VALIDATED: validated }, steps }));
else {
  let lock: HeldLock | undefined;
  try {
    // Refuse a target that is not an archive build before spending minutes on it (publish checks again).
    checkTarget(dist);
    mkdirSync(dirname(dist), { recursive: true });
    lock = acquireLock(`${dist}.build-lock`, {
      wait: !process.argv.includes('--no-wait'),
      onWait: (message) => console.log(`build: waiting: ${message} …`),
    });
    for (const note of recoverInterruptedPublish(dist)) console.log(`build: ${note}`);
    // A staging folder (or a hand-off) left by a killed build is never used: start from none.
    rmSync(staging, { recursive: true, force: true });
    rmSync(validated, { force: true });
  } catch (error) {
    console.error(`build: ${(error as Error).message}`);
    process.exit(1);
  }
  const held = lock;
  let current: ChildProcess | undefined;
  // runSteps exits the process on the first failing step: nothing half-written may stay behind.
  process.on('exit', () => {
    rmSync(staging, { recursive: true, force: true });
    rmSync(validated, { force: true });
    held.release();
  });
  // Ctrl-C or a kill: stop the running step, then end through process.exit (staging and lock cleaned up).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      current?.kill(signal);
      process.exit(130);
    });
  }
  await runSteps(steps, {
    onSpawn: (child) => {
      current = child;
      held.setChild(child.pid);
    },
  });
}
