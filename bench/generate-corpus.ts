/**
 * `node bench/generate-corpus.ts --count 1000 [--seed 9] [--from content] [--out bench/out/corpus-1000]`:
 * writes a benchmark corpus (articles/*.md + speakers.yaml) recombined from the real normalized
 * articles (`content/`, or bench/fixtures while content/articles is empty) and prints its vocabulary.
 */
import { parseArgs } from 'node:util';
import { countArticles, loadContent, writeCorpus } from './lib/corpus-io.ts';
import { generateCorpus } from './lib/generate-corpus.ts';
import { vocabulary } from './lib/vocabulary.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100' },
    seed: { type: 'string', default: '9' },
    from: { type: 'string' },
    out: { type: 'string' },
  },
});
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
  console.error(`generate-corpus: --count must be a positive integer, got ${values.count}`);
  process.exit(1);
}
const from = values.from ?? (countArticles('content') > 0 ? 'content' : 'bench/fixtures');
const out = values.out ?? `bench/out/corpus-${count}`;
const content = loadContent(from);
const corpus = generateCorpus(content.pool, content.registry, { count, seed: Number(values.seed) });
writeCorpus(out, corpus);
const vocab = vocabulary(corpus.articles.map((a) => a.body));
const real = vocabulary(content.articles.map((a) => a.body));
console.log(`${out}: ${corpus.articles.length} articles, ${corpus.speakers.length} speakers from ${content.articles.length} real articles in ${from}`);
console.log(`vocabulary (distinct Han bigrams): corpus ${vocab.distinctBigrams} (${vocab.articlesPerBigram.toFixed(1)} articles per bigram); real ${real.distinctBigrams} (${real.articlesPerBigram.toFixed(1)})`);
