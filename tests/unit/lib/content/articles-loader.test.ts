import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { articlesLoader } from '../../../../src/lib/content/articles-loader.ts';

const dir = mkdtempSync(join(tmpdir(), 'articles-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the loader against a folder with a store and parseData as Astro passes them. */
async function load(files: Record<string, string>): Promise<Map<string, { id: string; data: unknown; body?: string; digest?: string }>> {
  const folder = mkdtempSync(join(dir, 'case-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  const entries = new Map<string, { id: string; data: unknown; body?: string; digest?: string }>();
  const context = {
    store: { clear: () => entries.clear(), set: (entry: { id: string; data: unknown; body?: string; digest?: string }) => entries.set(entry.id, entry) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (text: string) => `digest-${text.length}`,
  };
  await articlesLoader(folder).load(context as unknown as Parameters<ReturnType<typeof articlesLoader>['load']>[0]);
  return entries;
}

describe('articlesLoader', () => {
  test('one entry per .md file: id from the file name, frontmatter as data, the body after the fence', async () => {
    const entries = await load({ '2024-01-02-a.md': '---\nid: 2024-01-02-a\ndate: "2024-01-02"\n---\n正文第一段。\n', 'notes.txt': 'ignored' });
    expect([...entries.keys()]).toEqual(['2024-01-02-a']);
    const entry = entries.get('2024-01-02-a');
    expect(entry?.data).toEqual({ id: '2024-01-02-a', date: '2024-01-02' });
    expect(entry?.body?.trim()).toBe('正文第一段。');
    expect(entry?.digest).toMatch(/^digest-/);
  });

  test('negative: a file without frontmatter stops the load naming the file', async () => {
    await expect(load({ 'broken.md': '正文，没有 frontmatter。\n' })).rejects.toThrow(/broken\.md:1: .*frontmatter/);
  });
});
