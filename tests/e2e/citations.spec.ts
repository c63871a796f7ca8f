/**
 * Citations that last, in Chromium against the production build: permalinks never name a guessed
 * origin; the script switch keeps the reader's place (scrolled to the middle of a long article, on
 * the search page with its query and filters) and is remembered by `/`; without JavaScript each
 * passage's own other-script link lands on the same passage; cite controls are where the reader
 * looks with 44×44 px targets on a phone; speaker-page links say what they open; the root 404 offers
 * both scripts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { runScript } from './maintainer-build.ts';
import { searchTimeout } from './search-helpers.ts';

const dist = process.env.ARCHIVE_DIST ?? 'dist';
const site = process.env.ARCHIVE_SITE || undefined;
/** The longest article of the archive (33 turns), in Simplified. */
const longArticle = '2024-06-13-gansu-high-quality-development';

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

test.describe('permalink origin', () => {
  test(site ? `every page, feed, export and the sitemap cite ${site}` : 'no HTML page, feed, export or the sitemap names localhost', () => {
    const files = filesUnder(dist, /\.(html|xml|json|csv)$/).filter((f) => !f.includes('pagefind'));
    expect(files.length).toBeGreaterThan(50);
    const withLocalhost = files.filter((f) => readFileSync(f, 'utf8').includes('localhost'));
    expect(withLocalhost).toEqual([]);
    if (site) {
      for (const f of [join(dist, 'sitemap.xml'), join(dist, 'zh-hans', 'feed.xml'), join(dist, 'zh-hans', 'articles', longArticle, 'index.html')]) expect(readFileSync(f, 'utf8'), f).toContain(site);
    }
  });

  test('npm run quote prints permalinks without localhost', async () => {
    const result = await runScript('scripts/quote.ts', ['新质生产力'], { ARCHIVE_SITE: '' });
    expect(result.status).toBe(0);
    expect(result.output).toContain('/zh-hans/articles/');
    expect(result.output).not.toContain('localhost');
  });

  test('a cite box completes its permalink with the address it is read at', async ({ page, baseURL }) => {
    await page.goto(`/zh-hans/articles/${longArticle}/`);
    const url = page.locator('#t2 .cite-url');
    await expect(url).toHaveText(site ? new RegExp(`^${site}`) : `${baseURL}/zh-hans/articles/${longArticle}/#t2`);
  });

  test('without JavaScript the cite text holds the site path, never a guessed origin', async ({ browser }) => {
    test.skip(site !== undefined, 'with ARCHIVE_SITE the text is absolute (checked above)');
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/zh-hans/articles/${longArticle}/`);
    await page.locator('#t2 .cite summary').click();
    await expect(page.locator('#t2 .cite-url')).toHaveText(`/zh-hans/articles/${longArticle}/#t2`);
    await context.close();
  });
});

test.describe('the script switch keeps your place', () => {
  for (const { locale, other } of [
    { locale: 'zh-hans', other: 'zh-hant' },
    { locale: 'zh-hant', other: 'zh-hans' },
  ]) {
    test(`${locale}: scrolled to the middle of a long article, switching lands on the same passage`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(`/${locale}/articles/${longArticle}/`);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.mouse.wheel(0, height / 2);
      await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(3000);
      // Reading on, the floating switch is tucked away; turning back a little brings it into reach.
      await expect(page.locator('a.script-float')).not.toBeInViewport();
      await page.mouse.wheel(0, -60);
      await expect(page.locator('a.script-float')).toBeInViewport({ ratio: 1 });
      const reading = await page.evaluate(() => {
        // The passage whose text is at the top of the viewport: what the reader is reading.
        const hit = [...document.querySelectorAll('.article-body p[id]')].find((p) => p.getBoundingClientRect().bottom > 8);
        return hit?.id ?? '';
      });
      expect(reading).toMatch(/^t\d+-p\d+$/);
      // The header is far above: the floating switch is the one in reach.
      await expect(page.locator('.site-nav a.script-switch')).not.toBeInViewport();
      await page.locator('a.script-float').click();
      await expect(page).toHaveURL(new RegExp(`/${other}/articles/${longArticle}/#${reading}$`));
      await expect(page.locator(`#${reading}`)).toBeInViewport();
    });
  }

  test('the search page keeps its query and filters', async ({ page }) => {
    await page.goto('/zh-hans/search/?q=%E7%94%9F%E6%80%81&year=2024&kind=press-conference&sort=newest');
    await expect(page.locator('body')).toHaveAttribute('data-search-state', 'done', { timeout: searchTimeout });
    await page.locator('.site-nav a.script-switch').click();
    await expect(page).toHaveURL(/\/zh-hant\/search\/\?q=%E7%94%9F%E6%80%81&year=2024&kind=press-conference&sort=newest$/);
    await expect(page.locator('#search-q')).toHaveValue('生态');
    await expect(page.locator('select[name="year"]')).toHaveValue('2024');
    await expect(page.locator('select[name="kind"]')).toHaveValue('press-conference');
    await expect(page.locator('select[name="sort"]')).toHaveValue('newest');
    await expect(page.locator('body')).toHaveAttribute('data-search-state', 'done', { timeout: searchTimeout });
  });

  test('the remembered choice wins on / over a zh-CN browser', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh-hans\/$/);
    await page.locator('.site-nav a.script-switch').click();
    await expect(page).toHaveURL(/\/zh-hant\/$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh-hant\/$/);
    // Choosing again is remembered again.
    await page.locator('.site-nav a.script-switch').click();
    await page.goto('/');
    await expect(page).toHaveURL(/\/zh-hans\/$/);
    await context.close();
  });

  test('without JavaScript, each passage’s other-script link lands on the same passage', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`/zh-hans/articles/${longArticle}/`);
    const passages = await page.locator('.article-body p[id]').evaluateAll((ps) => ps.map((p) => p.id));
    expect(passages.length).toBeGreaterThan(40);
    for (const id of [passages[3], passages[Math.floor(passages.length / 2)], passages[passages.length - 1]] as string[]) {
      await page.goto(`/zh-hans/articles/${longArticle}/`);
      const link = page.locator(`[id="${id}"] a.passage-other`);
      await expect(link).toHaveAttribute('href', `/zh-hant/articles/${longArticle}/#${id}`);
      await link.click();
      await expect(page).toHaveURL(new RegExp(`/zh-hant/articles/${longArticle}/#${id}$`));
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
      await expect(page.locator(':target')).toHaveAttribute('id', id);
    }
    await context.close();
  });
});

