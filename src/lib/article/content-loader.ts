/**
 * Astro content loaders for the archive's articles and speakers registry that read with the
 * archive's own reader (read-article, read-registry), not Astro's glob()/file(): the site builds
 * from exactly what `npm run validate` accepts — the same decoder, limits, YAML core schema and
 * zod schema — instead of a second YAML parser that reads timestamps and runs `!!js/function`.
 * @see https://docs.astro.build/en/reference/content-loader-reference/#object-loaders
 */
import { join, relative, resolve } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readArticleEntryOrThrow } from './read-article.ts';
import { listFiles, readRegularFile } from './read-file.ts';
import { readRegistryOrThrow } from './read-registry.ts';

/** Re-runs `load` when a file under `dir` changes (dev server only). */
function watch(context: LoaderContext, dir: string, load: () => void): void {
  context.watcher?.add(dir);
  context.watcher?.on('all', (_event, path) => {
    if (resolve(path).startsWith(resolve(dir))) load();
  });
}

/** The articles of `<root>/articles/*.md`, id = file name. */
export function articleLoader(root: string): Loader {
  return {
    name: 'zh-press-archive-articles',
    async load(context) {
      const dir = join(root, 'articles');
      const load = (): void => {
        context.store.clear();
        for (const path of listFiles(dir, '.md')) {
          const bytes = readRegularFile(path, root);
          const filePath = relative(process.cwd(), path);
          const { data, body } = readArticleEntryOrThrow(bytes, filePath);
          context.store.set({ id: path.slice(dir.length + 1, -'.md'.length), data, body, filePath, digest: context.generateDigest(Buffer.from(bytes).toString('base64')) });
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
