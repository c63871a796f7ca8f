/** `npm run new` as a maintainer runs it, in a temporary content folder (ARCHIVE_CONTENT). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

// Each case starts the CLI on the project's Node (about a second: type stripping, pinyin-pro).
vi.setConfig({ testTimeout: 30_000 });

let root: string;
const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, ['scripts/new.ts', ...args], { env: { ...process.env, ARCHIVE_CONTENT: root }, encoding: 'utf8' });
  return { status: result.status, out: result.stdout + result.stderr };
};
const validate = () => spawnSync(process.execPath, ['scripts/validate.ts', root], { encoding: 'utf8' });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'new-cli-'));
  mkdirSync(join(root, 'articles'));
  writeFileSync(join(root, 'speakers.yaml'), '- id: ren-zhenhe\n  name: { hans: 任振鹤, hant: 任振鶴 }\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new', () => {
  test('scaffolds a valid article with an id from the date and the title, then a de-duplicated one', () => {
    const first = run('--title', '加快建设幸福美好新甘肃', '--date', '2024-06-13', '--outlet', '甘肃日报', '--speaker', 'ren-zhenhe');
    expect(first.status).toBe(0);
    expect(first.out).toContain('2024-06-13-jia-kuai-jian-she-xing-fu.md');
    const second = run('--title', '加快建设幸福美好新甘肃', '--date', '2024-06-13', '--script', 'hant');
    expect(second.status).toBe(0);
    expect(readdirSync(join(root, 'articles')).sort()).toEqual(['2024-06-13-jia-kuai-jian-she-xing-fu-2.md', '2024-06-13-jia-kuai-jian-she-xing-fu.md']);
    expect(readFileSync(join(root, 'articles', '2024-06-13-jia-kuai-jian-she-xing-fu.md'), 'utf8')).toContain('**任振鹤**：');
    const check = validate();
    expect(check.stdout + check.stderr).toContain('2 articles and the speakers registry');
    expect(check.status).toBe(0);
  });

  test('refuses to overwrite an existing file and leaves it unchanged', () => {
    const path = join(root, 'articles', '2024-06-13-mine.md');
    writeFileSync(path, 'hand-written');
    const result = run('--title', '标题', '--date', '2024-06-13', '--id', '2024-06-13-mine');
    expect(result.status).toBe(1);
    expect(result.out).toMatch(/2024-06-13-mine\.md already exists; nothing was written/);
    expect(readFileSync(path, 'utf8')).toBe('hand-written');
  });

  test.each([
    { name: 'no title', args: ['--date', '2024-06-13'], message: '--title is required' },
    { name: 'an impossible date', args: ['--title', '标题', '--date', '2024-02-30'], message: '--date must be a real date YYYY-MM-DD' },
    { name: 'a date in another form', args: ['--title', '标题', '--date', '2024/06/13'], message: '--date must be a real date YYYY-MM-DD' },
    { name: 'an unknown script', args: ['--title', '标题', '--date', '2024-06-13', '--script', 'zh-tw'], message: '--script must be hans or hant' },
    { name: 'an unknown kind', args: ['--title', '标题', '--date', '2024-06-13', '--kind', 'speech'], message: '--kind must be press-conference, interview or report' },
    { name: 'an unknown speaker', args: ['--title', '标题', '--date', '2024-06-13', '--speaker', 'nobody'], message: '--speaker nobody: content/speakers.yaml has no speaker with this id' },
    { name: 'a non-ASCII id', args: ['--title', '标题', '--date', '2024-06-13', '--id', '甘肃'], message: '--id 甘肃 is not ASCII-safe' },
    { name: 'an unknown option', args: ['--title', '标题', '--date', '2024-06-13', '--author', 'x'], message: "Unknown option '--author'" },
  ])('refuses $name and writes nothing', ({ args, message }) => {
    const result = run(...args);
    expect(result.status).toBe(1);
    expect(result.out).toContain(message);
    expect(readdirSync(join(root, 'articles'))).toEqual([]);
  });
});
