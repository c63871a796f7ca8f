import { describe, expect, test } from 'vitest';
import { cacheVersion, precacheList, serviceWorkerSource, urlOfFile } from '../../../scripts/lib/search/service-worker.ts';

const files = [
  { path: 'index.html', bytes: 100 },
  { path: 'zh-hans/index.html', bytes: 100 },
  { path: 'zh-hans/search/index.html', bytes: 100 },
  { path: 'zh-hans/404/index.html', bytes: 100 },
  { path: 'zh-hans/articles/x/index.html', bytes: 1000 },
  { path: '_astro/page.abc.js', bytes: 100 },
  { path: 'pagefind/pagefind.js', bytes: 100 },
  { path: 'pagefind/pagefind.zh_1.pf_meta', bytes: 100 },
  { path: 'pagefind/index/zh_2.pf_index', bytes: 1000 },
  { path: 'sw.js', bytes: 10 },
  { path: 'sources/000.txt', bytes: 10 },
  { path: 'exports/turns.zh-hans.csv', bytes: 10 },
];

describe('urlOfFile', () => {
  test.each([
    { path: 'index.html', url: '/' },
    { path: 'zh-hans/search/index.html', url: '/zh-hans/search/' },
    { path: 'pagefind/pagefind.js', url: '/pagefind/pagefind.js' },
    { path: 'zh-hans/404.html', url: '/zh-hans/404.html' },
  ])('$path', ({ path, url }) => {
    expect(urlOfFile(path)).toBe(url);
  });
});

describe('precacheList', () => {
  test('within the budget: every page and index file, never the worker, sources or exports', () => {
    const list = precacheList(files, 10_000);
    expect(list.complete).toBe(true);
    expect(list.urls).toContain('/zh-hans/articles/x/');
    expect(list.urls).toContain('/pagefind/index/zh_2.pf_index');
    expect(list.urls.some((url) => /sw\.js|sources|exports/.test(url))).toBe(false);
  });

  test('over the budget: the shell only', () => {
    const list = precacheList(files, 500);
    expect(list.complete).toBe(false);
    expect(list.urls).toEqual(['/', '/_astro/page.abc.js', '/pagefind/pagefind.js', '/pagefind/pagefind.zh_1.pf_meta', '/zh-hans/', '/zh-hans/404/', '/zh-hans/search/']);
  });

  test('over the budget: a search shard’s entry and meta are in the shell, its chunks are not', () => {
    const sharded = [...files, { path: 'pagefind/shard-2/pagefind-entry.json', bytes: 10 }, { path: 'pagefind/shard-2/pagefind.zh_3.pf_meta', bytes: 100 }, { path: 'pagefind/shard-2/index/zh_4.pf_index', bytes: 1000 }];
    const list = precacheList(sharded, 500);
    expect(list.urls).toContain('/pagefind/shard-2/pagefind-entry.json');
    expect(list.urls).toContain('/pagefind/shard-2/pagefind.zh_3.pf_meta');
    expect(list.urls).not.toContain('/pagefind/shard-2/index/zh_4.pf_index');
  });
});

describe('service worker', () => {
  test('version changes with the files', () => {
    expect(cacheVersion(files, ['a'])).toBe(cacheVersion(files, ['a']));
    expect(cacheVersion(files, ['a'])).not.toBe(cacheVersion(files, ['b']));
    expect(cacheVersion(files.slice(1), ['a'])).not.toBe(cacheVersion(files, ['a']));
  });

  test('source names its cache and precache list, and parses as JavaScript', () => {
    const source = serviceWorkerSource('v1', ['/', '/zh-hans/']);
    expect(source).toContain("const CACHE = 'archive-v1';");
    expect(source).toContain('const PRECACHE = ["/","/zh-hans/"];');
    expect(() => new Function(source)).not.toThrow();
  });
});
