/**
 * Reads a content folder into memory for `validateContent()`: the one place of the validator that
 * touches the file system. Articles are `<root>/articles/*.md` in sorted order (the report is the
 * same on every machine); the registry is `<root>/speakers.yaml`; raw texts are `<root>/sources/*.txt`.
 * Every file goes through `readRegularFile()`: a directory named `x.md`, a FIFO, a device, a
 * symbolic link out of the folder or an oversized file is refused by name (an issue), never read.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FileRefusal, listFiles, readRegularFile } from '../../../src/lib/article/read-file.ts';
import type { ValidationIssue } from './issue.ts';
import type { ContentFiles } from './validate-content.ts';

/** Reads `root`; `shown` turns a path into how messages print it. */
export function readContentFolder(root: string, shown: (path: string) => string = (path) => path): ContentFiles {
  const refused: ValidationIssue[] = [];
  const read = (path: string): Uint8Array | null => {
    try {
      return readRegularFile(path, root);
    } catch (error) {
      if (!(error instanceof FileRefusal)) throw error;
      refused.push({ file: shown(path), problem: `The path ${error.problem}`, fix: error.fix });
      return null;
    }
  };
  const registryPath = join(root, 'speakers.yaml');
  const sourcesDir = join(root, 'sources');
  const sources = new Map<string, Uint8Array>();
  for (const path of existsSync(sourcesDir) ? listFiles(sourcesDir, '.txt') : []) {
    const bytes = read(path);
    if (bytes) sources.set(path.slice(sourcesDir.length + 1), bytes);
  }
  const articles = listFiles(join(root, 'articles'), '.md').flatMap((path) => {
    const bytes = read(path);
    const name = path.slice(join(root, 'articles').length + 1, -'.md'.length);
    return bytes ? [{ file: shown(path), name, bytes }] : [];
  });
  return {
    registry: { file: shown(registryPath), bytes: existsSync(registryPath) ? read(registryPath) : null },
    sources,
    articles,
    refused,
  };
}
