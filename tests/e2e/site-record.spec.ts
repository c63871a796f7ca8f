/**
 * The record tells the truth (issue 15), in a browser against the real build: a cut sentence reads
 * whole where the document proves its continuation, no placeholder outlet anywhere, the region
 * hierarchy, provenance in Chinese only, editorial acts marked in 〔〕, figures as caption blocks.
 */
import { expect, test } from '@playwright/test';
import { articlesOf, locales, pathOf } from './site-data.ts';

const tianjin = '2023-10-27-tianjin-pingliang-east-west-cooperation';
// The Traditional page is derived by OpenCC; its wording of 指明了 is the converter's business (conv), the join is ours.
const sentence = { 'zh-hans': '为两市推动东西部协作勾画了蓝图、指明了路径、注入了活力。', 'zh-hant': '為兩市推動東西部協作勾畫了藍圖' } as const;
/** A Latin word: two or more ASCII letters (rule ids, English notes). Code elements (source id, encoding) and text quoted from the source (“…GDP…”) are not the panel's prose. */
const latinWord = /[A-Za-z]{2,}/;

for (const { locale } of locales) {
  test(`${locale}: the Tianjin–Pingliang sentence cut at line 49 reads whole, with no gap note`, async ({ page }) => {
    await page.goto(`/${locale}/articles/${tianjin}/`);
    await expect(page.locator('.article-body')).toContainText(sentence[locale]);
    await expect(page.locator('.article-body .gap-note, .article-body .gap-block')).toHaveCount(0);
    await expect(page.locator('.provenance [data-rule="reflow-move"]')).toContainText(locale === 'zh-hans' ? '已查原文其余' : '已查原文其餘');
  });

  test(`${locale}: no outlet page, outlet chip or citation shows 未署名; an unsigned article says the outlet is not stated`, async ({ page, request }) => {
    expect((await request.get(`/${locale}/outlets/wei-shu-ming/`)).status()).toBe(404);
    await page.goto(`/${locale}/outlets/`);
    await expect(page.locator('main')).not.toContainText('未署名');
    await page.goto(`/${locale}/`);
    await expect(page.locator('body')).not.toContainText('未署名');
    for (const article of await articlesOf(request, locale)) {
      await page.goto(pathOf(article.url));
      const citations = await page.locator('.cite-text').allTextContents();
      expect(citations.length, article.id).toBeGreaterThan(0);
      for (const citation of citations) expect(citation, article.id).not.toMatch(/未署名|undefined/);
      await expect(page.locator('body'), article.id).not.toContainText('未署名');
    }
    await page.goto(`/${locale}/articles/2023-01-16-qinghai-industrial-clusters-interview/`);
    await expect(page.locator('.article-meta')).toContainText(locale === 'zh-hans' ? '来源原文未注明' : '來源原文未註明');
    await expect(page.locator('.article-meta a[href*="/outlets/"]')).toHaveCount(0);
  });

  test(`${locale}: the 甘肃 page lists the 庆阳 and 平凉 articles and links both sub-regions`, async ({ page }) => {
    await page.goto(`/${locale}/regions/gan-su/`);
    await expect(page.locator(`.article-list a[href$="/${locale}/articles/2025-03-26-qingyang-county-reform-press-conference/"]`)).toHaveCount(1);
    await expect(page.locator(`.article-list a[href$="/${locale}/articles/${tianjin}/"]`)).toHaveCount(1);
    await expect(page.locator('.subregions a[href$="/regions/qing-yang/"]')).toHaveCount(1);
    await expect(page.locator('.subregions a[href$="/regions/ping-liang/"]')).toHaveCount(1);
    await expect(page.locator('.article-list')).toContainText(locale === 'zh-hans' ? '来源未注明' : '來源未註明');
    await page.goto(`/${locale}/regions/ping-liang/`);
    await expect(page.locator('.breadcrumb a[href$="/regions/gan-su/"]')).toHaveCount(1);
  });

  test(`${locale}: no provenance panel contains English prose`, async ({ page, request }) => {
    for (const article of await articlesOf(request, locale)) {
      await page.goto(pathOf(article.url));
      const prose = await page.locator('.provenance').evaluate((panel) => {
        const copy = panel.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('code').forEach((code) => code.remove());
        return (copy.textContent ?? '').replace(/“[^“”]*”|「[^「」]*」/g, '“”');
      });
      expect(prose.length, article.id).toBeGreaterThan(20);
      expect(prose.match(latinWord)?.[0], `${article.id}: ${prose.slice(0, 200)}`).toBeUndefined();
    }
  });

  test(`${locale}: editorial acts are marked in 〔〕 with their evidence: restored character, composed title, standfirst`, async ({ page }) => {
    await page.goto(`/${locale}/articles/2023-01-16-qinghai-national-parks/`);
    const added = page.locator('.article-body ins.editorial.added');
    await expect(added).toHaveCount(1);
    await expect(added).toHaveText(locale === 'zh-hans' ? '〔仑〕' : '〔崙〕');
    await expect(page.locator('.article-body')).toContainText(locale === 'zh-hans' ? '昆〔仑〕山国家公园' : '崑〔崙〕山國家公園');
    await expect(added).toHaveAttribute('title', /编者补字|編者補字/);
    await expect(page.locator('.article-meta')).not.toContainText('（记者');
    await page.goto(`/${locale}/articles/2023-01-16-qinghai-industrial-clusters-interview/`);
    await expect(page.locator('.article-body')).not.toContainText('张弘毅');
    await expect(page.locator('.article-body')).not.toContainText('張弘毅');
    await expect(page.locator('.article-meta')).toContainText(locale === 'zh-hans' ? '张弘毅' : '張弘毅');
    await page.goto(`/${locale}/articles/2025-03-26-qingyang-county-reform-press-conference/`);
    await expect(page.locator('.title-basis .editorial')).toHaveText(locale === 'zh-hans' ? '〔编者拟题〕' : '〔編者擬題〕');
    await page.goto(`/${locale}/articles/2024-06-13-gansu-high-quality-development/`);
    await expect(page.locator('.standfirst .standfirst-label')).toHaveText(locale === 'zh-hans' ? '导语' : '導語');
    await expect(page.locator('.article-body > p').first()).not.toHaveText(/^6月13日上午，国务院新闻办举行“推动高质量发展”系列主题新闻发布会。省委副书记、省长任振鹤围绕/);
  });

  test(`${locale}: figures are labelled caption blocks saying the image is not held, not empty frames`, async ({ page }) => {
    await page.goto(`/${locale}/articles/2023-02-23-gansu-investment-and-opening-up/`);
    const figures = page.locator('figure.figure');
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      await expect(figure.locator('.figure-kind')).toHaveText(locale === 'zh-hans' ? '图片说明' : '圖片說明');
      await expect(figure.locator('.figure-not-held')).toContainText(locale === 'zh-hans' ? '未存图片' : '未存圖片');
      expect(await figure.evaluate((el) => getComputedStyle(el).borderTopStyle)).not.toBe('dashed');
      await expect(figure.locator('figcaption')).not.toBeEmpty();
    }
  });
}
