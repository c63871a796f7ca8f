/**
 * The static server against a scratch site: index pages, directory redirects, per-locale 404s,
 * gzip with byte counts, paths that try to leave the root or point elsewhere (no open redirect),
 * and read errors that answer with a status code while the server keeps serving.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { acceptablePath, createStaticServer, notFoundPages } from '../../../scripts/lib/static-server.ts';

describe('acceptablePath', () => {
  test.each([
    { path: '/zh-hans/', expected: true },
    { path: '/zh-hans/articles/a%20b/', expected: true },
    { path: '/', expected: true },
    { path: '//evil.example/..//zh-hans', expected: false },
    { path: '//evil.example', expected: false },
    { path: '/%2Fevil.example/', expected: false },
    { path: '/\\evil.example/', expected: false },
    { path: '/%5Cevil.example/', expected: false },
    { path: '/a%00.html', expected: false },
    { path: '/%E0%A4%A', expected: false },
    { path: 'zh-hans/', expected: false },
  ])('$path → $expected', ({ path, expected }) => {
    expect(acceptablePath(path)).toBe(expected);
  });
});

test.each([
  { path: '/zh-hant/nowhere/', expected: ['/site/zh-hant/404/index.html', '/site/404.html'] },
  { path: '/zh-hans/x', expected: ['/site/zh-hans/404/index.html', '/site/404.html'] },
  { path: '/zh-hantx/', expected: ['/site/404.html'] },
  { path: '/', expected: ['/site/404.html'] },
])('notFoundPages($path)', ({ path, expected }) => {
  expect(notFoundPages('/site', path)).toEqual(expected);
});

/** A raw GET (fetch would normalize `//…` and `..` away before sending). */
function rawGet(base: string, path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail);
    req.end();
  });
}

describe('static server', () => {
  const root = mkdtempSync(join(tmpdir(), 'serve-'));
  const outside = mkdtempSync(join(tmpdir(), 'serve-outside-'));
  const served: { path: string; status: number; bytes: number }[] = [];
  const server = createStaticServer({ root, gzip: true, onResponse: (entry) => served.push(entry) });
  let base = '';
  beforeAll(async () => {
    mkdirSync(join(root, 'zh-hant', '404'), { recursive: true });
    mkdirSync(join(root, 'zh-hans'), { recursive: true });
    mkdirSync(join(root, 'pagefind'), { recursive: true });
    writeFileSync(join(root, 'zh-hant', 'index.html'), '<h1>繁</h1>');
    writeFileSync(join(root, 'zh-hans', 'index.html'), '<h1>简</h1>');
    writeFileSync(join(root, 'zh-hant', '404', 'index.html'), '<h1>找不到這一頁</h1>');
    writeFileSync(join(root, '404.html'), '<h1>root 404</h1>');
    writeFileSync(join(root, 'data.json'), JSON.stringify({ words: 'x'.repeat(2000) }));
    writeFileSync(join(root, 'pagefind', 'a.pf_fragment'), new Uint8Array([1, 2, 3]));
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    // Read errors as a rebuild or a broken deploy produces them.
    symlinkSync('loop.html', join(root, 'loop.html'));
    symlinkSync(join(root, 'gone.html'), join(root, 'dangling.html'));
    symlinkSync('/proc/self/mem', join(root, 'eio.html'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  test('serves index.html for a directory', async () => {
    const response = await fetch(`${base}/zh-hant/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toBe('<h1>繁</h1>');
  });
  test('redirects a directory without its slash to the same origin', async () => {
    const response = await fetch(`${base}/zh-hant`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/zh-hant/');
  });
  test('answers unknown paths under a locale with that locale’s 404 page, elsewhere with the root one', async () => {
    const response = await fetch(`${base}/zh-hant/nowhere/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('找不到這一頁');
    const other = await fetch(`${base}/nowhere/`);
    expect(other.status).toBe(404);
    expect(await other.text()).toContain('root 404');
  });
  test('gzips text when asked and counts the bytes sent', async () => {
    served.length = 0;
    const response = await fetch(`${base}/data.json`, { headers: { 'accept-encoding': 'gzip, br' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await response.json()).words).toHaveLength(2000);
    const entry = served.find((e) => e.path === '/data.json');
    expect(entry?.status).toBe(200);
    expect(entry?.bytes).toBeGreaterThan(0);
    expect(entry?.bytes).toBeLessThan(200);
  });
  test('negative: no compression when the client does not ask; Pagefind fragments are binary', async () => {
    served.length = 0;
    const response = await fetch(`${base}/data.json`, { headers: { 'accept-encoding': 'identity' } });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect((await response.text()).length).toBeGreaterThan(2000);
    expect(served.find((e) => e.path === '/data.json')?.bytes).toBeGreaterThan(2000);
    const fragment = await fetch(`${base}/pagefind/a.pf_fragment`, { headers: { 'accept-encoding': 'gzip' } });
    expect(fragment.headers.get('content-type')).toBe('application/octet-stream');
    expect(fragment.headers.get('content-encoding')).toBeNull();
  });
  test.each([
    { path: '//evil.example/..//zh-hans', id: 'protocol-relative with a dot segment' },
    { path: '//evil.example/', id: 'protocol-relative' },
    { path: '/%2Fevil.example/..//zh-hans', id: 'encoded slash' },
    { path: '/\\evil.example/zh-hans', id: 'backslash' },
  ])('no open redirect: $id ($path) → 404, no Location', async ({ path }) => {
    const response = await rawGet(base, path);
    expect(response.status).toBe(404);
    expect(response.headers.location).toBeUndefined();
  });
  test.each([
    { path: '/../etc/passwd' },
    { path: '/%2e%2e/%2e%2e/etc/passwd' },
    { path: `/..${outside.replace(tmpdir(), '')}/secret.txt` },
    { path: '/%E0%A4%A' },
  ])('never reads outside the root: $path', async ({ path }) => {
    const response = await rawGet(base, path);
    expect([403, 404]).toContain(response.status);
    expect(response.body).not.toContain('secret');
  });
  test.each([
    { path: '/loop.html', status: 500, id: 'a symlink loop (ELOOP)' },
    { path: '/dangling.html', status: 404, id: 'a file removed by a rebuild (ENOENT)' },
    { path: '/eio.html', status: 500, id: 'a file that cannot be read (EIO)' },
  ])('a read error answers $status and the server keeps serving: $id', async ({ path, status }) => {
    const failed = await rawGet(base, path).catch(() => ({ status: 'connection closed' }));
    // A read error after the headers went out can only close the connection; before that, a status.
    expect([status, 'connection closed']).toContain(failed.status);
    if (path !== '/eio.html') expect(failed.status).toBe(status);
    const after = await fetch(`${base}/zh-hans/`);
    expect(after.status).toBe(200);
    expect(await after.text()).toBe('<h1>简</h1>');
  });
  test('other methods: 405 with Allow', async () => {
    const response = await fetch(`${base}/zh-hans/`, { method: 'POST' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});
