import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createStaticServer, resolveUnderRoot } from '../../../scripts/lib/static-server.ts';

describe('resolveUnderRoot', () => {
  test.each([
    { url: '/zh-hans/', expected: '/site/zh-hans/' },
    { url: '/a%20b.txt?x=1', expected: '/site/a b.txt' },
    { url: '/../etc/passwd', expected: null },
    { url: '/%2e%2e/%2e%2e/etc/passwd', expected: null },
    { url: '/%E0%A4%A', expected: null },
  ])('$url → $expected', ({ url, expected }) => {
    expect(resolveUnderRoot('/site', url)).toBe(expected);
  });
});

describe('static server', () => {
  const root = mkdtempSync(join(tmpdir(), 'serve-'));
  const served: { path: string; status: number; bytes: number }[] = [];
  const server = createStaticServer({ root, gzip: true, onResponse: (entry) => served.push(entry) });
  let base = '';
  beforeAll(async () => {
    mkdirSync(join(root, 'zh-hant', '404'), { recursive: true });
    writeFileSync(join(root, 'zh-hant', 'index.html'), '<h1>繁</h1>');
    writeFileSync(join(root, 'zh-hant', '404', 'index.html'), '<h1>找不到這一頁</h1>');
    writeFileSync(join(root, 'data.json'), JSON.stringify({ words: 'x'.repeat(2000) }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('serves index.html for a directory', async () => {
    const response = await fetch(`${base}/zh-hant/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toBe('<h1>繁</h1>');
  });
  test('redirects a directory without its slash', async () => {
    const response = await fetch(`${base}/zh-hant`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/zh-hant/');
  });
  test('answers unknown paths under a locale with that locale’s 404 page', async () => {
    const response = await fetch(`${base}/zh-hant/nowhere/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('找不到這一頁');
  });
  test('gzips text when asked and counts the bytes sent', async () => {
    served.length = 0;
    const response = await fetch(`${base}/data.json`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect((await response.json()).words).toHaveLength(2000);
    const entry = served.find((e) => e.path === '/data.json');
    expect(entry?.status).toBe(200);
    expect(entry?.bytes).toBeGreaterThan(0);
    expect(entry?.bytes).toBeLessThan(200);
  });
});
