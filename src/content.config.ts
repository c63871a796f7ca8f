/**
 * Astro content collections: the normalized articles and the speakers registry, read by the
 * archive's own loaders (src/lib/article/content-loader.ts: the reader `npm run validate` uses) and
 * validated by the same zod schemas the normalizer checks its output with (`src/lib/article/schema.ts`).
 */
import { defineCollection } from 'astro:content';
import { articleLoader, speakerLoader } from './lib/article/content-loader.ts';
import { articleSchema, speakerSchema } from './lib/article/schema.ts';
import { contentRoot, validatedHandOff } from './lib/content-source.ts';

const articles = defineCollection({
  loader: articleLoader(contentRoot),
  schema: articleSchema,
});

const speakers = defineCollection({
  loader: speakerLoader(contentRoot),
  schema: speakerSchema,
});

// A build with the validator's hand-off (validatedHandOff, src/lib/content-source.ts) has no articles collection:
// `loadArchive()` reads the hand-off itself, so the entries are not also serialized into Astro's data store on disk and
// read back (issue 18: about a tenth of `astro build`'s CPU and a fifth of its peak memory at 10,000 articles, same
// pages). `astro dev` and a plain `astro build` read the articles through the collection, which the dev server reloads.
// Typed as both collections always (`astro check` and the generated types see the articles' schema); in a build from
// the hand-off a `getCollection('articles')` would get Astro's warning that the collection does not exist, and nothing.
export const collections = (validatedHandOff ? { speakers } : { articles, speakers }) as { articles: typeof articles; speakers: typeof speakers };
