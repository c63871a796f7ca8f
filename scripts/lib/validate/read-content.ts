/**
 * Reads a content folder into memory for `validateContent()`: the one place of the validator that
 * touches the file system. Articles are `<root>/articles/*.md` in sorted order (the report is the
 * same on every machine); the registry is `<root>/speakers.yaml`; raw texts are `<root>/sources/*.txt`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentFiles } from './validate-content.ts';

/** Reads `root`; `shown` turns a path into how messages print it. */
export function readContentFolder(root: string, shown: (path: string) => string = (path) => path): ContentFiles {
  const articlesDir = join(root, 'articles');
  const registryPath = join(root, 'speakers.yaml');
  const sourcesDir = join(root, 'sources');
  const sourceNames = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((name) => name.endsWith('.txt')) : [];
  const names = readdirSync(articlesDir).filter((name) => name.endsWith('.md')).sort();
  return {
    registry: { file: shown(registryPath), bytes: existsSync(registryPath) ? readFileSync(registryPath) : null },
    sources: new Map(sourceNames.map((name) => [name, readFileSync(join(sourcesDir, name))])),
    articles: names.map((name) => ({ file: shown(join(articlesDir, name)), name: name.slice(0, -'.md'.length), bytes: readFileSync(join(articlesDir, name)) })),
  };
}
