import { expect, test } from '@playwright/test';

test.describe('bilingual shell', () => {
  for (const { locale, lang, other, otherLang } of [
    { locale: 'zh-hans', lang: 'zh-Hans', other: 'zh-hant', otherLang: 'zh-Hant' },
    { locale: 'zh-hant', lang: 'zh-Hant', other: 'zh-hans', otherLang: 'zh-Hans' },
  ]) {
    test(`${locale} home has lang ${lang} and links to ${other}`, async ({ page }) => {
      const response = await page.goto(`/${locale}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const switcher = page.locator(`.site-nav a.script-switch[hreflang="${otherLang}"]`);
      await expect(switcher).toHaveAttribute('href', `/${other}/`);
      await switcher.click();
      await expect(page).toHaveURL(new RegExp(`/${other}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', otherLang);
    });

    test(`${locale} has its own 404 page`, async ({ page }) => {
      const response = await page.goto(`/${locale}/no-such-page/`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator(`a[href="/${locale}/"]`).first()).toBeVisible();
    });
  }

  for (const { languages, expected } of [
    { languages: 'zh-TW', expected: '/zh-hant/' },
    { languages: 'zh-CN', expected: '/zh-hans/' },
  ]) {
    test(`root sends a ${languages} browser to ${expected}`, async ({ browser }) => {
      const context = await browser.newContext({ locale: languages });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`${expected}$`));
      await context.close();
    });
  }

  test('root offers plain links when JavaScript is off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('a[href="/zh-hans/"]')).toBeVisible();
    await expect(page.locator('a[href="/zh-hant/"]')).toBeVisible();
    await context.close();
  });
});
