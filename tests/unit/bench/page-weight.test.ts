import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { pageWeight, scripts, stylesheetHrefs } from '../../../bench/lib/page-weight.ts';
import { breakdown, bundleFileKind, sumServed } from '../../../bench/lib/served.ts';

describe('stylesheetHrefs', () => {
  test.each([
    { html: '<link rel="stylesheet" href="/_astro/a.css">', expected: ['/_astro/a.css'] },
    { html: "<link href='/b.css' rel='stylesheet' />", expected: ['/b.css'] },
    { html: '<link rel=stylesheet href=/c.css>', expected: ['/c.css'] },
    { html: '<link rel="icon" href="/favicon.svg"><link rel="alternate" href="/zh-hant/">', expected: [] },
  ])('$html', ({ html, expected }) => {
    expect(stylesheetHrefs(html)).toEqual(expected);
  });
});

describe('scripts', () => {
  test.each([
    { html: '<script type="module" src="/_astro/page.js"></script>', sources: ['/_astro/page.js'], inline: 0 },
    { html: '<script>console.log(1)</script>', sources: [], inline: 1 },
    { html: '<script type="application/ld+json">{"a":1}</script><script type="application/json" id="c">{}</script>', sources: [], inline: 0 },
    { html: '<p>no script</p>', sources: [], inline: 0 },
  ])('$html', ({ html, sources, inline }) => {
    const found = scripts(html);
    expect(found.sources).toEqual(sources);
    expect(found.inline).toHaveLength(inline);
  });
});

describe('pageWeight', () => {
  const css = Buffer.from('body{color:#111}'.repeat(50));
  const html = `<!doctype html><html><head><link rel="stylesheet" href="/s.css"><link rel="stylesheet" href="/missing.css"></head><body>${'<p>文字</p>'.repeat(100)}<script src="/a.js"></script></body></html>`;
  const weight = pageWeight(html, (path) => (path === '/s.css' ? css : path === '/a.js' ? Buffer.from('let a = 1;') : undefined));
  test('gzips the HTML and the stylesheets it links that exist', () => {
    expect(weight.htmlGzipBytes).toBe(gzipSync(html).length);
    expect(weight.cssFiles).toBe(1);
    expect(weight.cssGzipBytes).toBe(gzipSync(css).length);
    expect(weight.totalGzipBytes).toBe(weight.htmlGzipBytes + weight.cssGzipBytes);
    expect(weight.htmlBytes).toBe(Buffer.byteLength(html));
  });
  test('counts the scripts the page references', () => {
    expect(weight.scriptFiles).toBe(1);
    expect(weight.scriptGzipBytes).toBeGreaterThan(0);
    expect(weight.inlineScriptBytes).toBe(0);
  });
});

describe('sumServed', () => {
  const entries = [
    { path: '/zh-hans/search/', status: 200, bytes: 5000, at: 1 },
    { path: '/pagefind/pagefind.js', status: 200, bytes: 47_000, at: 2 },
    { path: '/pagefind/index/zh_a.pf_index', status: 200, bytes: 50_000, at: 5 },
    { path: '/pagefind/index/zh_b.pf_index', status: 200, bytes: 40_000, at: 7 },
    { path: '/pagefind/fragment/zh_c.pf_fragment', status: 200, bytes: 3000, at: 9 },
  ];
  test('all requests, the bundle’s requests, and the last chunk and response times', () => {
    expect(sumServed(entries, '/pagefind/')).toEqual({ requests: 5, bytes: 145_000, searchRequests: 4, searchBytes: 140_000, lastChunkAt: 7, lastResponseAt: 9, lastByteAt: 9 });
  });
  test('no chunk fetched: no last-chunk time', () => {
    expect(sumServed(entries.slice(0, 2), '/pagefind/')).toEqual({ requests: 2, bytes: 52_000, searchRequests: 1, searchBytes: 47_000, lastResponseAt: 2, lastByteAt: 2 });
  });
  test('the last byte a query needs includes the search files beside the bundle (text chunks, people shards), not the page', () => {
    const withText = [...entries, { path: '/search/text/a/0.json', status: 200, bytes: 900, at: 12 }, { path: '/_astro/late.css', status: 200, bytes: 100, at: 15 }];
    expect(sumServed(withText, '/pagefind/')).toMatchObject({ lastResponseAt: 9, lastByteAt: 12 });
  });
  test('another bundle prefix counts nothing as search', () => {
    expect(sumServed(entries, '/other/')).toMatchObject({ searchRequests: 0, searchBytes: 0 });
  });
});

describe('bundleFileKind', () => {
  test.each([
    { path: '/pagefind/pagefind.js', expected: 'js' },
    { path: '/pagefind/pagefind-worker.js', expected: 'js' },
    { path: '/pagefind/wasm.unknown.pagefind', expected: 'wasm' },
    { path: '/pagefind/pagefind.zh-hans_3a4a.pf_meta', expected: 'meta' },
    { path: '/pagefind/index/zh-hans_1.pf_index', expected: 'index chunks' },
    { path: '/pagefind/fragment/zh-hans_2.pf_fragment', expected: 'fragments' },
    { path: '/pagefind/filter/zh-hans_3.pf_filter', expected: 'filters' },
    { path: '/pagefind/pagefind-entry.json', expected: 'other' },
  ])('$path → $expected', ({ path, expected }) => {
    expect(bundleFileKind(path)).toBe(expected);
  });
});

describe('breakdown', () => {
  test('groups the bundle’s responses by kind, largest first, ignoring other requests', () => {
    const at = 0;
    const status = 200;
    expect(
      breakdown(
        [
          { path: '/zh-hans/search/', status, bytes: 9000, at },
          { path: '/pagefind/pagefind.js', status, bytes: 47_000, at },
          { path: '/pagefind/pagefind-worker.js', status, bytes: 43_000, at },
          { path: '/pagefind/index/a.pf_index', status, bytes: 60_000, at },
          { path: '/pagefind/index/b.pf_index', status, bytes: 50_000, at },
        ],
        '/pagefind/',
      ),
    ).toEqual([
      { kind: 'index chunks', requests: 2, bytes: 110_000 },
      { kind: 'js', requests: 2, bytes: 90_000 },
    ]);
  });
});
