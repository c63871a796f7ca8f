/**
 * Publishing a build: only a folder carrying the archive's build marker is replaced, an incomplete
 * staging folder is refused, a staging folder on another filesystem is copied next to the target
 * (no EXDEV), and an interrupted publish is recovered.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildMarker, checkTarget, publishPaths, publishSite, recoverInterruptedPublish, requiredEntries } from '../../../scripts/lib/publish-site.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

function temp(base = tmpdir()): string {
  const root = mkdtempSync(join(base, 'publish-'));
  roots.push(root);
  return root;
}

/** A complete build in `dir`, its home pages saying `label`. */
function site(dir: string, label: string): string {
  for (const entry of requiredEntries) {
    mkdirSync(dirname(join(dir, entry)), { recursive: true });
    writeFileSync(join(dir, entry), label);
  }
  return dir;
}

describe('checkTarget', () => {
  const root = temp();
  test.each([
    { id: 'a missing folder', setup: (p: string) => p, refused: false },
    { id: 'an empty folder', setup: (p: string) => (mkdirSync(p), p), refused: false },
    { id: 'a previous build (marker)', setup: (p: string) => (mkdirSync(p), writeFileSync(join(p, buildMarker), ''), writeFileSync(join(p, 'index.html'), 'x'), p), refused: false },
    // ARCHIVE_DIST=docs: a folder of the project's own documents.
    { id: 'docs/ (no marker)', setup: (p: string) => (mkdirSync(p), writeFileSync(join(p, 'article-format.md'), '# format'), p), refused: true },
    { id: 'a file', setup: (p: string) => (writeFileSync(p, 'x'), p), refused: true },
  ])('$id → refused: $refused', ({ id, setup, refused }) => {
    const path = setup(join(root, id.replace(/\W+/g, '-')));
    if (refused) expect(() => checkTarget(path)).toThrow(/refusing to replace it/);
    else expect(() => checkTarget(path)).not.toThrow();
  });
});

describe('publishSite', () => {
  test('replaces a previous build and marks the new one; no sibling folders stay', () => {
    const root = temp();
    const dist = site(join(root, 'dist'), 'old');
    writeFileSync(join(dist, buildMarker), '');
    publishSite(site(join(root, 'dist.partial'), 'new'), dist);
    expect(readFileSync(join(dist, 'zh-hans/index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(dist, buildMarker))).toBe(true);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  test('refuses to replace docs/ and leaves both folders as they were', () => {
    const root = temp();
    const docs = join(root, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'README.md'), 'keep me');
    const staging = site(join(root, 'docs.partial'), 'new');
    expect(() => publishSite(staging, docs)).toThrow(`${docs} exists and is not a build of this archive (it has no ${buildMarker}); refusing to replace it.`);
    expect(readdirSync(docs)).toEqual(['README.md']);
    expect(existsSync(join(staging, 'zh-hans/index.html'))).toBe(true);
  });

  test('refuses an incomplete build (only pagefind/ and sw.js) and keeps the previous site', () => {
    const root = temp();
    const dist = site(join(root, 'dist'), 'old');
    writeFileSync(join(dist, buildMarker), '');
    const staging = join(root, 'dist.partial');
    mkdirSync(join(staging, 'pagefind'), { recursive: true });
    writeFileSync(join(staging, 'pagefind/pagefind.js'), '');
    writeFileSync(join(staging, 'sw.js'), '');
    expect(() => publishSite(staging, dist)).toThrow('is not a complete build (missing zh-hans/index.html, zh-hant/index.html)');
    expect(readFileSync(join(dist, 'zh-hans/index.html'), 'utf8')).toBe('old');
  });

  test('a staging folder on another filesystem (tmpfs /dev/shm) is copied next to the target: no EXDEV', () => {
    const shm = '/dev/shm';
    const staging = site(join(temp(), 'staging'), 'new');
    // The case only means something when the two folders are on different filesystems.
    expect(statSync(shm).dev).not.toBe(statSync(staging).dev);
    const root = temp(shm);
    const dist = site(join(root, 'dist'), 'old');
    writeFileSync(join(dist, buildMarker), '');
    publishSite(staging, dist);
    expect(readFileSync(join(dist, 'zh-hant/index.html'), 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['dist']);
    expect(existsSync(staging)).toBe(false);
  });
});

describe('recoverInterruptedPublish', () => {
  test('a publish killed between its two renames: the previous site is put back', () => {
    const root = temp();
    const dist = join(root, 'dist');
    const { next, previous } = publishPaths(dist);
    site(previous, 'old');
    writeFileSync(join(previous, buildMarker), '');
    site(next, 'half');
    expect(recoverInterruptedPublish(dist)).toEqual([`restored ${dist} from ${previous} (a publish was interrupted)`, `removed ${next} (left by an interrupted publish)`]);
    expect(readFileSync(join(dist, 'zh-hans/index.html'), 'utf8')).toBe('old');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  test('negative: nothing to do after a clean publish', () => {
    const root = temp();
    const dist = site(join(root, 'dist'), 'x');
    expect(recoverInterruptedPublish(dist)).toEqual([]);
  });
});
