/**
 * Astro content collections: the normalized articles and the speakers registry, validated by the
 * same zod schemas the normalizer checks its output with (`src/lib/article/schema.ts`).
 */
import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articlesLoader } from './lib/content/articles-loader.ts';
import { articleSchema, speakerSchema } from './lib/article/schema.ts';

/** Content root: the repository's `content/` unless ARCHIVE_CONTENT points elsewhere (benchmark corpora, tests). */
const contentRoot = process.env.ARCHIVE_CONTENT ?? './content';

const articles = defineCollection({
  // Frontmatter and body only: Astro's glob() would also render every body to HTML, which no page uses.
  loader: articlesLoader(`${contentRoot}/articles`),
  schema: articleSchema,
});

const speakers = defineCollection({
  loader: file(`${contentRoot}/speakers.yaml`),
  schema: speakerSchema,
});

export const collections = { articles, speakers };
