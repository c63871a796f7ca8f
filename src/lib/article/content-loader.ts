/**
 * Astro content loaders for the archive's articles and speakers registry that read with the
 * archive's own reader (read-article, read-registry), not Astro's glob()/file(): the site builds
 * from exactly what `npm run validate` accepts — the same decoder, limits, YAML core schema and
 * zod schema — instead of a second YAML parser that reads timestamps and runs `!!js/function`.
 * In `npm run build` the validator has read every article just before: the article loader takes
 * what it accepted (validated-entries.ts, for files whose bytes are unchanged) instead of reading
 * the same frontmatter again, and reads any other file itself.
 * @see https://docs.astro.build/en/reference/content-loader-reference/#object-loaders
 */
import { join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readArticleEntryOrThrow } from './read-article.ts';
import { listFiles, readRegularFile } from './read-file.ts';
import { readRegistryOrThrow } from './read-registry.ts';
import { bytesDigest, readValidatedEntries } from './validated-entries.ts';

/** Re-runs `load` when a file under `dir` changes (dev server only). */
function watch(context: LoaderContext, dir: string, load: () => void): void {
  context.watcher?.add(dir);
  context.watcher?.on('all', (_event, path) => {
    if (resolve(path).startsWith(resolve(dir))) load();
  });
}

/**
 * The articles of `<root>/articles/*.md`, id = file name; `validated` is the path of the
 * validator's hand-off of this build (ARCHIVE_VALIDATED), if any.
 */
export function articleLoader(root: string, validated?: string): Loader {
  return {
    name: 'zh-press-archive-articles',
    async load(context) {
      const dir = join(root, 'articles');
      // Read once: later reloads (the dev server's) read the edited files themselves, their digests no longer match.
      const accepted = validated ? readValidatedEntries(validated, root) : new Map();
      const load = (): void => {
        context.store.clear();
        for (const path of listFiles(dir, '.md')) {
          const bytes = readRegularFile(path, root);
          const filePath = relative(process.cwd(), path);
          const id = path.slice(dir.length + 1, -'.md'.length);
          const sha256 = bytesDigest(bytes);
          const known = accepted.get(id);
          const { data, body } = known?.sha256 === sha256 ? known : readArticleEntryOrThrow(bytes, filePath);
          context.store.set({ id, data, body, filePath, digest: sha256 });
        }
      };
      load();
      watch(context, dir, load);
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
