/**
 * `npm run bench` with no Chromium: every browser measurement rejects with the launch error, and
 * the servers it opened are closed, so the process ends by itself (before: it hung forever on the
 * open servers). Runs in a child process that never calls process.exit.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from 'vitest';

test('with Chromium missing, measureSearch / measurePrecache / measureReading reject and the process exits on its own', () => {
  const dist = mkdtempSync(join(tmpdir(), 'bench-no-chromium-'));
  mkdirSync(join(dist, 'zh-hans'));
  writeFileSync(join(dist, 'zh-hans', 'index.html'), '<p>x</p>');
  const module = resolve('bench/lib/browser.ts');
  const script = `
    const { measureSearch, measurePrecache, measureReading } = await import(${JSON.stringify(module)});
    const dist = ${JSON.stringify(dist)};
    const target = { dist, bundle: '/pagefind/', articlePath: { 'zh-hans': '/zh-hans/', 'zh-hant': undefined }, hasSearchPage: false };
    const runs = [
      ['search', () => measureSearch(target, { first: 'a', later: 'b' }, { gzip: false, port: 4347 })],
      ['precache', () => measurePrecache(dist, '/zh-hans/', 4348, true)],
      ['reading', () => measureReading(dist, '/zh-hans/', 'x', 4349)],
    ];
    for (const [name, run] of runs) {
      await run().then(() => console.log(name + ': resolved'), (error) => console.log(name + ': rejected: ' + String(error.message).split('\\n')[0]));
    }
  `;
  const result = spawnSync(join('node_modules', '.bin', 'node'), ['--input-type=module', '-e', script], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, BENCH_CHROMIUM: '/nonexistent/chromium' },
  });
  // Killed by the timeout (signal SIGTERM) would mean a server was left open.
  expect(result.signal).toBeNull();
  expect(result.status).toBe(0);
  const lines = result.stdout.trim().split('\n');
  expect(lines).toHaveLength(3);
  for (const [i, name] of ['search', 'precache', 'reading'].entries()) {
    expect(lines[i]).toMatch(new RegExp(`^${name}: rejected: .*(/nonexistent/chromium|Executable doesn't exist)`));
  }
}, 150_000);
