/**
 * Issue 16's “done when” in Chromium: quotes found however they are typed, near misses suggested,
 * names leading to people, questioners' outlets searchable, and the page agreeing with `npm run quote`.
 * Plus issue 14's `-` in a query (regex metacharacters are literal).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { parseResultLink, results, search, searchTimeout } from './search-helpers.ts';

/** Every result link of the main list, after asking for more until nothing is left. */
async function allResultLinks(page: Page): Promise<string[]> {
  const more = page.locator('#search-more');
  for (let i = 0; i < 50 && (await more.isVisible()); i++) {
    const before = await results(page).count();
    await more.click();
    await expect.poll(async () => (await results(page).count()) > before || !(await more.isVisible()), { timeout: searchTimeout }).toBe(true);
  }
  return results(page).locator('a.search-result-text').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

test.describe('punctuation and spacing do not decide a match', () => {
  test('a quote typed without its comma finds the passage with it', async ({ page }) => {
    await search(page, 'zh-hans', '上下五千年甘肃不一般');
    await expect(results(page)).toHaveCount(1);
    await expect(results(page).first().locator('a')).toContainText('上下五千年，甘肃不一般');
    await expect(results(page).first().locator('mark')).toHaveText('上下五千年，甘肃不一般');
  });

  test('a headline phrase typed without punctuation also finds the body paragraph that has commas', async ({ page }) => {
    await search(page, 'zh-hans', '奋力冲刺四季度全面打好收官战');
    const links = (await allResultLinks(page)).map(parseResultLink);
    expect(links.map((l) => l.anchor)).toContain('');
    const body = links.filter((l) => l.anchor !== '');
    expect(body.length).toBeGreaterThan(0);
    await expect(results(page).locator('a', { hasText: '奋力冲刺四季度，全面打好收官战' })).toHaveCount(1);
  });

  test('negative: punctuation typed is part of the phrase, so 拔钉清障，服务 does not return GS23#p5', async ({ page }) => {
    await search(page, 'zh-hans', '拔钉清障，服务');
    await expect(results(page)).toHaveCount(0);
    const partialLinks = await page.locator('#search-partial a.search-result-text').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(partialLinks).not.toContain('/zh-hans/articles/2023-02-23-gansu-investment-and-opening-up/#p5');
    // The words typed apart (a space) may stand anywhere in the passage: then p5 is found.
    await search(page, 'zh-hans', '拔钉清障 服务');
    expect((await allResultLinks(page))).toContain('/zh-hans/articles/2023-02-23-gansu-investment-and-opening-up/#p5');
  });

  test('regex metacharacters are literal: COVID-19 searches instead of failing', async ({ page }) => {
    await search(page, 'zh-hans', 'COVID-19');
    await expect(page.locator('#search-status')).not.toContainText('Invalid regular expression');
    await expect(page.locator('#search-status')).toContainText('没有找到');
    await search(page, 'zh-hant', '(7.5%+[a-z]*)?');
    await expect(page.locator('#search-status')).not.toContainText('Invalid');
  });
});

test('a near miss is suggested in the page’s script, with a link that runs it', async ({ page }) => {
  await search(page, 'zh-hans', '新质生产率');
  await expect(results(page)).toHaveCount(0);
  const suggest = page.locator('#search-suggest');
  await expect(suggest).toHaveText('您是不是要找：新质生产力');
  await suggest.getByRole('link', { name: '新质生产力' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-search-state', 'done', { timeout: searchTimeout });
  await expect(page).toHaveURL(/\?q=%E6%96%B0%E8%B4%A8%E7%94%9F%E4%BA%A7%E5%8A%9B$/);
  expect(await results(page).count()).toBeGreaterThan(0);
  // In the Traditional page, the suggestion is in Traditional.
  await search(page, 'zh-hant', '新質生產率');
  await expect(page.locator('#search-suggest')).toHaveText('您是不是要找：新質生產力');
  // Negative: a query that matches shows no suggestion.
  await search(page, 'zh-hans', '新质生产力');
  await expect(page.locator('#search-suggest')).toBeHidden();
});

test('a speaker’s name shows their card and ranks their answers first', async ({ page }) => {
  await search(page, 'zh-hans', '任振鹤');
  const card = page.locator('#search-people .search-person');
  await expect(card).toHaveCount(1);
  await expect(card.locator('.search-person-name a')).toHaveText('任振鹤');
  await expect(card.locator('.search-person-name a')).toHaveAttribute('href', '/zh-hans/speakers/ren-zhenhe/');
  await expect(card.locator('.search-person-positions')).toContainText('省长');
  await expect(card.locator('.search-person-facts')).toContainText('回答 3 次');
  // The card comes before the passages.
  const cardTop = (await card.boundingBox())!.y;
  const firstTop = (await results(page).first().boundingBox())!.y;
  expect(cardTop).toBeLessThan(firstTop);
  const who = await results(page).locator('.search-result-who').allInnerTexts();
  expect(who[0]).toBe('任振鹤回答');
  // His own words come before every passage that only mentions him.
  const lastOwn = who.lastIndexOf('任振鹤回答');
  expect(who.slice(0, lastOwn + 1).every((w) => w === '任振鹤回答' || w === '任振鹤发言')).toBe(true);
  // Either script and pinyin name him too.
  await search(page, 'zh-hant', '任振鶴');
  await expect(page.locator('#search-people .search-person-name a')).toHaveText('任振鶴');
  await search(page, 'zh-hans', 'ren zhenhe');
  await expect(page.locator('#search-people .search-person-name a')).toHaveText('任振鹤');
  // Negative: a word that is no name shows no card.
  await search(page, 'zh-hans', '新质生产力');
  await expect(page.locator('#search-people')).toBeHidden();
});

test('a questioner’s outlet finds the questions it asked, and is a filter', async ({ page }) => {
  await search(page, 'zh-hans', '凤凰卫视');
  expect(await results(page).count()).toBeGreaterThan(0);
  for (const who of await results(page).locator('.search-result-who').allInnerTexts()) expect(who).toBe('凤凰卫视记者提问');
  await page.goto('/zh-hans/search/');
  await page.locator('#search-q').fill('甘肃');
  await page.locator('details.search-filters summary').click();
  await page.locator('select[name="asker"]').selectOption({ label: '凤凰卫视' });
  await page.locator('form.search-form button[type="submit"]').click();
  await expect(page.locator('body')).toHaveAttribute('data-search-state', 'done', { timeout: searchTimeout });
  expect(await results(page).count()).toBeGreaterThan(0);
  for (const who of await results(page).locator('.search-result-who').allInnerTexts()) expect(who).toBe('凤凰卫视记者提问');
});

test('both front ends agree: the page and npm run quote return the same passages in the same order', async ({ page }) => {
  test.setTimeout(120_000);
  const queries = ['新质生产力', '上下五千年甘肃不一般', '任振鹤', '凤凰卫视', '麻辣烫 天水', '"天水麻辣烫"', '新聞發佈會', '胡昌升', '高质量发展', '拔钉清障，服务', '新质生产率'];
  const node = join(process.cwd(), 'node_modules', '.bin', 'node');
  for (const q of queries) {
    let out: string;
    try {
      out = execFileSync(node, ['scripts/quote.ts', '--json', '--script', 'hans', '--limit', '1000', q], { encoding: 'utf8', env: { ...process.env, ARCHIVE_SITE: '' } });
    } catch (error) {
      // Exit 1 when nothing is found; the JSON is still printed.
      out = (error as { stdout: string }).stdout;
    }
    const quote = JSON.parse(out) as { matches: { path: string }[]; suggestions: string[]; people: { id: string }[] };
    await search(page, 'zh-hans', q);
    expect(await allResultLinks(page), q).toEqual(quote.matches.map((m) => m.path));
    const offered = await page.locator('#search-suggest a').allInnerTexts();
    expect(offered, q).toEqual(quote.suggestions);
    const cards = await page.locator('#search-people .search-person').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).dataset.speaker));
    expect(cards, q).toEqual(quote.people.map((p) => p.id));
  }
});
