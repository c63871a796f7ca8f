/**
 * “Add a file and it shows up”: a temporary content folder with a few real articles, the README's
 * complete example (its speaker appended to the registry, as the README says) and an article full
 * of raw HTML, built twice with `npm run build` (ARCHIVE_CONTENT / ARCHIVE_DIST). Checks that the
 * new article is on both script sites, on its speaker's pages and in search; that the raw HTML is
 * shown as text and never runs; and that two builds of the same content are byte-identical.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { diffTrees, snapshotTree } from '../../scripts/lib/validate/compare-trees.ts';
import { build, makeContent, readmeExample, serve, tempFolder } from './maintainer-build.ts';

test.describe.configure({ mode: 'serial' });

const exampleId = '2024-04-02-quan-sheng-chun-geng-bei-geng';
const htmlId = '2024-05-01-raw-html-is-text';
/** Raw HTML a careless paste could bring in: every payload would set window.__pwned and open a dialog if it ran. */
const htmlArticle = `---
id: ${htmlId}
title: 原始HTML只作文字显示
date: '2024-05-01'
dateBasis: { method: given, evidence: 测试用 }
outlet: 甘肃日报
region: 甘肃
kind: report
script: hans
speakers:
  - { id: zhang-mingyuan }
---

<script>window.__pwned = 'script block'; alert('script block')</script>

导语<img src="x" onerror="window.__pwned = 'img onerror'; alert(1)">结束。

**张明远**：回答<b onmouseover="window.__pwned = 'onmouseover'">加粗</b><svg onload="window.__pwned = 'svg onload'"></svg>完毕。

<iframe srcdoc="<script>parent.__pwned = 'iframe'</script>"></iframe>

:::figure{credit="<script>window.__pwned = 'credit'</script>"}
说明<script>window.__pwned = 'caption'</script>
:::
`;
/** Two small real articles, one per script, so the new ones sit in a real archive. */
const realArticles = ['2023-01-16-qinghai-major-projects', '2023-02-23-gansu-investment-and-opening-up'];

let root = '';
let distA = '';
let distB = '';
let server: Awaited<ReturnType<typeof serve>> | undefined;

test.beforeAll(async () => {
  test.setTimeout(600_000);
  root = tempFolder('site');
  const content = makeContent(root, readmeExample('speaker'), { [`${exampleId}.md`]: readmeExample('article'), [`${htmlId}.md`]: htmlArticle }, realArticles);
  distA = join(root, 'dist-a');
  distB = join(root, 'dist-b');
  // Two independent builds (own output and cache folders) of the same content, at the same time.
  const [a, b] = await Promise.all([build(content, distA, join(root, 'cache-a')), build(content, distB, join(root, 'cache-b'))]);
  if (a.status !== 0) throw new Error(`build A failed:\n${a.output.slice(-4000)}`);
  if (b.status !== 0) throw new Error(`build B failed:\n${b.output.slice(-4000)}`);
  server = await serve(distA);
});

test.afterAll(async () => {
  await server?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

const locales = [
  { locale: 'zh-hans', title: '全省春耕备耕工作新闻发布会（示例）', speaker: '张明远', query: '陇原样板', answer: '高标准农田建设的“陇原样板”' },
  { locale: 'zh-hant', title: '全省春耕備耕工作新聞發布會（示例）', speaker: '張明遠', query: '隴原樣板', answer: '高標準農田建設的「隴原樣板」' },
];

test('two builds of the same content are byte-identical', () => {
  const a = snapshotTree(distA);
  const b = snapshotTree(distB);
  const diff = diffTrees(a, b);
  expect(a.size).toBeGreaterThan(20);
  expect(diff.onlyInA).toEqual([]);
  expect(diff.onlyInB).toEqual([]);
  // Nothing must differ: the search page's Pagefind cache tag is a hash of the archive's content
  // (src/lib/search/page-data.ts), not a time stamp, and nothing else depends on the clock.
  expect(diff.changed).toEqual([]);
});

for (const { locale, title, speaker, query, answer } of locales) {
  test(`${locale}: the new article has its page and is in the archive list`, async ({ page }) => {
    const response = await page.goto(`${server!.url}/${locale}/articles/${exampleId}/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page.locator('main')).toContainText(answer);
    await expect(page.locator('main')).toContainText(speaker);
    await page.goto(`${server!.url}/${locale}/archive/`);
    await expect(page.locator(`main a[href="/${locale}/articles/${exampleId}/"]`).first()).toBeVisible();
  });

  test(`${locale}: the new article is on its speaker's page`, async ({ page }) => {
    const response = await page.goto(`${server!.url}/${locale}/speakers/zhang-mingyuan/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toContainText(speaker);
    await expect(page.locator(`main a[href^="/${locale}/articles/${exampleId}/"]`).first()).toBeVisible();
  });

  test(`${locale}: search finds the new article by a quote typed in this script`, async ({ page }) => {
    await page.goto(`${server!.url}/${locale}/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator(`main a[href^="/${locale}/articles/${exampleId}/"]`).first()).toBeVisible({ timeout: 15_000 });
  });

  test(`${locale}: raw HTML in an article is shown as text and never runs`, async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(`${server!.url}/${locale}/articles/${htmlId}/`);
    expect(response?.status()).toBe(200);
    const main = page.locator('main');
    // The markup is visible as text…
    await expect(main).toContainText("<script>window.__pwned = 'script block'");
    await expect(main).toContainText('onerror="window.__pwned');
    await expect(main).toContainText('<iframe srcdoc=');
    // …and became no element: no image, SVG or frame, no script of the article's, no handler attribute.
    expect(await main.locator('img, svg, iframe').count()).toBe(0);
    const injected = await page.evaluate(() => ({
      scripts: [...document.scripts].filter((script) => script.textContent?.includes('__pwned')).length,
      handlers: [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => attribute.name)),
    }));
    expect(injected).toEqual({ scripts: 0, handlers: [] });
    await main.getByText('加粗', { exact: false }).first().hover();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
}

test('a quote typed in Traditional finds the Simplified article on the zh-hans site', async ({ page }: { page: Page }) => {
  await page.goto(`${server!.url}/zh-hans/search/?q=${encodeURIComponent('隴原樣板')}`);
  await expect(page.locator(`main a[href^="/zh-hans/articles/${exampleId}/"]`).first()).toBeVisible({ timeout: 15_000 });
});
