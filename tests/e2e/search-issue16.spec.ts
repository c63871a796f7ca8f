import { expect, test } from '@playwright/test';
test('smoke', async ({ page }) => {
  for (const q of ['新质生产率', '任振鹤', '上下五千年甘肃不一般', 'COVID-19', '凤凰卫视', '拔钉清障，服务']) {
    await page.goto(`/zh-hans/search/?q=${encodeURIComponent(q)}`);
    await expect(page.locator('body')).toHaveAttribute('data-search-state', /done|error/, { timeout: 20000 });
    console.log(q, '|', await page.locator('#search-status').innerText(), '|', await page.locator('#search-suggest').innerText(), '|', await page.locator('#search-people').innerText().catch(() => ''), '|', (await page.locator('#search-results > li').allInnerTexts()).slice(0, 3).map((t) => t.slice(0, 60).replace(/\n/g, ' ')));
  }
});
