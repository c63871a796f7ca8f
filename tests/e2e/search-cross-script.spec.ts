import { expect, test } from '@playwright/test';
import { parseResultLink, publishedScript, results, search } from './search-helpers.ts';

/**
 * A query typed in one script finds passages published in the other, shows them in the page's
 * script, and links to the exact passage.
 */
for (const c of [
  { id: '简 query → passage published in 繁, on the 简 page', locale: 'zh-hans', q: '开门红', published: 'hant', shown: '开门红' },
  { id: '繁 query → passage published in 简, on the 繁 page', locale: 'zh-hant', q: '天水麻辣燙', published: 'hans', shown: '天水麻辣燙' },
  { id: '简 query on the 繁 page', locale: 'zh-hant', q: '天水麻辣烫', published: 'hans', shown: '天水麻辣燙' },
] as const) {
  test(c.id, async ({ page }) => {
    await search(page, c.locale, c.q);
    const first = results(page).first();
    await expect(first).toBeVisible();
    // The highlighted words are in the page's script, whatever script the query was typed in.
    await expect(first.locator('mark').first()).toHaveText(c.shown);
    const link = parseResultLink(await first.locator('a').getAttribute('href'));
    expect(link.locale).toBe(c.locale);
    expect(link.anchor).toMatch(/^(?:t\d+(?:-p\d+)?|p\d+|f\d+|h\d+)$/);
    expect(publishedScript(link.id)).toBe(c.published);

    // The deep link lands on the passage, which contains the words in the page's script.
    await first.locator('a').click();
    await expect(page).toHaveURL(new RegExp(`/${c.locale}/articles/${link.id}/#${link.anchor}$`));
    await expect(page.locator(`[id="${link.anchor}"]`)).toContainText(c.shown);
  });
}
