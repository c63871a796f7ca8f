import { chromium } from '@playwright/test';
const [,, locale, width, path, ...selectors] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(`http://localhost:4406/${locale}/${path}`);
let i = 0;
for (const sel of selectors) {
  const el = page.locator(sel).first();
  await el.scrollIntoViewIfNeeded();
  await el.screenshot({ path: `/tmp/fid-part-${i++}.png` });
}
await browser.close();