test.describe('the floating switch never sits over the text being read', () => {
  test('arriving at a permalink it is in reach; reading on tucks it away; turning back or tabbing to it brings it back', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/zh-hans/articles/${longArticle}/`);
    const id = await page.locator('.turn-answer p[id]').nth(6).getAttribute('id');
    await page.goto(`/zh-hans/articles/${longArticle}/#${id}`);
    const float = page.locator('a.script-float');
    await expect(float).toBeInViewport({ ratio: 1 });
    await page.mouse.wheel(0, 400);
    await expect(float).not.toBeInViewport();
    await page.mouse.wheel(0, -60);
    await expect(float).toBeInViewport({ ratio: 1 });
    await page.mouse.wheel(0, 400);
    await expect(float).not.toBeInViewport();
    await float.focus();
    await expect(float).toBeInViewport({ ratio: 1 });
  });
});

test.describe('cite where the reader looks', () => {
  test('on a phone every turn has a cite control at its speaker line and every paragraph ¶ and its other script, each at least 44×44 px', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/zh-hant/articles/${longArticle}/`);
    const turns = await page.locator('.turn').count();
    expect(turns).toBeGreaterThan(10);
    expect(await page.locator('.turn > .turn-who > .cite > summary').count()).toBe(turns);
    const paragraphs = await page.locator('.article-body p[id]').count();
    expect(await page.locator('.article-body p[id] > .passage-tools > a.pin').count()).toBe(paragraphs);
    expect(await page.locator('.article-body p[id] > .passage-tools > a.passage-other').count()).toBe(paragraphs);
    for (const selector of ['#t3 .cite > summary', '#t3-p1 a.pin', '#t3-p1 a.passage-other', 'a.script-float']) {
      if (selector === 'a.script-float') {
        await page.mouse.wheel(0, 3000);
        await page.mouse.wheel(0, -60);
        await expect(page.locator(selector)).toBeInViewport({ ratio: 1 });
      }
      const box = await page.locator(selector).boundingBox();
      expect(box, selector).not.toBeNull();
      expect(box?.width ?? 0, selector).toBeGreaterThanOrEqual(44);
      expect(box?.height ?? 0, selector).toBeGreaterThanOrEqual(44);
    }
  });

  test('¶ opens the passage’s citation in the page’s script, with its own permalink', async ({ page, baseURL }) => {
    await page.goto(`/zh-hant/articles/${longArticle}/`);
    const id = await page.locator('.turn-answer p[id]').nth(1).getAttribute('id');
    await page.locator(`[id="${id}"] a.pin`).click();
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    const box = page.locator('#passage-cite .cite-text');
    // Speaker with position, the outlet that asked, event and date, in Traditional.
    await expect(box).toHaveText(/^[^，]+（[^）]+）答.+記者問，國新辦.+新聞發.會甘肅專場，2024年6月13日。新甘肅·甘肅日報《.+》。/);
    await expect(box).toHaveText(new RegExp(`${site ?? baseURL}/zh-hant/articles/${longArticle}/#${id}$`));
  });

  test('speaker pages say what each link opens: the passage and the event, never a raw anchor', async ({ page }) => {
    await page.goto('/zh-hans/speakers/ren-zhenhe/');
    const links = page.locator('.said-link a');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      const name = (await link.evaluate((a) => a.textContent ?? '')).trim();
      expect(name).toMatch(/^在原文中查看这段(回答|发言|主持)（.+，\d{4}年\d{1,2}月\d{1,2}日）$/);
      expect(name).not.toMatch(/#t\d/);
      await expect(link).toHaveAttribute('href', /\/zh-hans\/articles\/[^/]+\/#t\d+$/);
    }
  });
});

test('the root 404 page offers both scripts’ not-found pages', async ({ page, request }) => {
  const response = await request.get('/404.html');
  expect(response.status()).toBe(200);
  await page.goto('/404.html');
  await expect(page.locator('section[lang="zh-Hans"] a[href="/zh-hans/404/"]')).toBeVisible();
  await expect(page.locator('section[lang="zh-Hant"] a[href="/zh-hant/404/"]')).toBeVisible();
  await expect(page.locator('section[lang="zh-Hans"] h1')).toHaveText('找不到这一页');
  await expect(page.locator('section[lang="zh-Hant"] h1')).toHaveText('找不到這一頁');
});
