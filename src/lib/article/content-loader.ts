/**
 * Astro content loaders for the archive's articles and speakers registry that read with the
 * archive's own reader (read-article, read-registry), not Astro's glob()/file(): the site builds
 * from exactly what `npm run validate` accepts — the same decoder, limits, YAML core schema and
 * zod schema — instead of a second YAML parser that reads timestamps and runs `!!js/function`.
 * In `npm run build` the validator has read every article just before: `readArticleEntries()` takes
 * what it accepted (validated-entries.ts, for files whose bytes are unchanged) instead of reading
 * the same frontmatter again, and reads any other file itself. Such a build does not use the article
 * loader at all: `loadArchive()` calls `readArticleEntries()` directly (content.config.ts).
 * @see https://docs.astro.build/en/reference/content-loader-reference/#object-loaders
 */
import { join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readArticleEntryOrThrow } from './read-article.ts';
import { listFiles, readRegularFile } from './read-file.ts';
import { readRegistryOrThrow } from './read-registry.ts';
import type { Article } from './schema.ts';
import { bytesDigest, type ValidatedEntry } from './validated-entries.ts';

/** Re-runs `load` when a file under `dir` changes (dev server only). */
function watch(context: LoaderContext, dir: string, load: () => void): void {
  context.watcher?.add(dir);
  context.watcher?.on('all', (_event, path) => {
    if (resolve(path).startsWith(resolve(dir))) load();
  });
}

/**
/** An article file as read: id = file name without `.md`, the frontmatter and body, the file as the build names it, the SHA-256 of its bytes. */
export interface ArticleFileEntry {
  id: string;
  data: Article;
  body: string;
  filePath: string;
  digest: string;
}

/**
 * Every article of `<root>/articles/*.md`, in file-name order: taken from the validator's hand-off
 * `accepted` when the file's bytes are the ones it accepted, else read (and refused, naming file and
 * line) by the archive's reader.
 */
export function readArticleEntries(root: string, accepted: ReadonlyMap<string, ValidatedEntry>): ArticleFileEntry[] {
  const dir = join(root, 'articles');
  return listFiles(dir, '.md').map((path) => {
    const bytes = readRegularFile(path, root);
    const filePath = relative(process.cwd(), path);
    const id = path.slice(dir.length + 1, -'.md'.length);
    const digest = bytesDigest(bytes);
    const known = accepted.get(id);
    const { data, body } = known?.sha256 === digest ? known : readArticleEntryOrThrow(bytes, filePath);
    return { id, data, body, filePath, digest };
  });
}

/**
 * The articles of `<root>/articles/*.md` as an Astro collection, every file read (`astro dev`, a plain
 * `astro build`: a build with the validator's hand-off reads it through `readArticleEntries()` instead).
 */
export function articleLoader(root: string): Loader {
  return {
    name: 'zh-press-archive-articles',
    async load(context) {
      const load = (): void => {
        context.store.clear();
        for (const entry of readArticleEntries(root, new Map())) context.store.set(entry);
      };
      load();
      watch(context, join(root, 'articles'), load);
    },
  };
}

/** The speakers of `<root>/speakers.yaml`, id = speaker id. */
export function speakerLoader(root: string): Loader {
  return {
    name: 'zh-press-archive-speakers',
    async load(context) {
      const path = join(root, 'speakers.yaml');
      const load = (): void => {
        context.store.clear();
        for (const speaker of readRegistryOrThrow(readRegularFile(path, root), relative(process.cwd(), path))) {
          context.store.set({ id: speaker.id, data: speaker, digest: context.generateDigest(speaker) });
        }
      };
      load();
      watch(context, path, load);
    },
  };
}
