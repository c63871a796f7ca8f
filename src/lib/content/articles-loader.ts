/**
 * The articles collection's loader: every `*.md` of a folder as an entry with its validated
 * frontmatter and its Markdown body, and nothing else. Astro's `glob()` loader also renders every
 * Markdown file to HTML at sync time and stores that HTML in the content data store; the site never
 * uses it (pages render the article model, `src/lib/article/model.ts`), and at 10,000 articles
 * rendering and serializing it was a fifth of `astro build` (bench/results.md). `npm run validate`
 * runs before Astro with messages naming file, line and fix; this loader only stops on what it
 * cannot read.
 * @see https://docs.astro.build/en/reference/content-loader-reference/
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { splitFrontmatter } from '../article/split-frontmatter.ts';

/** A loader of the articles in `base` (ids: the file names without `.md`). */
export function articlesLoader(base: string): Loader {
  return {
    name: 'archive-articles',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      const files = readdirSync(base).filter((name) => name.endsWith('.md')).sort();
      for (const name of files) {
        const path = join(base, name);
        const filePath = relative(process.cwd(), path);
        const text = readFileSync(path, 'utf8');
        const split = splitFrontmatter(text);
        if (!split.ok) throw new Error(`${filePath}:${split.error.line}: ${split.error.problem} ${split.error.fix} (npm run validate lists every problem)`);
        const id = name.slice(0, -'.md'.length);
        const data = await parseData({ id, data: (parse(split.value.yaml) ?? {}) as Record<string, unknown>, filePath });
        store.set({ id, data, body: split.value.body, filePath, digest: generateDigest(text) });
      }
    },
  };
}
