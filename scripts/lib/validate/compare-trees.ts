/**
 * Folder snapshots for the atomicity and determinism checks: every file under a folder with its
 * SHA-256, and the difference of two snapshots (“a failed run left content/ byte-identical”, “two
 * builds of the same content are byte-identical except …”).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Relative path (with `/`) → SHA-256 of the file's bytes. */
export type TreeSnapshot = ReadonlyMap<string, string>;

/** Snapshot of every file under `root` (empty when it does not exist). */
export function snapshotTree(root: string): TreeSnapshot {
  const out = new Map<string, string>();
  if (!existsSync(root)) return out;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.set(relative(root, path).split(sep).join('/'), createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(root);
  return out;
}

/** How two snapshots differ: files only in one, files in both with other bytes. */
export interface TreeDiff {
  onlyInA: string[];
  onlyInB: string[];
  changed: string[];
}

/** The difference between two snapshots, each list sorted. */
export function diffTrees(a: TreeSnapshot, b: TreeSnapshot): TreeDiff {
  return {
    onlyInA: [...a.keys()].filter((path) => !b.has(path)).sort(),
    onlyInB: [...b.keys()].filter((path) => !a.has(path)).sort(),
    changed: [...a].filter(([path, hash]) => b.has(path) && b.get(path) !== hash).map(([path]) => path).sort(),
  };
}
