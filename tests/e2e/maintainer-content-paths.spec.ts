/**
 * The two ways the site reads its articles build the same site: `npm run build` hands what the
 * validator accepted straight to the archive (ARCHIVE_VALIDATED: no articles collection, nothing of
 * them in Astro's data store, src/content.config.ts), while `astro dev` and a plain `astro build` read
 * them through the content collection. Both `astro build`s below run on one content folder (real
 * articles, a hand-written one with a Q&A); every file they write must be byte-identical.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { snapshotTree } from '../../scripts/lib/validate/compare-trees.ts';
import { makeContent, readmeExample, runScript, tempFolder } from './maintainer-build.ts';

const roots: string[] = [];
test.afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** `astro build` of `content` into `<root>/<name>/dist`, its own cache; `validated`: the validator's hand-off, if any. */
async function astroBuild(root: string, name: string, content: string, validated?: string): Promise<{ dist: string; dataStore: string }> {
  const dist = join(root, name, 'dist');
  const cache = join(root, name, 'cache');
  const result = await runScript('node_modules/astro/bin/astro.mjs', ['build', '--outDir', dist], { ARCHIVE_CONTENT: content, ARCHIVE_DIST: dist, ARCHIVE_CACHE: cache, ...(validated ? { ARCHIVE_VALIDATED: validated } : {}) });
  expect(result.status, result.output).toBe(0);
  const store = join(cache, 'data-store.json');
  return { dist, dataStore: existsSync(store) ? readFileSync(store, 'utf8') : '' };
}

test('the site built from the validator\'s hand-off is byte for byte the site built through the content collection', async () => {
  test.setTimeout(420_000);
  const root = tempFolder('content-paths');
  roots.push(root);
  const content = makeContent(root, readmeExample('speaker'), { '2024-04-02-quan-sheng-chun-geng-bei-geng.md': readmeExample('article') }, ['2023-10-27-tianjin-pingliang-east-west-cooperation', '2025-03-26-qingyang-county-reform-press-conference']);
  const validated = join(root, 'validated.json');
  const validation = await runScript('scripts/validate.ts', [], { ARCHIVE_CONTENT: content, ARCHIVE_VALIDATED: validated });
  expect(validation.status, validation.output).toBe(0);
  expect(existsSync(validated)).toBe(true);

  const direct = await astroBuild(root, 'hand-off', content, validated);
  const collection = await astroBuild(root, 'collection', content);

  // The paths differ: only the collection build stores the articles in Astro's data store.
  const id = '2025-03-26-qingyang-county-reform-press-conference';
  expect(collection.dataStore).toContain(id);
  expect(direct.dataStore).not.toContain(id);
  // The sites do not.
  const [a, b] = [snapshotTree(direct.dist), snapshotTree(collection.dist)];
  expect(a.size).toBeGreaterThan(40);
  expect([...a.keys()].filter((file) => /^zh-han[st]\/articles\/[^/]+\/index\.html$/.test(file))).toHaveLength(6);
  expect([...a].filter(([file, digest]) => b.get(file) !== digest).map(([file]) => file)).toEqual([]);
  expect([...b.keys()].filter((file) => !a.has(file))).toEqual([]);
});
