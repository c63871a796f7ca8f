/**
 * The normalizer's cache on disk: one JSON file per source result under
 * `node_modules/.cache/zh-press-archive/normalize/` (git-ignored with node_modules, removed by a
 * clean install), and the hash of the code that made them. I/O only; the keys are computed in
 * normalize-cache.ts.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceCache } from './normalize-cache.ts';
import type { SourceResult } from './normalize-source.ts';

/** Folder of the cache files. */
export const defaultCacheDir = join('node_modules', '.cache', 'zh-press-archive', 'normalize');

/** What the normalizer's output depends on besides its inputs: its code, tables and packages. */
const codeRoots = ['scripts/lib', 'scripts/normalize.ts', 'scripts/import.ts', 'src/lib/article', 'src/lib/convert.ts', 'src/lib/conversion', 'src/lib/data', 'package-lock.json'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** Hash of every file the normalizer's behaviour comes from (any edit invalidates the whole cache). */
export function codeVersion(root = '.'): string {
  const hash = createHash('sha256');
  for (const file of codeRoots.flatMap((path) => filesUnder(join(root, path)))) {
    hash.update(`${relative(root, file)}\n`);
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** A cache of JSON files in `dir`; a file that cannot be read is a miss, a write is atomic. */
export function fileCache(dir: string): SourceCache {
  const pathOf = (key: string): string => join(dir, `${key}.json`);
  return {
    get(key) {
      try {
        return JSON.parse(readFileSync(pathOf(key), 'utf8')) as SourceResult;
      } catch {
        return undefined;
      }
    },
    set(key, result) {
      mkdirSync(dir, { recursive: true });
      const temp = `${pathOf(key)}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(result));
      renameSync(temp, pathOf(key));
    },
  };
}
