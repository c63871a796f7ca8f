/**
 * The normalize CLI on a scratch copy of one source: a run writes the articles, a second run is
 * idempotent, `--check` names the differing file and lines, and a run that fails (a layout that
 * leaves a paragraph unused) changes nothing in content/.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const node = join('node_modules', '.bin', 'node');
const id = '003_9505c1ccdbaa8d17';

const committed = ['2023-10-27-gansu-economic-dispatch-meeting.md', '2023-10-27-tianjin-pingliang-east-west-cooperation.md'];

/** A scratch content folder with source 003 and (optionally) its committed articles. */
function scratch(withArticles = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'normalize-'));
  mkdirSync(join(dir, 'sources'));
  mkdirSync(join(dir, 'articles'));
  for (const name of [`${id}.txt`, `${id}.meta.yaml`, 'errata.yaml', 'SHA256SUMS']) copyFileSync(join('content', 'sources', name), join(dir, 'sources', name));
  writeFileSync(join(dir, 'speakers.yaml'), '[]\n');
  if (withArticles) for (const name of committed) copyFileSync(join('content', 'articles', name), join(dir, 'articles', name));
  return dir;
}

const normalize = (content: string, ...args: string[]) => spawnSync(node, ['scripts/normalize.ts', ...args], { encoding: 'utf8', env: { ...process.env, ARCHIVE_CONTENT: content } });
const snapshot = (dir: string): Record<string, string> => Object.fromEntries(readdirSync(dir, { recursive: true }).map(String).sort().filter((f) => f.includes('.')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('npm run normalize', () => {
  test('writes the articles, then is idempotent and --check passes', () => {
    const content = scratch();
    // --no-cache: the shared cache may hold this source from an earlier run; the first run must normalize it.
    const first = normalize(content, '--no-cache');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`■ ${id}: utf-8, hans, 2 article(s)`);
    expect(first.stdout).toContain('reflow continue @49');
    const written = snapshot(content);
    const articles = Object.keys(written).filter((f) => f.startsWith('articles'));
    expect(articles).toHaveLength(2);
    // Wherever the content folder is, the articles are byte-identical to the committed ones.
    for (const file of articles) expect(written[file]).toBe(readFileSync(join('content', file), 'utf8'));
    expect(normalize(content).stdout).toContain('0 file(s) written');
    expect(snapshot(content)).toEqual(written);
    expect(normalize(content, '--check').status).toBe(0);
  }, 300_000);

  test('--check fails with a diff summary when a committed article was edited', () => {
    const content = scratch(true);
    const path = join(content, 'articles', '2023-10-27-gansu-economic-dispatch-meeting.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace('会议指出', '会议认为'));
    const check = normalize(content, '--check');
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(/✗ .*2023-10-27-gansu-economic-dispatch-meeting\.md: 1 line\(s\) differ/);
    expect(check.stdout).toContain('committed: 会议认为');
  }, 300_000);

  test('a failing run names the problem and modifies nothing', () => {
    const content = scratch(true);
    const metaPath = join(content, 'sources', `${id}.meta.yaml`);
    writeFileSync(metaPath, readFileSync(metaPath, 'utf8').replace('lines: ["3-25"]', 'lines: ["3-23"]'));
    const before = snapshot(content);
    const failed = normalize(content);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('line 25 (“省人大常委会、省政府、省政协有关领导出席会议。会”) is used by no article');
    expect(failed.stderr).toContain('Nothing was written.');
    expect(snapshot(content)).toEqual(before);
  }, 300_000);
});
