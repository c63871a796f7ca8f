/** Article pages in a browser: lang, the script switch keeping the anchor, the cite control, reading without JavaScript, no external requests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { articlesOf, busiestAnswer, locales, pathOf, turnsOf } from './site-data.ts';

for (const { locale, lang, other, otherLang } of locales) {
  test(`${locale}: every article page has lang ${lang}, its title and its anchors`, async ({ page, request }) => {
    const articles = await articlesOf(request, locale);
    expect(articles.length).toBeGreaterThan(0);
    for (const article of articles) {
      const response = await page.goto(pathOf(article.url));
      expect(response?.status(), article.id).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(article.title);
      await expect(page.locator('.provenance')).toBeVisible();
    }
  });

  test(`${locale}: the script switch lands on the same anchor in ${other}`, async ({ page, request }) => {
    const answer = busiestAnswer(await turnsOf(request, locale));
    await page.goto(pathOf(answer.url));
    await expect(page.locator(`#${answer.turn_id}`)).toBeInViewport();
    await page.locator(`.site-nav a.script-switch[hreflang="${otherLang}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${other}/articles/${answer.article_id}/#${answer.turn_id}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', otherLang);
    await expect(page.locator(`#${answer.turn_id}`)).toBeInViewport();
  });

  test(`${locale}: the cite control copies the citation in the page's script`, async ({ browser, request }) => {
    const answer = busiestAnswer(await turnsOf(request, locale));
    const articles = await articlesOf(request, locale);
    const article = articles.find((a) => a.id === answer.article_id);
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(pathOf(answer.url));
    const turn = page.locator(`#${answer.turn_id}`);
    await turn.locator('.cite summary').click();
    const text = (await turn.locator('.cite-text').textContent()) ?? '';
    const [year, month, day] = answer.date.split('-').map(Number);
    for (const part of [answer.speaker, answer.event, `${year}年${month}月${day}日`, article?.title ?? '(missing)', `/${locale}/articles/${answer.article_id}/#${answer.turn_id}`]) {
      expect(text, `citation should contain ${part}`).toContain(part);
    }
    if (answer.questioner_outlet) expect(text).toContain(answer.questioner_outlet);
    await turn.locator('.cite-copy').click();
    await expect(turn.locator('.cite-copy')).toHaveAttribute('data-copied', 'true');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await context.close();
  });

  test(`${locale}: without JavaScript the article reads, and the citation and the other-script anchor are there`, async ({ browser, request }) => {
    const answer = busiestAnswer(await turnsOf(request, locale));
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathOf(answer.url));
    const turn = page.locator(`#${answer.turn_id}`);
    await expect(turn.locator(`#${answer.turn_id}-p1`)).toBeVisible();
    await expect(turn.locator('.cite-copy')).toBeHidden();
    await turn.locator('.cite summary').click();
    await expect(turn.locator('.cite-text')).toContainText(`#${answer.turn_id}`);
    const otherLink = turn.locator(`.cite-links a[hreflang="${otherLang}"]`);
    await expect(otherLink).toHaveAttribute('href', `/${other}/articles/${answer.article_id}/#${answer.turn_id}`);
    await otherLink.click();
    await expect(page.locator('html')).toHaveAttribute('lang', otherLang);
    await expect(page.locator(`#${answer.turn_id}`)).toBeInViewport();
    await context.close();
  });
}

test('the answer is rendered as dialogue: question with its outlet, answer linked to the speaker page', async ({ page, request }) => {
  const answer = busiestAnswer(await turnsOf(request, 'zh-hans'));
  await page.goto(pathOf(answer.url));
  const question = page.locator(`#${answer.question_id}`);
  await expect(question).toHaveClass(/turn-question/);
  if (answer.questioner_outlet) await expect(question.locator('.turn-speaker')).toContainText(answer.questioner_outlet);
  await expect(page.locator(`#${answer.turn_id} a.turn-speaker`)).toHaveAttribute('href', `/zh-hans/speakers/${answer.speaker_id}/`);
});

test('the provenance panel links the raw source, byte for byte as received', async ({ page, request }) => {
  const article = (await articlesOf(request, 'zh-hant')).find((a) => a.source_id);
  expect(article, 'the build has an article normalized from a raw source').toBeTruthy();
  if (!article) return;
  await page.goto(pathOf(article.url));
  const link = page.locator('.provenance a[href^="/sources/"]');
  await expect(link).toHaveAttribute('href', `/sources/${article.source_id}.txt`);
  await expect(page.locator('.provenance')).toContainText(article.source_id);
  const served = await (await request.get(`/sources/${article.source_id}.txt`)).body();
  const original = readFileSync(join(process.env.ARCHIVE_CONTENT ?? 'content', 'sources', `${article.source_id}.txt`));
  expect(Buffer.compare(served, original)).toBe(0);
});

test('pages make no request outside the site', async ({ page, request }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://localhost:')) outside.push(r.url());
  });
  const answer = busiestAnswer(await turnsOf(request, 'zh-hant'));
  for (const path of ['/zh-hant/', pathOf(answer.url), `/zh-hant/speakers/${answer.speaker_id}/`, '/zh-hans/archive/']) await page.goto(path, { waitUntil: 'networkidle' });
  expect(outside).toEqual([]);
});
