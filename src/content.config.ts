/**
 * Astro content collections: the normalized articles and the speakers registry, read by the
 * archive's own loaders (src/lib/article/content-loader.ts: the reader `npm run validate` uses) and
 * validated by the same zod schemas the normalizer checks its output with (`src/lib/article/schema.ts`).
 */
import { defineCollection } from 'astro:content';
import { articleLoader, speakerLoader } from './lib/article/content-loader.ts';
import { articleSchema, speakerSchema } from './lib/article/schema.ts';

/** Content root: the repository's `content/` unless ARCHIVE_CONTENT points elsewhere (benchmark corpora, tests). */
const contentRoot = process.env.ARCHIVE_CONTENT ?? './content';

const articles = defineCollection({
  // ARCHIVE_VALIDATED: what `npm run validate` accepted in this build (scripts/build.ts), taken instead of reading it twice.
  loader: articleLoader(contentRoot, process.env.ARCHIVE_VALIDATED),
  schema: articleSchema,
});

const speakers = defineCollection({
  loader: speakerLoader(contentRoot),
  schema: speakerSchema,
});

export const collections = { articles, speakers };
