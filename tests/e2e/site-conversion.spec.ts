/** Issue 12 on the built Traditional pages: the right forms, none of the wrong ones, the Hong Kong original as published. */
import { expect, test } from '@playwright/test';
import table from '../cases/site-conversion.json' with { type: 'json' };

for (const { article, shows, never } of table.pages) {
  test(`zh-hant ${article}: shows ${shows.join(' ')}`, async ({ page }) => {
    const response = await page.goto(`/zh-hant/articles/${article}/`);
    expect(response?.status()).toBe(200);
    const text = await page.locator('main').innerText();
    for (const form of shows) expect(text, form).toContain(form);
    for (const form of never) expect(text, form).not.toContain(form);
  });
}
