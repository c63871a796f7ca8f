import { expect, test } from 'vitest';
import { absoluteUrl, archiveUrl, siteUrl, speakerPageUrl, articleUrl, exportUrl, feedUrl, homeUrl, outletUrl, regionUrl, sourceUrl, speakerFeedUrl, speakersUrl, speakerUrl, switchLocaleUrl } from '../../../src/lib/urls.ts';

test.each([
  { path: '/zh-hans/', to: 'zh-hant', expected: '/zh-hant/' },
  { path: '/zh-hant/articles/abc/', to: 'zh-hans', expected: '/zh-hans/articles/abc/' },
  { path: '/zh-hans/articles/abc/#t3-p2', to: 'zh-hant', expected: '/zh-hant/articles/abc/#t3-p2' },
  { path: '/zh-hans', to: 'zh-hant', expected: '/zh-hant' },
  { path: '/zh-hansx/', to: 'zh-hant', expected: '/zh-hansx/' },
] as const)('switchLocaleUrl($path, $to) = $expected', ({ path, to, expected }) => {
  expect(switchLocaleUrl(path, to)).toBe(expected);
});

test('homeUrl', () => {
  expect(homeUrl('zh-hant')).toBe('/zh-hant/');
});

test.each([
  { url: articleUrl('zh-hans', 'a-b'), expected: '/zh-hans/articles/a-b/' },
  { url: articleUrl('zh-hant', 'a-b', 't5-p2'), expected: '/zh-hant/articles/a-b/#t5-p2' },
  { url: speakersUrl('zh-hans'), expected: '/zh-hans/speakers/' },
  { url: speakerUrl('zh-hant', 'ren-zhenhe'), expected: '/zh-hant/speakers/ren-zhenhe/' },
  { url: speakerFeedUrl('zh-hant', 'ren-zhenhe'), expected: '/zh-hant/speakers/ren-zhenhe/feed.xml' },
  { url: archiveUrl('zh-hans'), expected: '/zh-hans/archive/' },
  { url: archiveUrl('zh-hans', '2024'), expected: '/zh-hans/archive/#y2024' },
  { url: outletUrl('zh-hans'), expected: '/zh-hans/outlets/' },
  { url: outletUrl('zh-hans', 'jing-ji-ri-bao'), expected: '/zh-hans/outlets/jing-ji-ri-bao/' },
  { url: regionUrl('zh-hant', 'gan-su'), expected: '/zh-hant/regions/gan-su/' },
  { url: feedUrl('zh-hant'), expected: '/zh-hant/feed.xml' },
  { url: sourceUrl('002_8a6e40267bf6ab56'), expected: '/sources/002_8a6e40267bf6ab56.txt' },
  { url: exportUrl('turns', 'zh-hant', 'csv'), expected: '/exports/turns.zh-hant.csv' },
  { url: absoluteUrl('/zh-hans/articles/a/#t1', 'https://x.example'), expected: 'https://x.example/zh-hans/articles/a/#t1' },
])('$expected', ({ url, expected }) => {
  expect(url).toBe(expected);
});

test.each([
  { path: '/zh-hans/articles/x/#t5', site: 'https://archive.example.org', expected: 'https://archive.example.org/zh-hans/articles/x/#t5' },
  { path: '/zh-hans/articles/x/#t5', site: new URL('https://archive.example.org/'), expected: 'https://archive.example.org/zh-hans/articles/x/#t5' },
  { path: '/zh-hans/articles/x/#t5', site: undefined, expected: '/zh-hans/articles/x/#t5' },
  { path: '/zh-hant/feed.xml', site: '', expected: '/zh-hant/feed.xml' },
])('siteUrl($path, $site) = $expected: never a guessed origin', ({ path, site, expected }) => {
  expect(siteUrl(path, site)).toBe(expected);
});

test.each([
  { page: 1, expected: '/zh-hans/speakers/ren-zhenhe/' },
  { page: 2, expected: '/zh-hans/speakers/ren-zhenhe/page/2/' },
])('speakerPageUrl(page $page)', ({ page, expected }) => {
  expect(speakerPageUrl('zh-hans', 'ren-zhenhe', page)).toBe(expected);
});
