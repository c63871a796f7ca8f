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

/** The speaker filter with its suggestions open: a labelled combobox that controls a listbox of options; axe finds nothing serious. */
for (const { locale, typed, label, name } of [
  { locale: 'zh-hans', typed: '任', label: '发言人', name: /^任振鹤/ },
  { locale: 'zh-hant', typed: 'ren', label: '發言人', name: /^任振鶴/ },
]) {
  test(`${locale}: speaker suggestions are accessible (${typed})`, async ({ page }) => {
    await search(page, locale, '甘肃');
    await page.locator('details.search-filters summary').click();
    const field = page.getByRole('combobox', { name: label });
    await field.pressSequentially(typed);
    await expect(page.getByRole('option', { name })).toBeVisible();
    await field.press('ArrowDown');
    await expect(field).toHaveAttribute('aria-activedescendant', 'search-speaker-option-0');
    // The number of suggestions is announced in a live region.
    await expect(page.locator('#search-speaker-status')).toHaveAttribute('role', 'status');
    await expect(page.locator('#search-speaker-status')).not.toBeEmpty();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
    await field.press('Escape');
    await expect(page.getByRole('listbox')).toBeHidden();
    await expect(field).toHaveAttribute('aria-expanded', 'false');
  });
}
