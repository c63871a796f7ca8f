/**
 * The quote CLI: `--json` whole however long (a piped stdout), permalinks by the origin rule,
 * suggestions, metacharacters literal, and user errors as a message and exit 2, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const node = join('node_modules', '.bin', 'node');
const quote = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(node, ['scripts/quote.ts', ...args], { encoding: 'utf8', env: { ...process.env, ARCHIVE_SITE: '', ARCHIVE_CONTENT: 'content', ...env } });

describe('npm run quote', { timeout: 60_000 }, () => {
  test('--json is complete on a pipe, even when long', () => {
    const run = quote(['--json', '--limit', '1000', '的']);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { count: number; matches: { url: string }[] };
    expect(out.count).toBeGreaterThan(100);
    expect(run.stdout.length).toBeGreaterThan(64 * 1024);
    expect(out.matches).toHaveLength(out.count);
  });

  test.each([
    { id: 'origin unset: site-relative paths, and the output says so', env: {} as Record<string, string>, url: /^\/zh-hans\/articles\/2024-06-13-gansu-high-quality-development\/#t\d/, note: true },
    { id: 'origin set: absolute URLs', env: { ARCHIVE_SITE: 'https://archive.example' }, url: /^https:\/\/archive\.example\/zh-hans\/articles\//, note: false },
  ])('$id', ({ env, url, note }) => {
    const run = quote(['新质生产力'], env);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(url.source.replace('^', '^  '), 'm'));
    expect(run.stdout).not.toContain('localhost');
    expect(run.stderr.includes('origin is unset')).toBe(note);
  });

  test.each([
    { q: '新质生产率', suggestion: '新质生产力' },
    { q: '东数西箅', suggestion: '东数西算' },
    { q: '任振贺', suggestion: '任振鹤' },
    { q: '天水麻辣汤', suggestion: '天水麻辣烫' },
    { q: '苦尽干来', suggestion: '苦尽甘来' },
  ])('a near miss suggests: $q → $suggestion', ({ q, suggestion }) => {
    const run = quote(['--json', q]);
    expect(run.status).toBe(1);
    expect((JSON.parse(run.stdout) as { suggestions: string[] }).suggestions[0]).toBe(suggestion);
    const text = quote([q]);
    expect(text.stderr).toContain(`您是不是要找：${suggestion}`);
  });

  test.each(['COVID-19', '(', '[a-z]+', 'a|b\\', '*?'])('metacharacters are literal: %j', (q) => {
    const run = quote([q]);
    expect(run.stderr).not.toMatch(/Invalid regular expression|at .*\.ts:\d+/);
    expect([1, 2]).toContain(run.status);
  });

  test.each([
    { args: ['--limit', 'x', '甘肃'], message: /--limit must be a whole number/ },
    { args: ['--script', 'latin', '甘肃'], message: /--script must be hans or hant/ },
    { args: ['--site', 'not a url', '甘肃'], message: /--site \(or ARCHIVE_SITE\) must be a URL/ },
    { args: ['--nope', '甘肃'], message: /Unknown option '--nope'/ },
    { args: [], message: /nothing to search for/ },
  ])('user error: $args', ({ args, message }) => {
    const run = quote(args);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
