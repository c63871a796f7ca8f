/** Accessibility of every page kind in both scripts: axe finds no serious or critical violation; keyboard focus is reachable and visible. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { articlesOf, busiestAnswer, locales, pathOf, turnsOf } from './site-data.ts';

/** Every page kind, with how to find a real page of that kind in the build. */
const pageKinds: { kind: string; path: (locale: string, request: APIRequestContext, page: Page) => Promise<string> }[] = [
  { kind: 'home', path: async (locale) => `/${locale}/` },
  { kind: 'article with Q&A', path: async (locale, request) => pathOf(busiestAnswer(await turnsOf(request, locale)).url) },
  {
    kind: 'article in the other original script',
    path: async (locale, request) => {
      const articles = await articlesOf(request, locale);
      const other = articles.find((a) => a.original_script !== articles[0]?.original_script) ?? articles[0];
      return other ? pathOf(other.url) : '(none)';
    },
  },
  { kind: 'speakers', path: async (locale) => `/${locale}/speakers/` },
  { kind: 'speaker', path: async (locale, request) => `/${locale}/speakers/${busiestAnswer(await turnsOf(request, locale)).speaker_id}/` },
  { kind: 'archive', path: async (locale) => `/${locale}/archive/` },
  { kind: 'outlets', path: async (locale) => `/${locale}/outlets/` },
  { kind: 'outlet', path: async (locale, _request, page) => firstLink(page, `/${locale}/outlets/`) },
  { kind: 'regions', path: async (locale) => `/${locale}/regions/` },
  { kind: 'region', path: async (locale, _request, page) => firstLink(page, `/${locale}/regions/`) },
  { kind: '404', path: async (locale) => `/${locale}/404/` },
];

async function firstLink(page: Page, listPath: string): Promise<string> {
  await page.goto(listPath);
  return (await page.locator('main li a').first().getAttribute('href')) ?? '(none)';
}

for (const { locale } of locales) {
  for (const { kind, path } of pageKinds) {
    test(`${locale}: axe finds no serious or critical violations on the ${kind} page`, async ({ page, request }) => {
      const target = await path(locale, request, page);
      await page.goto(target);
      // Open one cite box so its contents are checked too.
      if ((await page.locator('.cite summary').count()) > 0) await page.locator('.cite summary').first().click();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${target}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
      expect(serious).toEqual([]);
    });
  }
}

test('keyboard: the skip link comes first and every focused control shows a visible outline', async ({ page, request }) => {
  const answer = busiestAnswer(await turnsOf(request, 'zh-hans'));
  await page.goto(pathOf(answer.url).split('#')[0] ?? '/');
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await expect(page.locator('.skip-link')).toBeInViewport();
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const style = el ? getComputedStyle(el) : null;
      return { tag: el?.tagName, style: style?.outlineStyle, width: style?.outlineWidth };
    });
    expect(outline.style, JSON.stringify(outline)).toBe('solid');
    expect(outline.width).toBe('3px');
  }
  // A cite control opens from the keyboard.
  const summary = page.locator(`#${answer.turn_id} .cite summary`);
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`#${answer.turn_id} .cite-text`)).toBeVisible();
});

test('print keeps the citations: cite boxes print open with their permalinks', async ({ page, request }) => {
  const answer = busiestAnswer(await turnsOf(request, 'zh-hans'));
  await page.goto(pathOf(answer.url));
  await page.emulateMedia({ media: 'print' });
  const cite = page.locator(`#${answer.turn_id} .cite-text`);
  await expect(cite).toBeVisible();
  await expect(cite).toContainText(`#${answer.turn_id}`);
  await expect(page.locator('.main-nav')).toBeHidden();
});
