import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, vi } from 'vitest';

// Each case starts the CLI (Node, opencc-js's tables): seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const root = join(import.meta.dirname, '../../..');
const run = (args: string[], input = '', content = 'content') =>
  spawnSync(join(root, 'node_modules', '.bin', 'node'), [join(root, 'scripts/convert.ts'), ...args], { input, encoding: 'utf8', cwd: root, env: { ...process.env, ARCHIVE_CONTENT: join(root, content) } });

test.each([
  { id: 'to-hant', args: ['--to', 'hant'], input: '黄河干流、集中签约', stdout: '黃河幹流、集中簽約' },
  { id: 'to-hant-stdin-dash', args: ['--to', 'hant', '-'], input: '“新征程”', stdout: '「新征程」' },
  { id: 'to-hans', args: ['--to', 'hans'], input: '「優化營商環境」\n圍着項目轉', stdout: '“优化营商环境”\n围着项目转' },
])('$id: prints the conversion', ({ args, input, stdout }) => {
  const result = run(args, input);
  expect(result.status).toBe(0);
  expect(result.stdout).toBe(stdout);
});

test('--explain lists each one-to-many decision with its rule', () => {
  const result = run(['--to', 'hant', '--explain'], '更加注重\n玉米制种');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('# ');
  expect(result.stdout).toMatch(/1:3\t注→注\t\(注\/註\)\t.*OpenCC STPhrases 注重→注重; guard: STPhrases 加注→加註 refused \(words 更加\|注重\)/);
  expect(result.stdout).toMatch(/2:3\t制→製\t\(制\/製\)\t.*archive override 制种→製種/);
});

test('an article file is read with the article model: blocks by id, :conv pins applied', () => {
  const article = readFileSync(join(root, 'tests/fixtures/site-content/articles/2024-06-13-fixture-press-conference.md'), 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'convert-cli-'));
  const file = join(dir, 'a.md');
  writeFileSync(file, `${article.trimEnd()}\n\n:conv[头发]{hant="頭发"}的老人\n`);
  // The fixture's speakers are in the fixture registry: the CLI reads ARCHIVE_CONTENT's, as the site does.
  const result = run(['--to', 'hant', file], '', 'tests/fixtures/site-content');
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  // It follows the last turn, so it is that turn's paragraph.
  expect(result.stdout).toMatch(/^t\d+-p\d+\t頭发的老人$/m);
  expect(result.stdout).toMatch(/^t1\t/m);
});

test.each([
  { id: 'bad-target', args: ['--to', 'tw'], status: 2, stderr: /--to must be hant or hans, not tw/ },
  { id: 'missing-target', args: [], status: 2, stderr: /--to must be hant or hans/ },
  { id: 'missing-file', args: ['--to', 'hant', '/nonexistent/x.txt'], status: 2, stderr: /\/nonexistent\/x\.txt: does not exist\. Check the path\./ },
  { id: 'a-directory', args: ['--to', 'hant', 'tests'], status: 2, stderr: /tests: is a directory, not a regular file, so it is not read\./ },
  { id: 'a-device-never-read', args: ['--to', 'hant', '/dev/zero'], status: 2, stderr: /\/dev\/zero: is a device, not a regular file/ },
  { id: 'not-utf8', args: ['--to', 'hant', 'tests/fixtures/import-gbk-press-release/press-release.txt'], status: 2, stderr: /cannot read tests\/fixtures\/import-gbk-press-release\/press-release\.txt: not UTF-8 text/ },
])('$id: a clear error, no stack trace', ({ args, status, stderr }) => {
  const result = run(args);
  expect(result.status).toBe(status);
  expect(result.stderr).toMatch(stderr);
  expect(result.stderr).not.toMatch(/\n\s+at /);
});

test('a bad :conv pin in an article stops with file and line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'convert-cli-'));
  const file = join(dir, 'a.md');
  writeFileSync(file, readFileSync(join(root, 'tests/fixtures/site-content/articles/2023-02-01-fixture-traditional-report.md'), 'utf8').replace('重點項目集中開工', '重點項目:conv[集中]{tw="集中"}開工'));
  const result = run(['--to', 'hans', file], '', 'tests/fixtures/site-content');
  expect(result.status).toBe(1);
  expect(result.stderr).toMatch(new RegExp(`${file.replace(/[.]/g, '\\.')}:20 :conv\\[集中\\] has an unknown attribute “tw”`));
});
