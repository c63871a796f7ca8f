/** The validator's hand-off to the content loader gives exactly what the reader gives, for every real article. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readContentFolder } from '../../../scripts/lib/validate/read-content.ts';
import { validateContent } from '../../../scripts/lib/validate/validate-content.ts';
import { readArticleEntry } from '../../../src/lib/article/read-article.ts';
import { bytesDigest, readValidatedEntries, writeValidatedEntries, type ValidatedEntry } from '../../../src/lib/article/validated-entries.ts';

const dir = mkdtempSync(join(tmpdir(), 'validated-entries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validated entries of content/', () => {
  const content = readContentFolder('content');
  const accepted = new Map<string, ValidatedEntry>();
  const issues = validateContent(content, ({ name, bytes }, entry) => accepted.set(name, { sha256: bytesDigest(bytes), ...entry }));
  const path = join(dir, 'validated.json');
  writeValidatedEntries(path, 'content', accepted);
  const read = readValidatedEntries(path, 'content');

  test('every article is accepted (the content is valid)', () => {
    expect(issues).toEqual([]);
    expect([...read.keys()]).toEqual(content.articles.map((a) => a.name));
  });

  test.each(content.articles.map((a) => ({ name: a.name, bytes: a.bytes })))('$name: the written and read entry is what the reader gives, key for key', ({ name, bytes }) => {
    const direct = readArticleEntry(bytes);
    if (!direct.ok) throw new Error(`${name} must read`);
    expect(read.get(name)).toStrictEqual({ sha256: bytesDigest(bytes), data: direct.value.data, body: direct.value.body });
  });

  test('negative: an article with a problem is not handed off', () => {
    const broken = { ...content.articles[0]!, bytes: new TextEncoder().encode(new TextDecoder().decode(content.articles[0]!.bytes).replace(/^title: .*$/m, 'title: !!js/function "x"')) };
    const taken: string[] = [];
    const problems = validateContent({ ...content, articles: [broken, ...content.articles.slice(1)] }, ({ name }) => taken.push(name));
    expect(problems.length).toBeGreaterThan(0);
    expect(taken).toEqual(content.articles.slice(1).map((a) => a.name));
  });

  test('negative: a hand-off about another folder is not read', () => {
    expect(readValidatedEntries(path, join(dir, 'elsewhere')).size).toBe(0);
  });
});
