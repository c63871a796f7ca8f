import { expect, test } from 'vitest';
import { buildArchive } from '../../../src/lib/archive.ts';
import { articleEntries, atomDate, atomFeed, speakerEntries } from '../../../src/lib/feeds.ts';
import { sitemapXml } from '../../../src/lib/sitemap.ts';
import { speakerActivity } from '../../../src/lib/speaker-activity.ts';
import { escapeXml } from '../../../src/lib/xml.ts';
import { loadEntries, loadRegistry } from './site/fixture-archive.ts';

const archive = buildArchive(loadEntries(), loadRegistry());
const site = 'https://archive.example/';

test.each([
  { text: 'a & b', expected: 'a &amp; b' },
  { text: '<script>', expected: '&lt;script&gt;' },
  { text: `"q" 'a'`, expected: '&quot;q&quot; &apos;a&apos;' },
  { text: '“中文”', expected: '“中文”' },
])('escapeXml($text)', ({ text, expected }) => {
  expect(escapeXml(text)).toBe(expected);
});

test('atomDate', () => {
  expect(atomDate('2024-06-13')).toBe('2024-06-13T00:00:00Z');
});

test('a locale feed has one entry per article, absolute links and the newest date as updated', () => {
  const xml = atomFeed({ title: 'T & C', url: site, self: `${site}zh-hans/feed.xml`, lang: 'zh-Hans', entries: articleEntries(archive.articles('zh-hans'), site) });
  expect(xml.match(/<entry>/g)).toHaveLength(3);
  expect(xml).toContain('<title>T &amp; C</title>');
  expect(xml).toContain('xml:lang="zh-Hans"');
  expect(xml).toMatch(/<feed[^>]*>\s*<id>https:\/\/archive\.example\/zh-hans\/feed\.xml<\/id>/);
  expect(xml).toMatch(/<\/title>\s*<link rel="self"[^>]*\/>\s*<link rel="alternate"[^>]*\/>\s*<updated>2024-06-13T00:00:00Z<\/updated>/);
  expect(xml).toContain('href="https://archive.example/zh-hans/articles/2023-02-01-fixture-traditional-report/"');
});

test('an empty feed is still valid and reproducible', () => {
  expect(atomFeed({ title: 'x', url: site, self: site, lang: 'zh-Hant', entries: [] })).toContain('<updated>1970-01-01T00:00:00Z</updated>');
});

test('a speaker feed has one entry per event, linking the first turn', () => {
  const entries = speakerEntries(speakerActivity(archive.articles('zh-hant'), 'fan-houjun').events, site);
  expect(entries.map((e) => e.url)).toEqual([
    'https://archive.example/zh-hant/articles/2024-06-13-fixture-press-conference/#t2',
    'https://archive.example/zh-hant/articles/2023-03-02-fixture-interview/#t2',
  ]);
  expect(entries[0]?.summary).toContain('#t5 麵條是甘肅的名片');
});

test('sitemapXml lists alternates', () => {
  const xml = sitemapXml([{ loc: `${site}zh-hans/`, alternates: [{ lang: 'zh-Hans', href: `${site}zh-hans/` }, { lang: 'zh-Hant', href: `${site}zh-hant/` }] }]);
  expect(xml).toContain('<loc>https://archive.example/zh-hans/</loc>');
  expect(xml).toContain('<xhtml:link rel="alternate" hreflang="zh-Hant" href="https://archive.example/zh-hant/"/>');
});
