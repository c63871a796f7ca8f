/** Speaker pages: every answer and statement of the speaker, each linked in context, answers with their question; the index lists everyone. */
import { expect, test } from '@playwright/test';
import { busiestAnswer, locales, pathOf, turnsOf } from './site-data.ts';

for (const { locale, lang } of locales) {
  test(`${locale}: a speaker page lists exactly the speaker's turns, with the questions they answered`, async ({ page, request }) => {
    const turns = await turnsOf(request, locale);
    const { speaker_id: id, speaker } = busiestAnswer(turns);
    const theirs = turns.filter((t) => t.speaker_id === id);
    await page.goto(`/${locale}/speakers/${id}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('h1')).toContainText(speaker);
    const links = await page.locator('.said-link a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(theirs.map((t) => pathOf(t.url)));
    // Counts agree with the export.
    const answers = theirs.filter((t) => t.role === 'answer').length;
    await expect(page.locator('.counts li').first()).toContainText(String(answers));
    for (const answer of theirs.filter((t) => t.role === 'answer' && t.question_id)) {
      const question = turns.find((t) => t.article_id === answer.article_id && t.turn_id === answer.question_id);
      const block = page.locator(`[id="${answer.article_id}-${answer.turn_id}"]`);
      await expect(block.locator('.question')).toContainText(question?.label ?? '(missing question)');
      await expect(block.locator('.question')).toContainText((question?.text ?? '').split('\n')[0]?.slice(0, 20) ?? '');
    }
  });

  test(`${locale}: the speakers index links every speaker who spoke`, async ({ page, request }) => {
    const turns = await turnsOf(request, locale);
    const ids = [...new Set(turns.filter((t) => t.speaker_id).map((t) => t.speaker_id))];
    await page.goto(`/${locale}/speakers/`);
    for (const id of ids) await expect(page.locator(`a[href="/${locale}/speakers/${id}/"]`)).toHaveCount(1);
  });
}
