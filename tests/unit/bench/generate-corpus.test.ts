import { describe, expect, test } from 'vitest';
import { parseArticleFile } from '../../../bench/lib/article-pool.ts';
import { countArticles, loadContent } from '../../../bench/lib/corpus-io.ts';
import { buildPopulation, emitFrontmatter, emitSpeakers, generateCorpus, randomDate } from '../../../bench/lib/generate-corpus.ts';
import { createRandom } from '../../../bench/lib/random.ts';
import { parseArticleBody } from '../../../src/lib/article/model.ts';
import { articleSchema, speakerRegistrySchema } from '../../../src/lib/article/schema.ts';
import { parse as parseYaml } from 'yaml';

// The fixtures are fixed; content/ holds the real normalized articles once the normalizer has run.
const roots = ['bench/fixtures', ...(countArticles('content') > 0 ? ['content'] : [])];

describe.each(roots)('generateCorpus from %s', (root) => {
  const content = loadContent(root);
  const corpus = generateCorpus(content.pool, content.registry, { count: 40, seed: 9 });
  const registry = speakerRegistrySchema.parse(parseYaml(emitSpeakers(corpus.speakers)));
  // Every block of real text the generator may use, labels stripped.
  const realBlocks = new Set(content.articles.flatMap((a) => a.body.split(/\n{2,}/).map((b) => b.trim().replace(/^\*\*[^*]{1,40}(?:\*\*[:：]|[:：]\*\*)\s*/, ''))));

  test('writes the requested number of articles with unique ids', () => {
    expect(corpus.articles).toHaveLength(40);
    expect(new Set(corpus.articles.map((a) => a.id)).size).toBe(40);
  });
  test('every article file is valid against articleSchema and parses with no issue', () => {
    for (const article of corpus.articles) {
      const parsed = parseArticleFile({ name: article.id, text: article.markdown });
      expect(articleSchema.parse(parsed.frontmatter)).toEqual(article.frontmatter);
      expect(parsed.frontmatter.id).toBe(article.id);
      const model = parseArticleBody(parsed.body, { participants: parsed.frontmatter.speakers, registry });
      expect(model.issues).toEqual([]);
      expect(model.blocks.length).toBeGreaterThan(0);
    }
  });
  test('both scripts are present when the real articles have both', () => {
    const scripts = new Set(corpus.articles.map((a) => a.frontmatter.script));
    expect(scripts).toEqual(new Set(content.articles.map((a) => a.frontmatter.script)));
  });
  test('answers are relabelled with the article’s speakers, who are all in the registry', () => {
    const ids = new Set(registry.map((s) => s.id));
    const qa = corpus.articles.filter((a) => a.frontmatter.speakers.length > 0);
    expect(qa.length).toBeGreaterThan(0);
    for (const article of qa) {
      for (const speaker of article.frontmatter.speakers) expect(ids.has(speaker.id)).toBe(true);
      const model = parseArticleBody(article.body, { participants: article.frontmatter.speakers, registry });
      const speaking = new Set(model.blocks.flatMap((b) => (b.type === 'turn' && b.speakerId ? [b.speakerId] : [])));
      expect(speaking).toEqual(new Set(article.frontmatter.speakers.map((s) => s.id)));
    }
  });
  test('every block of text comes from a real article (recombined, never invented)', () => {
    for (const article of corpus.articles) {
      for (const block of article.body.split(/\n{2,}/)) {
        const text = block.trim().replace(/^\*\*[^*]{1,40}\*\*[:：]\s*/, '');
        if (text) expect(realBlocks.has(text), `${article.id}: ${text.slice(0, 40)}`).toBe(true);
      }
    }
  });
  test('is deterministic for a seed and differs for another seed', { timeout: 30_000 }, () => {
    const again = generateCorpus(content.pool, content.registry, { count: 40, seed: 9 });
    const other = generateCorpus(content.pool, content.registry, { count: 40, seed: 10 });
    expect(again.articles.map((a) => a.markdown)).toEqual(corpus.articles.map((a) => a.markdown));
    expect(other.articles.map((a) => a.markdown)).not.toEqual(corpus.articles.map((a) => a.markdown));
  });
  test('bodies average about the requested size', () => {
    const mean = corpus.articles.reduce((n, a) => n + Buffer.byteLength(a.body), 0) / corpus.articles.length;
    expect(mean).toBeGreaterThan(3500);
    expect(mean).toBeLessThan(12_000);
  });
});

