/**
 * Exclusive builds and atomic publishing with real `npm run build`s in temporary folders: two
 * builds at once leave a complete dist/ (the second waits for the lock); `kill -9` mid-build leaves
 * the previous dist/ complete and the next build takes over; a target that is not an archive build
 * (ARCHIVE_DIST=docs) is refused before any step; a dist/ on another filesystem (tmpfs) publishes.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildMarker, requiredEntries } from '../../scripts/lib/publish-site.ts';
import { snapshotTree } from '../../scripts/lib/validate/compare-trees.ts';
import { build, makeContent, readmeExample, startScript, tempFolder } from './maintainer-build.ts';

const roots: string[] = [];
test.afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

const articleName = '2024-04-02-quan-sheng-chun-geng-bei-geng.md';

function setup(name: string, base?: string): { root: string; content: string; dist: string; cache: string } {
  const root = base ? mkdtempSync(join(base, `maint-${name}-`)) : tempFolder(name);
  roots.push(root);
  return { root, content: makeContent(root, readmeExample('speaker'), { [articleName]: readmeExample('article') }), dist: join(root, 'dist'), cache: join(root, 'cache') };
}

/** A published build: every required entry, the marker, the article page, and no sibling left over. */
function expectComplete(root: string, dist: string): void {
  for (const entry of [...requiredEntries, buildMarker, 'zh-hans/articles/2024-04-02-quan-sheng-chun-geng-bei-geng/index.html']) expect(existsSync(join(dist, entry)), entry).toBe(true);
  expect(readdirSync(root).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
}

test('two concurrent builds of one folder both succeed, one after the other, and leave a complete dist/', async () => {
  test.setTimeout(600_000);
  const { root, content, dist, cache } = setup('concurrent');
  const env = { ARCHIVE_CONTENT: content, ARCHIVE_DIST: dist, ARCHIVE_CACHE: cache };
  const [a, b] = await Promise.all([startScript('scripts/build.ts', [], env).result, startScript('scripts/build.ts', [], env).result]);
  expect([a.status, b.status]).toEqual([0, 0]);
  expect([a.output, b.output].filter((o) => o.includes('build: waiting: '))).toHaveLength(1);
  expectComplete(root, dist);
});

test('a second build with --no-wait stops with a message while the first runs', async () => {
  test.setTimeout(600_000);
  const { root, content, dist, cache } = setup('no-wait');
  const env = { ARCHIVE_CONTENT: content, ARCHIVE_DIST: dist, ARCHIVE_CACHE: cache };
  const first = startScript('scripts/build.ts', [], env);
  await expect.poll(() => first.output(), { timeout: 120_000 }).toContain('▶ Normalize');
  const second = await startScript('scripts/build.ts', ['--no-wait'], env).result;
  expect(second.status).toBe(1);
  expect(second.output).toContain(`build: ${dist}.build-lock is held by process ${first.child.pid}`);
  expect((await first.result).status).toBe(0);
  expectComplete(root, dist);
});

test('kill -9 mid-build leaves the previous dist/ complete; the next build takes the lock over', async () => {
  test.setTimeout(600_000);
  const { root, content, dist, cache } = setup('kill-9');
  expect((await build(content, dist, cache)).status).toBe(0);
  const before = snapshotTree(dist);
  const env = { ARCHIVE_CONTENT: content, ARCHIVE_DIST: dist, ARCHIVE_CACHE: cache };
  const doomed = startScript('scripts/build.ts', [], env);
  await expect.poll(() => doomed.output(), { timeout: 120_000 }).toContain('▶ Astro build');
  doomed.child.kill('SIGKILL');
  await doomed.result;
  expect(snapshotTree(dist)).toEqual(before);
  // The killed build's Astro step may still run: the next build waits for it, then builds.
  const next = await build(content, dist, cache);
  expect(next.status).toBe(0);
  expectComplete(root, dist);
});

test('ARCHIVE_DIST pointing at a folder that is not an archive build (docs/) is refused before any step', async () => {
  test.setTimeout(120_000);
  const { root, content, cache } = setup('docs-target');
  const docs = join(root, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, 'article-format.md'), '# The article format\n');
  const result = await build(content, docs, cache);
  expect(result.status).toBe(1);
  expect(result.output).toContain(`build: ${docs} exists and is not a build of this archive (it has no ${buildMarker}); refusing to replace it.`);
  expect(result.output).not.toContain('▶ Normalize');
  expect(readdirSync(docs)).toEqual(['article-format.md']);
  expect(readFileSync(join(docs, 'article-format.md'), 'utf8')).toBe('# The article format\n');
});

test('a dist/ on another filesystem (tmpfs /dev/shm) is published without EXDEV, twice', async () => {
  test.setTimeout(600_000);
  const { root, content, dist, cache } = setup('tmpfs', '/dev/shm');
  expect(statSync(root).dev).not.toBe(statSync('.').dev);
  for (const round of [1, 2]) {
    const result = await build(content, dist, cache);
    expect(result.output, `round ${round}`).not.toContain('EXDEV');
    expect(result.status, `round ${round}`).toBe(0);
    expectComplete(root, dist);
  }
});
