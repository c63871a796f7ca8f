/**
 * Astro content collections: the normalized articles and the speakers registry, validated by the
 * same zod schemas the normalizer checks its output with (`src/lib/schema.ts`).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, speakerSchema } from './lib/schema.ts';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/articles' }),
  schema: articleSchema,
});

const speakers = defineCollection({
  loader: file('./content/speakers.yaml'),
  schema: speakerSchema,
});

export const collections = { articles, speakers };
