import { expect, test } from 'vitest';
import { buildArchive } from '../../../src/lib/archive.ts';
import { articleEntries, atomDate, atomFeed, speakerEntries } from '../../../src/lib/feeds.ts';
import { sitemapXml } from '../../../src/lib/sitemap.ts';
import { speakerActivity } from '../../../src/lib/speaker-activity.ts';
import { escapeXml, xmlSafeText } from '../../../src/lib/xml.ts';
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

/** XML 1.0 §2.2 `Char`: what a well-formed document may contain at all. */
const xmlChars = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

test.each([
  { id: 'NUL (YAML "\\0")', text: 'a\u0000b', expected: 'a\uFFFDb' },
  { id: 'backspace and escape (YAML "\\b\\e")', text: '\b\u001B', expected: '\uFFFD\uFFFD' },
  { id: 'vertical tab, form feed, unit separator', text: '\u000B\u000C\u001F', expected: '\uFFFD\uFFFD\uFFFD' },
  { id: 'noncharacters U+FFFE U+FFFF', text: 'x\uFFFEy\uFFFF', expected: 'x\uFFFDy\uFFFD' },
  { id: 'lone high surrogate', text: 'a\uD800b', expected: 'a\uFFFDb' },
  { id: 'lone low surrogate', text: 'a\uDC00', expected: 'a\uFFFD' },
  { id: 'negative: a surrogate pair (𠀀) stays', text: '𠀀字', expected: '𠀀字' },
  { id: 'negative: tab, LF, CR stay', text: 'a\tb\nc\rd', expected: 'a\tb\nc\rd' },
  { id: 'negative: DEL and C1 controls are XML characters', text: '\u007F\u0085', expected: '\u007F\u0085' },
  { id: 'negative: U+FFFD itself', text: '\uFFFD', expected: '\uFFFD' },
])('xmlSafeText: $id', ({ text, expected }) => {
  expect(xmlSafeText(text)).toBe(expected);
});

test('a feed whose text holds every kind of hostile character is still well-formed XML', () => {
  const hostile = 'T\u0000\b\u001B\uFFFE\uFFFF\uD800 </title><script>alert(1)</script> ]]> &amp; "\'';
  const xml = atomFeed({
    title: hostile,
    url: site,
    self: `${site}zh-hans/feed.xml`,
    lang: 'zh-Hans',
    entries: [{ id: `${site}x?a=1&b=2`, title: hostile, url: `${site}x?a=1&b="2"`, updated: atomDate('2024-06-13'), summary: hostile }],
  });
  expect(xml).toMatch(xmlChars);
  expect(xml).not.toContain('<script>');
  expect(xml).toContain('<title>T\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; ]]&gt; &amp;amp; &quot;&apos;</title>');
  // Only the feed's own markup remains once the escaped text is taken out.
  expect(xml.replace(/&(amp|lt|gt|quot|apos);/g, '').match(/<\/?[a-z]+/g)).toEqual(['<feed', '<id', '</id', '<title', '</title', '<link', '<link', '<updated', '</updated', '<author', '<name', '</name', '</author', '<entry', '<id', '</id', '<title', '</title', '<link', '<updated', '</updated', '<summary', '</summary', '</entry', '</feed']);
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
