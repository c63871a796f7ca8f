import { expect, test } from 'vitest';
import { extractIds, extractLinks, fileOf, findBrokenLinks } from '../../../scripts/lib/check-links.ts';

const site = [
  { path: '/zh-hans/index.html', html: '<a href="/zh-hans/articles/a/#t1">x</a><a href="articles/a/">rel</a><link href="/_astro/s.css"><a href="#top" id="top">top</a>' },
  { path: '/zh-hans/articles/a/index.html', html: '<p id="t1">…</p><a href="../../">up</a><a href="/sources/1.txt">raw</a><a href="/zh-hant/articles/a/#t1">繁</a>' },
  { path: '/zh-hant/articles/a/index.html', html: '<p id="t1">…</p>' },
  { path: '/_astro/s.css' },
  { path: '/sources/1.txt' },
];

test('a consistent site has no broken links', () => {
  expect(findBrokenLinks(site)).toEqual([]);
});

test.each([
  { html: '<a href="/zh-hans/missing/">', reason: 'missing-page' },
  { html: '<a href="/zh-hant/articles/a/#t9">', reason: 'missing-anchor' },
  { html: '<a href="#nowhere">', reason: 'missing-anchor' },
  { html: '<img src="https://cdn.example/x.png">', reason: 'external' },
  { html: '<a href="//fonts.example/css">', reason: 'external' },
  { html: '<a href="/sources/2.txt">', reason: 'missing-page' },
])('$html is $reason', ({ html, reason }) => {
  const broken = findBrokenLinks([...site, { path: '/zh-hans/x/index.html', html }]);
  expect(broken).toHaveLength(1);
  expect(broken[0]?.reason).toBe(reason);
  expect(broken[0]?.from).toBe('/zh-hans/x/index.html');
});

test('extractLinks decodes entities; extractIds finds ids', () => {
  expect(extractLinks('<a class="x" href="/a/?q=1&amp;r=2">')).toEqual(['/a/?q=1&r=2']);
  expect([...extractIds('<p id="t5-p2"><span data-id="no">')]).toEqual(['t5-p2']);
});

test.each([
  { path: '/a/', expected: '/a/index.html' },
  { path: '/feed.xml', expected: '/feed.xml' },
])('fileOf($path)', ({ path, expected }) => {
  expect(fileOf(path)).toBe(expected);
});