describe('buildPopulation', () => {
  const content = loadContent('bench/fixtures');
  test.each([1, 50, 2500])('draws %i distinct speakers, the real registry first', (size) => {
    const population = buildPopulation(content.registry, Math.max(size, content.registry.length), content.pool, createRandom(1));
    expect(population.length).toBe(Math.max(size, content.registry.length));
    expect(population.slice(0, content.registry.length).map((m) => m.speaker)).toEqual(content.registry);
    const ids = population.map((m) => m.speaker.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(population.map((m) => m.speaker.name.hans)).size).toBe(ids.length);
    expect(new Set(population.map((m) => m.speaker.name.hant)).size).toBe(ids.length);
    expect(speakerRegistrySchema.safeParse(population.map((m) => m.speaker)).success).toBe(true);
  });
});

describe('randomDate', () => {
  test('stays between 2013-01-01 and 2025-12-31 and is an ISO date', () => {
    const random = createRandom(4);
    for (let i = 0; i < 2000; i++) {
      const date = randomDate(random);
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(date >= '2013-01-01' && date <= '2025-12-31').toBe(true);
    }
  });
});

describe('emitFrontmatter', () => {
  test('keeps dates as strings and drops empty lists', () => {
    const text = emitFrontmatter(articleSchema.parse({ id: 'a', title: '标题', date: '2024-01-02', dateBasis: { method: 'given', evidence: 'x' }, outlet: '报', region: '区', kind: 'report', script: 'hans' }));
    expect(text).toContain('date: "2024-01-02"');
    expect(text).not.toContain('authors');
    expect(parseYaml(text.replace(/^---\n|---\n$/g, ''))).toMatchObject({ date: '2024-01-02', script: 'hans' });
  });
});

describe('generateCorpus with real text (the realistic corpus)', () => {
  const content = loadContent('bench/fixtures');
  // Distinct, non-repeating paragraphs standing in for Debian's documentation (bench/lib/real-text.ts).
  const digits = '零一二三四五六七八九';
  const para = (script: 'hans' | 'hant', n: number): string => `${script === 'hans' ? '第' : '篇'}${String(n).split('').map((d) => digits[Number(d)]).join('')}段文档说明软件包的安装配置与使用方法以及常见问题的处理办法。`;
  const realText = { hans: Array.from({ length: 3000 }, (_, i) => para('hans', i)), hant: Array.from({ length: 3000 }, (_, i) => para('hant', i)) };
  const plain = generateCorpus(content.pool, content.registry, { count: 30, seed: 9 });
  const mixed = generateCorpus(content.pool, content.registry, { count: 30, seed: 9, realText });

  test('articles open with the next real paragraphs of their script, in order, each used once', () => {
    const used = mixed.articles.flatMap((a) => a.body.split('\n\n').filter((block) => block.includes('段文档说明')));
    expect(used.length).toBeGreaterThan(30);
    expect(new Set(used).size).toBe(used.length);
    for (const article of mixed.articles) expect(article.body.startsWith(article.frontmatter.script === 'hans' ? '第' : '篇')).toBe(true);
  });

  test('every article still parses with no issue', () => {
    for (const article of mixed.articles) expect(parseArticleBody(article.body, { participants: article.frontmatter.speakers, registry: mixed.speakers }).issues).toEqual([]);
  });

  test('negative: without real text the corpus is unchanged by the option', () => {
    expect(generateCorpus(content.pool, content.registry, { count: 30, seed: 9, realShare: 0.9 }).articles.map((a) => a.body)).toEqual(plain.articles.map((a) => a.body));
  });
});
