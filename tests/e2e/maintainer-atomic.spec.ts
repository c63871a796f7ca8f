/**
 * Bad input never leaves half-written output: a failing `npm run build` exits non-zero with the
 * validator's message (not an Astro stack trace), keeps the previous dist/ byte for byte and leaves
 * no staging folder; a failing `npm run normalize` exits non-zero and leaves the content folder
 * byte-identical. Everything runs in temporary folders (ARCHIVE_CONTENT / ARCHIVE_DIST).
 */
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildMarker } from '../../scripts/lib/publish-site.ts';
import { snapshotTree } from '../../scripts/lib/validate/compare-trees.ts';
import { build, makeContent, readmeExample, runScript, tempFolder } from './maintainer-build.ts';

const roots: string[] = [];
test.afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A previous site in `dist` (with the build marker), to prove a failed build does not touch it. */
function previousDist(root: string): string {
  const dist = join(root, 'dist');
  mkdirSync(join(dist, 'zh-hans'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>previous build</title>');
  writeFileSync(join(dist, 'zh-hans', 'index.html'), '<!doctype html><title>previous build</title>');
  writeFileSync(join(dist, buildMarker), '');
  return dist;
}

/** The staging folder the build would use for `dist` (from the plan the build prints). */
async function stagingFor(dist: string): Promise<string> {
  const plan = await runScript('scripts/build.ts', ['--print-steps'], { ARCHIVE_DIST: dist });
  return (JSON.parse(plan.output) as { env: { ARCHIVE_DIST: string } }).env.ARCHIVE_DIST;
}

const badArticle = readmeExample('article').replace('outlet: 甘肃日报', 'outlet: 甘肃日报\nphotographer: 王示例').replace('**甘肃日报记者**：', '**甘肃日报记**：');

test('a bad article stops the build with the validator message; dist/ and content/ are untouched', async () => {
  test.setTimeout(180_000);
  const root = tempFolder('build-fails');
  roots.push(root);
  const content = makeContent(root, readmeExample('speaker'), { '2024-04-02-quan-sheng-chun-geng-bei-geng.md': badArticle });
  const dist = previousDist(root);
  const [distBefore, contentBefore] = [snapshotTree(dist), snapshotTree(content)];

  const result = await build(content, dist, join(root, 'cache'));

  expect(result.status).toBe(1);
  const file = join(content, 'articles', '2024-04-02-quan-sheng-chun-geng-bei-geng.md');
  expect(result.output).toContain(`✖ ${file}:7 [photographer] Unknown field \`photographer\`: the article format has no such field.`);
  expect(result.output).toContain(`✖ ${file}:25 Q&A label “甘肃日报记” matches no speaker of this article and is not a questioner (…记者).`);
  expect(result.output).toContain('✖ Validate content failed (exit 1).');
  expect(result.output).not.toMatch(/Astro build:|Stack trace|InvalidContentEntryDataError/);
  expect(snapshotTree(dist)).toEqual(distBefore);
  expect(snapshotTree(content)).toEqual(contentBefore);
  expect(existsSync(await stagingFor(dist))).toBe(false);
});

test('a build that fails inside Astro leaves the previous dist/ and no staging folder', async () => {
  test.setTimeout(300_000);
  const root = tempFolder('astro-fails');
  roots.push(root);
  const content = makeContent(root, readmeExample('speaker'), { '2024-04-02-quan-sheng-chun-geng-bei-geng.md': readmeExample('article') });
  const dist = previousDist(root);
  const distBefore = snapshotTree(dist);
  // A file where Astro must create its cache folder: the Astro step fails after validation passed.
  // (A file planted at the staging folder no longer works: the build empties staging first.)
  const staging = await stagingFor(dist);
  const cache = join(root, 'cache');
  writeFileSync(cache, 'not a folder');

  const result = await build(content, dist, cache);

  expect(result.status).not.toBe(0);
  expect(result.output).toContain('✔ Validate content');
  expect(result.output).toContain('✖ Astro build failed');
  expect(result.output).not.toContain('▶ Publish');
  expect(snapshotTree(dist)).toEqual(distBefore);
  expect(existsSync(staging)).toBe(false);
});

/** One small real source (three articles) with its meta file, checksum, the errata, the registry and the articles. */
function normalizeFolder(name: string): string {
  const root = tempFolder(`normalize-${name}`);
  roots.push(root);
  const content = join(root, 'content');
  mkdirSync(join(content, 'sources'), { recursive: true });
  cpSync('content/articles', join(content, 'articles'), { recursive: true });
  copyFileSync('content/speakers.yaml', join(content, 'speakers.yaml'));
  for (const file of ['004_a79ee2d5702d4071.txt', '004_a79ee2d5702d4071.meta.yaml', 'errata.yaml']) copyFileSync(join('content/sources', file), join(content, 'sources', file));
  const sums = readFileSync('content/sources/SHA256SUMS', 'utf8').split('\n').filter((line) => line.includes('004_a79ee2d5702d4071'));
  writeFileSync(join(content, 'sources', 'SHA256SUMS'), `${sums.join('\n')}\n`);
  return content;
}

const source = (content: string): string => join(content, 'sources', '004_a79ee2d5702d4071.txt');
const normalizeFailures: { name: string; damage: (content: string) => void; message: RegExp }[] = [
  {
    name: 'a raw text edited after it was received (checksum)',
    damage: (content) => {
      const bytes = readFileSync(source(content));
      bytes[100] = 0x58;
      writeFileSync(source(content), bytes);
    },
    message: /004_a79ee2d5702d4071\.txt: sha256 [0-9a-f]{64} differs from SHA256SUMS/,
  },
  {
    name: 'a broken meta file',
    damage: (content) => appendFileSync(join(content, 'sources', '004_a79ee2d5702d4071.meta.yaml'), 'articles: [ {id: \n'),
    message: /004_a79ee2d5702d4071\.meta\.yaml:\d+ not valid YAML: a field appears twice/,
  },
  {
    name: 'an empty raw text',
    damage: (content) => {
      writeFileSync(source(content), '');
      writeFileSync(join(content, 'sources', 'SHA256SUMS'), `${'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'}  004_a79ee2d5702d4071.txt\n`);
    },
    message: /004_a79ee2d5702d4071\.txt: the file is empty \(0 bytes\)/i,
  },
  {
    name: 'a binary raw text (message names the file and the byte offset)',
    damage: (content) => {
      const bytes = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256);
      writeFileSync(source(content), bytes);
      rmSync(join(content, 'sources', 'SHA256SUMS'));
    },
    message: /004_a79ee2d5702d4071\.txt: .* at byte \d+\b.*— .*(convert|check)/,
  },
];

for (const { name, damage, message } of normalizeFailures) {
  test(`normalize refuses ${name}, exits 1 and leaves content/ byte-identical`, async () => {
    test.setTimeout(180_000);
    const content = normalizeFolder(name.replace(/\W+/g, '-'));
    damage(content);
    const before = snapshotTree(content);

    const result = await runScript('scripts/normalize.ts', [], { ARCHIVE_CONTENT: content });

    expect(snapshotTree(content)).toEqual(before);
    expect(result.status).toBe(1);
    expect(result.output).toContain('Nothing was written.');
    expect(result.output).toMatch(message);
  });
}
