import { expect, test } from '@playwright/test';
import { frontmatterField, parseResultLink, results, search, searchTimeout } from './search-helpers.ts';

test('speaker filter: only that speaker’s passages', async ({ page }) => {
  await page.goto('/zh-hans/search/');
  await page.locator('#search-q').fill('甘肃');
  await page.locator('details.search-filters summary').click();
  // A text field with suggestions fetched while typing (the page lists no speakers): keyboard only.
  const field = page.getByRole('combobox', { name: '发言人' });
  await field.pressSequentially('张锦');
  await expect(page.getByRole('listbox').getByRole('option', { name: /^张锦刚/ })).toBeVisible();
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await field.press('ArrowDown');
  await expect(page.getByRole('option', { name: /^张锦刚/ })).toHaveAttribute('aria-selected', 'true');
  await field.press('Enter');
  await expect(field).toHaveValue('张锦刚');
  await expect(page.getByRole('listbox')).toBeHidden();
  await page.locator('form.search-form button[type="submit"]').click();
  await expect(page.locator('body')).toHaveAttribute('data-search-state', 'done', { timeout: searchTimeout });
  await expect(page).toHaveURL(/[?&]speaker=zhang-jingang(&|$)/);
  // Empty filters stay out of the shared URL.
  expect(page.url()).not.toMatch(/outlet=|region=|year=|kind=/);
  const count = await results(page).count();
  expect(count).toBeGreaterThan(0);
  for (const who of await results(page).locator('.search-result-who').allInnerTexts()) expect(who).toMatch(/^张锦刚(回答|发言)$/);
  // Without the filter, other people's passages are found too.
  await search(page, 'zh-hans', '甘肃');
  const everyone = await results(page).locator('.search-result-who').allInnerTexts();
  expect(everyone.some((who) => !who.startsWith('张锦刚'))).toBe(true);
});

test('speaker filter on the Traditional page: suggestions by Simplified name or pinyin, shown in Traditional, the same id in the URL', async ({ page }) => {
  await page.goto('/zh-hant/search/?q=%E7%94%98%E8%82%85');
  await page.locator('details.search-filters summary').click();
  const field = page.getByRole('combobox', { name: '發言人' });
  await field.pressSequentially('张锦刚');
  await expect(page.getByRole('option', { name: /^張錦剛/ })).toBeVisible();
  await field.fill('');
  await field.pressSequentially('zhang jin');
  const option = page.getByRole('option', { name: /^張錦剛/ });
  await expect(option).toBeVisible();
  await option.click();
  await expect(field).toHaveValue('張錦剛');
  await page.locator('form.search-form button[type="submit"]').click();
  await expect(page.locator('body')).toHaveAttribute('data-search-state', 'done', { timeout: searchTimeout });
  await expect(page).toHaveURL(/\/zh-hant\/search\/\?q=.+&speaker=zhang-jingang$/);
  for (const who of await results(page).locator('.search-result-who').allInnerTexts()) expect(who).toMatch(/^張錦剛(回答|發言)$/);
  // The filters are open on the results (a filter is set), the field shows the name in the page's script.
  await expect(page.locator('details.search-filters')).toHaveAttribute('open', '');
  await expect(field).toHaveValue('張錦剛');
  // Negative: a name nobody has suggests nothing, says so, and filters nothing.
  await field.fill('');
  await field.pressSequentially('任振贺');
  await expect(page.locator('#search-speaker-status')).toHaveText('沒有這個名字的發言人。');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(page.locator('form.search-form input[name="speaker"]')).toHaveValue('');
});

test('exact phrase: a quoted query matches the phrase only', async ({ page }) => {
  await search(page, 'zh-hans', '"天水麻辣烫"');
  expect(await results(page).count()).toBeGreaterThan(0);
  for (const text of await results(page).locator('a').allInnerTexts()) expect(text).toContain('天水麻辣烫');
});

test('exact phrase, negative: the same words in another order find nothing, unquoted they do', async ({ page }) => {
  await search(page, 'zh-hans', '"麻辣烫天水"');
  await expect(results(page)).toHaveCount(0);
  await expect(page.locator('#search-status')).toHaveText('没有找到完全相同的短语“麻辣烫天水”。');
  await expect(page.locator('#search-partial')).toBeHidden();

  await search(page, 'zh-hans', '麻辣烫 天水');
  expect(await results(page).count()).toBeGreaterThan(0);
  for (const text of await results(page).locator('a').allInnerTexts()) {
    expect(text).toContain('麻辣烫');
    expect(text).toContain('天水');
  }
});

test('partial match: a word found nowhere is named, and no result is shown as a full match', async ({ page }) => {
  await search(page, 'zh-hans', '天水麻辣烫 量子计算机');
  await expect(results(page)).toHaveCount(0);
  await expect(page.locator('#search-status')).toContainText('没有找到同时包含全部词语的段落');
  await expect(page.locator('#search-status')).toContainText('以下词语在档案中没有找到：“量子计算机”');
  // Passages with the other word are offered, under their own heading, each saying what it lacks.
  const partial = page.locator('#search-partial');
  await expect(partial).toBeVisible();
  await expect(partial.locator('h2')).toHaveText('只包含部分词语的段落');
  const items = partial.locator('li');
  expect(await items.count()).toBeGreaterThan(0);
  for (const missing of await items.locator('.search-result-missing').allInnerTexts()) expect(missing).toBe('缺少：“量子计算机”');
});

