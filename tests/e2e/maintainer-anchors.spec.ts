/**
 * Anchors that never break, as a maintainer meets them: a temporary content folder with a real
 * article and its accepted ledger; deleting a paragraph makes `npm run anchors -- --check` fail
 * naming the article and the anchor; `--accept` records it; a build with
 * ARCHIVE_SITE=https://archive.example.org then answers the old anchor by scrolling to its
 * successor and saying where the quote went, and cites that origin everywhere.
 */
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { build, makeContent, runScript, serve, tempFolder } from './maintainer-build.ts';

test.describe.configure({ mode: 'serial' });

const id = '2024-06-13-gansu-high-quality-development';
const site = 'https://archive.example.org';
let root = '';
let content = '';
let dist = '';
let server: Awaited<ReturnType<typeof serve>> | undefined;
/** The anchor of the deleted paragraph and of the one that followed it. */
let removed = '';
let successor = '';

test.beforeAll(async () => {
  test.setTimeout(600_000);
  root = tempFolder('anchors');
  content = makeContent(root, '', {}, [id]);
  const accepted = await runScript('scripts/anchors.ts', ['--accept', '--content', content], {});
  if (accepted.status !== 0) throw new Error(`accept failed:\n${accepted.output}`);
});

test.afterAll(async () => {
  await server?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('deleting a paragraph makes anchors --check fail, naming the article and the anchor', async () => {
  const file = join(content, 'articles', `${id}.md`);
  const text = readFileSync(file, 'utf8');
  // The second paragraph of the first answer that has at least three.
  const ledger = readFileSync(join(content, 'anchors', `${id}.lock`), 'utf8');
  const turn = /^(t\d+) turn .*\n {2}\1-p1 .*\n {2}\1-p2 .*\n {2}\1-p3 /m.exec(ledger)?.[1];
  expect(turn).toBeDefined();
  removed = `${turn}-p2`;
  successor = `${turn}-p3`;
  // Paragraphs of a turn follow its labelled first paragraph, one blank line apart.
  const body = text.split('\n---\n').slice(1).join('\n---\n');
  const turnStarts = [...body.matchAll(/^\*\*[^*\n]+\*\*[:：]/gm)].map((m) => m.index ?? 0);
  const start = turnStarts[Number(turn?.slice(1)) - 1] ?? -1;
  const paragraphs = body.slice(start).split('\n\n');
  const victim = paragraphs[1] ?? '';
  expect(victim.length).toBeGreaterThan(10);
  writeFileSync(file, text.replace(`\n\n${victim}\n\n`, '\n\n'));

  const check = await runScript('scripts/anchors.ts', ['--check', '--content', content], {});
  expect(check.status).toBe(1);
  expect(check.output).toContain(`${id}.md: #${removed} (para) would vanish`);
  expect(check.output).toContain(`leading to #${successor}`);
  expect(check.output).toContain('npm run anchors -- --accept');
});

test('accepting records it; the build answers the old anchor at its successor and cites ARCHIVE_SITE', async ({ page }) => {
  test.setTimeout(600_000);
  const accept = await runScript('scripts/anchors.ts', ['--accept', '--content', content], {});
  expect(accept.status).toBe(0);
  expect(readFileSync(join(content, 'anchors', `${id}.lock`), 'utf8')).toContain(`\n[retired]\n${removed} para removed ${successor} `);
  const check = await runScript('scripts/anchors.ts', ['--check', '--content', content], {});
  expect(check.status).toBe(0);

  dist = join(root, 'dist');
  const built = await runScript('scripts/build.ts', [], { ARCHIVE_CONTENT: content, ARCHIVE_DIST: dist, ARCHIVE_CACHE: join(root, 'cache'), ARCHIVE_SITE: site });
  if (built.status !== 0) throw new Error(`build failed:\n${built.output.slice(-4000)}`);
  expect(built.output).not.toContain('ARCHIVE_SITE is not set');
  server = await serve(dist);

  for (const locale of ['zh-hans', 'zh-hant']) {
    await page.goto(`${server.url}/${locale}/articles/${id}/#${removed}`);
    // The old anchor still answers: the page is scrolled to the successor, and says where the quote went.
    await expect(page.locator(`#${successor}`)).toBeInViewport();
    const note = page.locator(`[id="${removed}"] .moved-note`);
    await expect(note).toBeVisible();
    await expect(note).toContainText(`#${removed}`);
    await expect(page.locator(`[id="${removed}"]`)).toHaveAttribute('data-successor', successor);
    // Unchanged passages keep their anchors; the removed id is never reused.
    expect(await page.locator(`p[id="${removed}"]`).count()).toBe(0);
    await expect(page.locator(`#${successor} .cite-url, #${successor.split('-')[0]} .cite-url`).first()).toHaveText(new RegExp(`^${site}/${locale}/articles/${id}/#`));
  }
  // Elsewhere the note stays hidden.
  await page.goto(`${server.url}/zh-hans/articles/${id}/`);
  await expect(page.locator(`[id="${removed}"] .moved-note`)).toBeHidden();

  const files = (function list(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? list(join(dir, name)) : /\.(html|xml|json|csv)$/.test(name) && !dir.includes('pagefind') ? [join(dir, name)] : []));
  })(dist);
  expect(files.filter((f) => readFileSync(f, 'utf8').includes('localhost'))).toEqual([]);
  for (const f of ['sitemap.xml', 'zh-hant/feed.xml', `exports/turns.zh-hans.csv`, `zh-hant/articles/${id}/index.html`]) expect(readFileSync(join(dist, f), 'utf8'), f).toContain(`${site}/`);
});
