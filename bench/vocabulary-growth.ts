/**
 * `node bench/vocabulary-growth.ts [--sizes 100,1000,2000,10000,20000,50000] [--seed 9]`: distinct Han
 * bigrams per article count for both benchmark corpora (issue 18), without building anything — the
 * recombined corpus' vocabulary stops growing at the real articles', the realistic one's (Debian
 * documentation mixed in, `real-text-source.ts`) keeps growing. Prints a Markdown table for
 * bench/results.md.
 */
import { parseArgs } from 'node:util';
import { countArticles, loadContent } from './lib/corpus-io.ts';
import { generateCorpus } from './lib/generate-corpus.ts';
import { ensureRealText, readRealText } from './lib/real-text-source.ts';
import { vocabulary } from './lib/vocabulary.ts';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '100,1000,2000,10000,20000,50000' }, seed: { type: 'string', default: '9' } } });
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(`vocabulary-growth: --sizes takes whole numbers ≥ 1, comma-separated, got "${values.sizes}"`);
  process.exit(1);
}
const content = loadContent(countArticles('content') > 0 ? 'content' : 'bench/fixtures');
const ready = ensureRealText((line) => console.error(line));
const realText = ready.ok ? readRealText() : undefined;
if (!ready.ok) console.error(`vocabulary-growth: the realistic corpus is skipped: ${ready.reason}`);

const rows = ['| articles | recombined: distinct bigrams | articles per bigram | realistic: distinct bigrams | articles per bigram |', '|---:|---:|---:|---:|---:|'];
const measure = (count: number, realParagraphs?: NonNullable<typeof realText>['paragraphs']): string[] => {
  const corpus = generateCorpus(content.pool, content.registry, { count, seed: Number(values.seed), ...(realParagraphs ? { realText: realParagraphs } : {}) });
  const v = vocabulary(corpus.articles.map((a) => a.body));
  return [v.distinctBigrams.toLocaleString('en-US'), v.articlesPerBigram.toFixed(1)];
};
for (const count of sizes) {
  const cells = [...measure(count), ...(realText ? measure(count, realText.paragraphs) : ['–', '–'])];
  rows.push(`| ${count.toLocaleString('en-US')} | ${cells.join(' | ')} |`);
}
console.log(rows.join('\n'));
