/** Only regular files inside the content folder are read (src/lib/article/read-file.ts). */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { FileRefusal, readRegularFile, refusalOf } from '../../../src/lib/article/read-file.ts';

const root = mkdtempSync(join(tmpdir(), 'read-file-'));
mkdirSync(join(root, 'articles'));
writeFileSync(join(root, 'articles', 'a.md'), '正文');
mkdirSync(join(root, 'articles', 'dir.md'));
symlinkSync(join(root, 'articles', 'a.md'), join(root, 'articles', 'link-inside.md'));
symlinkSync('/etc/hostname', join(root, 'articles', 'link-outside.md'));
symlinkSync('/dev/zero', join(root, 'articles', 'zero.md'));
symlinkSync(join(root, 'nowhere'), join(root, 'articles', 'dangling.md'));
writeFileSync(join(root, 'articles', 'big.md'), 'x'.repeat(2048));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readRegularFile', () => {
  test('reads a regular file and a link that stays inside the folder', () => {
    expect(new TextDecoder().decode(readRegularFile(join(root, 'articles', 'a.md'), root))).toBe('正文');
    expect(new TextDecoder().decode(readRegularFile(join(root, 'articles', 'link-inside.md'), root))).toBe('正文');
  });

  test.each([
    { name: 'dir.md', problem: /^is a directory, not a regular file/ },
    { name: 'link-outside.md', problem: /^is a symbolic link to .*etc\/hostname, outside the content folder\.$/ },
    { name: 'zero.md', problem: /^is a symbolic link to .*dev\/zero, outside the content folder\.$/ },
    { name: 'dangling.md', problem: /^is a symbolic link that points nowhere\.$/ },
    { name: 'missing.md', problem: /^does not exist\.$/ },
  ])('refuses $name by name', ({ name, problem }) => {
    const path = join(root, 'articles', name);
    expect(() => readRegularFile(path, root)).toThrow(FileRefusal);
    expect(refusalOf(path, root)?.problem).toMatch(problem);
    expect(refusalOf(path, root)?.message.startsWith(path)).toBe(true);
  });

  test('a device is refused without reading from it (/dev/zero would never end)', () => {
    expect(refusalOf('/dev/zero', '/dev')?.problem).toBe('is a device, not a regular file, so it is not read.');
  });

  test('a file over the limit is refused from its size, before reading', () => {
    expect(refusalOf(join(root, 'articles', 'big.md'), root, 1024)?.problem).toBe('is 2.0 KB (2048 bytes); a content file may be at most 1.0 KB.');
  });

  test.each([
    { id: 'a link out of the folder is followed: the user named the file', path: () => join(root, 'articles', 'link-outside.md'), problem: null },
    { id: 'a directory, with the fix for a command argument', path: () => join(root, 'articles', 'dir.md'), problem: 'is a directory, not a regular file, so it is not read.', fix: 'Pass the path of a plain text file.' },
    { id: 'a missing file', path: () => join(root, 'nowhere.txt'), problem: 'does not exist.', fix: 'Check the path.' },
    { id: 'a file over the limit names what it is', path: () => join(root, 'articles', 'big.md'), problem: 'is 2.0 KB (2048 bytes); a text to import may be at most 1.0 KB.', max: 1024 },
  ])('without a root (npm run import): $id', ({ path, problem, fix, max }) => {
    const refusal = refusalOf(path(), null, max);
    expect(refusal?.problem ?? null).toBe(problem);
    if (fix) expect(refusal?.fix).toBe(fix);
  });

  test('a file larger than its stated size (it grows while read, like /proc files) is refused, not cut', () => {
    // /proc/self/status reports size 0 but has content: exactly what a file growing after the check looks like.
    expect(() => readRegularFile('/proc/self/status', null)).toThrow(/changed while being read \(it grew past 0\.0 KB\)/);
  });
});