test('a word matched only in pieces is not a match: 新质生产力 needs the whole word in one passage', async ({ page }) => {
  await search(page, 'zh-hant', '新質生產力');
  expect(await results(page).count()).toBeGreaterThan(0);
  for (const text of await results(page).locator('a').allInnerTexts()) expect(text).toContain('新質生產力');
});

test('zh-hant UI strings are Traditional', async ({ page }) => {
  await page.goto('/zh-hant/search/');
  await expect(page.locator('h1')).toHaveText('搜尋檔案');
  await expect(page.locator('label[for="search-q"]')).toHaveText('搜尋引語或詞語');
  await expect(page.locator('#search-q')).toHaveAttribute('placeholder', '例如：新質生產力');
  await expect(page.locator('form.search-form button[type="submit"]')).toHaveText('搜尋');
  await expect(page.locator('details.search-filters summary')).toHaveText('篩選和排序');
  await expect(page.locator('#search-speaker')).toHaveAttribute('placeholder', '全部發言人');
  await expect(page.locator('#search-status')).toHaveText('輸入詞語，搜尋全部新聞發布會和報導。');
  // The header's search box on every page, in the page's script.
  await expect(page.locator('header form.search-box button')).toHaveText('搜尋');
  await search(page, 'zh-hant', '"麻辣燙天水"');
  await expect(page.locator('#search-status')).toHaveText('沒有找到完全相同的短語「麻辣燙天水」。');
  await search(page, 'zh-hant', '天水麻辣燙 量子電腦');
  await expect(page.locator('#search-status')).toContainText('以下詞語在檔案中沒有找到：「量子電腦」');
});

test('the header search box works without JavaScript and keeps the query in the URL', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh-hans/');
  await page.locator('header form.search-box input[name="q"]').fill('新质生产力');
  await page.locator('header form.search-box button').click();
  await expect(page).toHaveURL(/\/zh-hans\/search\/\?q=%E6%96%B0%E8%B4%A8%E7%94%9F%E4%BA%A7%E5%8A%9B$/);
  await expect(page.locator('noscript')).toHaveCount(1);
  await context.close();
});

test('search within one speaker from the speaker page', async ({ page }) => {
  await page.goto('/zh-hans/speakers/');
  await page.getByRole('link', { name: '张锦刚', exact: true }).first().click();
  const within = page.locator('form.search-within');
  await expect(within.locator('label')).toHaveText('搜索张锦刚的发言');
  await within.locator('input[name="q"]').fill('甘肃');
  await within.locator('button').click();
  await expect(page.locator('body')).toHaveAttribute('data-search-state', 'done', { timeout: searchTimeout });
  await expect(page).toHaveURL(/\/zh-hans\/search\/\?speaker=[a-z-]+&q=/);
  // The filter shows which speaker the results are limited to, by name (the URL has the id).
  await expect(page.locator('#search-speaker')).toHaveValue('张锦刚');
  expect(await results(page).count()).toBeGreaterThan(0);
  for (const who of await results(page).locator('.search-result-who').allInnerTexts()) expect(who).toMatch(/^张锦刚(回答|发言)$/);
});

test('sort by date and filter by year and kind, from the URL', async ({ page }) => {
  const dates = async () => page.locator('#search-results .search-result-source time').allInnerTexts();
  await search(page, 'zh-hans', '甘肃', { sort: 'oldest' });
  const oldest = await dates();
  expect(oldest.length).toBeGreaterThan(1);
  expect(oldest).toEqual([...oldest].sort());
  await search(page, 'zh-hans', '甘肃', { sort: 'newest' });
  const newest = await dates();
  expect(newest).toEqual([...newest].sort().reverse());
  expect(new Set(newest).size).toBeGreaterThan(1);

  const year = newest.at(-1)!.slice(0, 4);
  await search(page, 'zh-hans', '甘肃', { year });
  expect((await dates()).length).toBeGreaterThan(0);
  for (const date of await dates()) expect(date.startsWith(year)).toBe(true);
  await expect(page.locator('select[name="year"]')).toHaveValue(year);

  await search(page, 'zh-hans', '甘肃', { kind: 'press-conference' });
  const links = await results(page).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) expect(frontmatterField(parseResultLink(href).id, 'kind')).toBe('press-conference');
  // Negative: without the filter, other kinds are found too.
  await search(page, 'zh-hans', '甘肃');
  const all = await results(page).locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(all.some((href) => frontmatterField(parseResultLink(href).id, 'kind') !== 'press-conference')).toBe(true);
});

test.describe('region filter: a province includes its cities (庆阳 and 平凉 are in 甘肃)', () => {
  const cases = [
    { id: '庆阳', q: '庆阳', region: 'gan-su', article: '2025-03-26-qingyang-county-reform-press-conference' },
    { id: '平凉', q: '平凉', region: 'gan-su', article: '2023-10-27-tianjin-pingliang-east-west-cooperation' },
  ];
  for (const { id, q, region, article } of cases) {
    test(`${id}: found with the 甘肃 filter`, async ({ page }) => {
      await search(page, 'zh-hans', q, { region });
      const articles = (await results(page).locator('a.search-result-text').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))).map((href) => parseResultLink(href).id);
      expect(articles).toContain(article);
    });
  }

  test('negative: the 青海 filter does not find them', async ({ page }) => {
    await search(page, 'zh-hans', '庆阳', { region: 'qing-hai' });
    await expect(results(page)).toHaveCount(0);
  });
});
