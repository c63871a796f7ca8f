/** The site's content loaders read with the archive's reader: what builds is what validates. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { articleLoader, readArticleEntries, speakerLoader } from '../../../src/lib/article/content-loader.ts';
import type { Article } from '../../../src/lib/article/schema.ts';
import { bytesDigest, readValidatedEntries, writeValidatedEntries } from '../../../src/lib/article/validated-entries.ts';

const dir = mkdtempSync(join(tmpdir(), 'content-loader-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const front = 'id: 2024-01-02-a\ntitle: 标题\ndate: 2024-01-02\ndateBasis: { method: given, evidence: test }\noutlet: 某报\nregion: 甘肃\nkind: report\nscript: hans';

type Entry = { id: string; data: unknown; body?: string; digest?: string };
/** Runs a loader against a content folder with a store as Astro passes it; `before` may add a validator's hand-off and returns its path (then the articles are read as a build with the hand-off reads them). */
async function load(loader: typeof articleLoader | typeof speakerLoader, files: Record<string, string>, before?: (root: string) => string): Promise<Map<string, Entry>> {
  const root = mkdtempSync(join(dir, 'case-'));
  mkdirSync(join(root, 'articles'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text);
  const handOff = before?.(root);
  const entries = new Map<string, Entry>();
  const context = {
    store: { clear: () => entries.clear(), set: (entry: Entry) => entries.set(entry.id, entry) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (value: unknown) => `digest-${JSON.stringify(value).length}`,
  };
  // With a hand-off, what `npm run build` reads instead of the collection (loadArchive → readArticleEntries).
  if (handOff) for (const entry of readArticleEntries(root, readValidatedEntries(handOff, root))) entries.set(entry.id, entry);
  else await loader(root).load(context as unknown as Parameters<ReturnType<typeof articleLoader>['load']>[0]);
  return entries;
}

const article = `---\n${front}\n---\n正文第一段。\n`;
/** A hand-off of `root` saying that `articles/2024-01-02-a.md` with the bytes of `validatedText` was accepted with the title 已验证. */
const handOffFor = (validatedText: string, options: { root?: string } = {}) => (root: string): string => {
  const path = join(root, 'validated.json');
  const entry = { sha256: bytesDigest(new TextEncoder().encode(validatedText)), data: { id: '2024-01-02-a', title: '已验证' } as Article, body: '已验证的正文\n' };
  writeValidatedEntries(path, options.root ?? root, new Map([['2024-01-02-a', entry]]));
  return path;
};

describe('articleLoader', () => {
  test('one entry per .md file: id from the file name, schema-checked frontmatter (an unquoted date is text), the body after the fence', async () => {
    const entries = await load(articleLoader, { 'articles/2024-01-02-a.md': `---\n${front}\n---\n正文第一段。\n`, 'articles/notes.txt': 'ignored' });
    expect([...entries.keys()]).toEqual(['2024-01-02-a']);
    const entry = entries.get('2024-01-02-a');
    expect(entry?.data).toMatchObject({ id: '2024-01-02-a', date: '2024-01-02', authors: [], speakers: [] });
    expect(entry?.body).toBe('正文第一段。\n');
    expect(entry?.digest).toBe(bytesDigest(new TextEncoder().encode(`---\n${front}\n---\n正文第一段。\n`)));
  });

  describe("the validator's hand-off (validated-entries.ts)", () => {
    test('an article whose bytes are the validated ones is taken from it, not read again', async () => {
      const entries = await load(articleLoader, { 'articles/2024-01-02-a.md': article }, handOffFor(article));
      expect(entries.get('2024-01-02-a')).toMatchObject({ data: { title: '已验证' }, body: '已验证的正文\n' });
    });

    test.each([
      { id: 'the file changed after validation', files: { 'articles/2024-01-02-a.md': article.replace('正文第一段', '改过的正文') }, handOff: handOffFor(article) },
      { id: 'a hand-off about another folder', files: { 'articles/2024-01-02-a.md': article }, handOff: handOffFor(article, { root: '/elsewhere' }) },
      { id: 'an unreadable hand-off', files: { 'articles/2024-01-02-a.md': article }, handOff: (root: string) => (writeFileSync(join(root, 'bad.json'), '{'), join(root, 'bad.json')) },
      { id: 'a missing hand-off', files: { 'articles/2024-01-02-a.md': article }, handOff: (root: string) => join(root, 'none.json') },
    ])('negative: $id → the file is read', async ({ files, handOff }) => {
      const entries = await load(articleLoader, files, handOff);
      expect(entries.get('2024-01-02-a')?.data).toMatchObject({ title: '标题' });
      expect(entries.get('2024-01-02-a')?.body).toBe(files['articles/2024-01-02-a.md'].split('---\n')[2]);
    });

    test('negative: a file broken after validation still stops the build naming file and line', async () => {
      const broken = article.replace('title: 标题', 'title: "标\\u0008题"');
      await expect(load(articleLoader, { 'articles/2024-01-02-a.md': broken }, handOffFor(article))).rejects.toThrow(/2024-01-02-a\.md:3 .*control character \(U\+0008\)/);
    });
  });

  test.each<{ id: string; files: Record<string, string>; error: RegExp; dir?: string }>([
    { id: 'no-frontmatter', files: { 'articles/broken.md': '正文，没有 frontmatter。\n' }, error: /broken\.md:1 The file has no frontmatter/ },
    { id: 'js-function-tag', files: { 'articles/a.md': `---\n${front.replace('title: 标题', 'title: !!js/function "function () {}"')}\n---\n正文\n` }, error: /a\.md:3 The frontmatter is not valid YAML: a value carries a YAML tag/ },
    { id: 'control-escape', files: { 'articles/a.md': `---\n${front.replace('title: 标题', 'title: "标\\u0008题"')}\n---\n正文\n` }, error: /a\.md:3 .*control character \(U\+0008\)/ },
    { id: 'directory-named-md', dir: 'articles/x.md', files: {}, error: /x\.md: is a directory, not a regular file/ },
  ])('negative: $id stops the build naming the file', async ({ files, error, dir: folder }) => {
    if (folder) {
      const root = mkdtempSync(join(dir, 'case-'));
      mkdirSync(join(root, folder), { recursive: true });
      const context = { store: { clear: () => {}, set: () => {} }, parseData: async ({ data }: { data: unknown }) => data, generateDigest: () => '' };
      await expect(articleLoader(root).load(context as unknown as Parameters<ReturnType<typeof articleLoader>['load']>[0])).rejects.toThrow(error);
      return;
    }
    await expect(load(articleLoader, files)).rejects.toThrow(error);
  });
});

describe('speakerLoader', () => {
  test('one entry per speaker, id = speaker id', async () => {
    const entries = await load(speakerLoader, { 'speakers.yaml': '- id: ren-zhenhe\n  name: { hans: 任振鹤, hant: 任振鶴 }\n' });
    expect(entries.get('ren-zhenhe')?.data).toEqual({ id: 'ren-zhenhe', name: { hans: '任振鹤', hant: '任振鶴' }, aliases: [] });
  });
});
