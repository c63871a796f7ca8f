import { expect, test } from '@playwright/test';
import { results, search } from './search-helpers.ts';

test('after one online visit, pages and search work with the network off', async ({ context, page }) => {
  await page.goto('/zh-hant/');
  // The service worker installs (precaching the archive) and takes control.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });

  await context.setOffline(true);
  // The network really is off, for the page and its service worker: a file never cached fails.
  const uncached = await page.evaluate(() => fetch('/sw.js?offline-probe').then(() => 'fetched', () => 'failed'));
  expect(uncached).toBe('failed');
  await search(page, 'zh-hant', '天水麻辣烫');
  expect(await results(page).count()).toBeGreaterThan(0);
  await expect(results(page).first().locator('mark').first()).toHaveText('天水麻辣燙');
  // A passage link opens the article from the cache.
  await results(page).first().locator('a').click();
  await expect(page.locator('main')).toContainText('天水麻辣燙');
  // And the other script's search page too.
  await search(page, 'zh-hans', '開門紅');
  expect(await results(page).count()).toBeGreaterThan(0);
  // The speaker filter's suggestions come from the cache as well (small files, fetched while typing).
  await page.locator('details.search-filters summary').click();
  await page.getByRole('combobox', { name: '发言人' }).pressSequentially('任振');
  await expect(page.getByRole('option', { name: /^任振鹤/ })).toBeVisible();
  // A page that was never cached gets the locale's 404 page, not the browser's offline error.
  await page.goto('/zh-hant/no-such-page/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.locator('a[href="/zh-hant/"]').first()).toBeVisible();
  await context.setOffline(false);
});
