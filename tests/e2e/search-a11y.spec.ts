import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { search } from './search-helpers.ts';

/** The search page with results, partial matches, a speaker card, a suggestion and the filters open: axe finds no serious or critical violation. */
for (const { locale, q } of [
  { locale: 'zh-hans', q: '天水麻辣烫' },
  { locale: 'zh-hant', q: '天水麻辣燙 量子電腦' },
  // A speaker card above the passages, and a suggestion line.
  { locale: 'zh-hans', q: '任振鹤' },
  { locale: 'zh-hant', q: '天水麻辣湯 天水' },
]) {
  test(`${locale}: search page with results is accessible (${q})`, async ({ page }) => {
    await search(page, locale, q);
    await page.locator('details.search-filters summary').click();
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
    expect(serious).toEqual([]);
    // Every result is a link with text, reachable by keyboard.
    const first = page.locator('#search-results a, #search-partial a').first();
    await first.focus();
    await expect(first).toBeFocused();
  });
}
