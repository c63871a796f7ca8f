/** Feeds, sitemap and exports parse, agree with each other, and exist in both scripts. */
import { expect, test } from '@playwright/test';
import { articlesOf, busiestAnswer, locales, parseCsv, turnsOf } from './site-data.ts';

/** Parses XML in the browser; returns the root element's name and counts, or the parser error. */
async function parseXml(page: import('@playwright/test').Page, xml: string, count: string) {
  return page.evaluate(
    ({ xml, count }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.querySelector('parsererror');
      return { error: error?.textContent ?? null, root: doc.documentElement.localName, count: doc.getElementsByTagName(count).length, lang: doc.documentElement.getAttribute('xml:lang') };
    },
    { xml, count },
  );
}

for (const { locale, lang } of locales) {
  test(`${locale}: the Atom feeds parse, one entry per article and per event`, async ({ page, request }) => {
    await page.goto(`/${locale}/`);
    const articles = await articlesOf(request, locale);
    const feed = await parseXml(page, await (await request.get(`/${locale}/feed.xml`)).text(), 'entry');
    expect(feed).toEqual({ error: null, root: 'feed', count: articles.length, lang });
    const turns = await turnsOf(request, locale);
    const { speaker_id: id } = busiestAnswer(turns);
    const events = new Set(turns.filter((t) => t.speaker_id === id).map((t) => t.article_id)).size;
    const speakerFeed = await parseXml(page, await (await request.get(`/${locale}/speakers/${id}/feed.xml`)).text(), 'entry');
    expect(speakerFeed).toEqual({ error: null, root: 'feed', count: events, lang });
    await expect(page.locator(`link[rel="alternate"][type="application/atom+xml"]`)).toHaveAttribute('href', `/${locale}/feed.xml`);
  });

  test(`${locale}: exports in JSON and CSV agree`, async ({ request }) => {
    for (const dataset of ['articles', 'turns'] as const) {
      const json = (await (await request.get(`/exports/${dataset}.${locale}.json`)).json()) as Record<string, string>[];
      expect(json.length, dataset).toBeGreaterThan(0);
      const csv = await (await request.get(`/exports/${dataset}.${locale}.csv`)).text();
      expect(csv.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = parseCsv(csv.slice(1));
      expect(header).toEqual(Object.keys(json[0] ?? {}));
      expect(rows.length).toBe(json.length);
      rows.forEach((row, i) => expect(row).toEqual(Object.values(json[i] ?? {})));
    }
  });
}

test('exports in both scripts have the same ids in the same order', async ({ request }) => {
  const [hans, hant] = await Promise.all([turnsOf(request, 'zh-hans'), turnsOf(request, 'zh-hant')]);
  expect(hant.map((t) => `${t.article_id}#${t.turn_id}`)).toEqual(hans.map((t) => `${t.article_id}#${t.turn_id}`));
});

test('the sitemap parses and lists every article in both scripts with alternates', async ({ page, request }) => {
  await page.goto('/zh-hans/');
  const xml = await (await request.get('/sitemap.xml')).text();
  const parsed = await parseXml(page, xml, 'url');
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe('urlset');
  for (const locale of ['zh-hans', 'zh-hant']) {
    for (const article of await articlesOf(request, locale)) expect(xml).toContain(`<loc>${article.url}</loc>`);
  }
  expect(xml.match(/<xhtml:link /g)?.length).toBe(parsed.count * 2);
});
