/** The floor's one collection: the corpus' articles as plain Markdown, no schema, no model. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*.md', base: `${process.env.BENCH_FLOOR_CONTENT ?? '../out/corpus-100'}/articles` }) }),
};
