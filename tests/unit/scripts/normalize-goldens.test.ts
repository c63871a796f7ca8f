/**
 * Whole-document goldens: the committed content/articles/*.md and content/speakers.yaml ARE the
 * goldens. The pipeline runs in memory over every source and must reproduce them byte for byte
 * (regenerate with `npm run normalize` and review the diff). Conservation: every Han character of
 * each source reaches an article unless a named rule removed it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readErrata, readRegistry, readSources, renderRegistry } from '../../../scripts/lib/archive-files.ts';
import { byteStages } from '../../../scripts/lib/normalize/byte-stages.ts';
import { checkConservation } from '../../../scripts/lib/normalize/conservation.ts';
import { normalizeArchive, type ArchiveOutput } from '../../../scripts/lib/normalize/normalize-archive.ts';

const content = 'content';
const sources = readSources(join(content, 'sources'));
const registry = readRegistry(join(content, 'speakers.yaml'));
let output: ArchiveOutput;

beforeAll(() => {
  output = normalizeArchive(sources, registry.speakers, byteStages(readErrata(join(content, 'sources', 'errata.yaml'))));
}, 900_000);

/** Rules allowed to take Han characters out of the body, each explained in the report. */
const namedRules = new Set(['gbk-realign', 'gbk-unresolved', 'errata', 'pinyin-annotation', 'byline', 'participant-list', 'qa-label-merge', 'qa-label-position', 'byline-moved', 'traditional-leftover', 'page-furniture']);

describe('whole-document goldens', () => {
  test('every source produces articles, ids unique', () => {
    expect(output.results.map((r) => r.id)).toEqual(sources.map((s) => s.id));
    expect(output.articles.size).toBe(output.results.reduce((n, r) => n + r.articles.length, 0));
  });

  test.each(sources.map((s) => s.id))('%s: articles equal the committed files', (id) => {
    const result = output.results.find((r) => r.id === id);
    expect(result?.articles.length).toBeGreaterThan(0);
    for (const article of result?.articles ?? []) {
      expect(article.markdown, `${article.id}.md differs: run npm run normalize and review the diff`).toBe(readFileSync(join(content, 'articles', `${article.id}.md`), 'utf8'));
    }
  });

  test('the speakers registry equals the committed file', () => {
    expect(renderRegistry(registry.header, output.registry)).toBe(readFileSync(join(content, 'speakers.yaml'), 'utf8'));
  });
});

describe('conservation of Han characters', () => {
  test.each(sources.map((s) => s.id))('%s: nothing lost except by a named rule', (id) => {
    const result = output.results.find((r) => r.id === id);
    if (!result) throw new Error(`no result for ${id}`);
    const { missing, removedByRule, sourceHan } = checkConservation(result);
    expect([...missing]).toEqual([]);
    expect(sourceHan).toBeGreaterThan(1000);
    for (const rule of removedByRule.keys()) expect(namedRules).toContain(rule);
  });

  test('the check fails when a character is dropped without a rule', () => {
    const result = output.results[0];
    if (!result) throw new Error('no result');
    const article = result.articles[0];
    if (!article) throw new Error('no article');
    const damaged = { ...result, articles: [{ ...article, markdown: article.markdown.replace(/\p{Script=Han}/u, '') }, ...result.articles.slice(1)] };
    expect(checkConservation(damaged).missing.size).toBe(1);
  });
});
