/**
 * Astro content collections: the normalized articles and the speakers registry, validated by the
 * same zod schemas the normalizer checks its output with (`src/lib/article/schema.ts`).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema, speakerSchema } from './lib/article/schema.ts';

/** Content root: the repository's `content/` unless ARCHIVE_CONTENT points elsewhere (benchmark corpora, tests). */
const contentRoot = process.env.ARCHIVE_CONTENT ?? './content';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentRoot}/articles` }),
  schema: articleSchema,
});

const speakers = defineCollection({
  loader: file(`${contentRoot}/speakers.yaml`),
  schema: speakerSchema,
});

export const collections = { articles, speakers };
