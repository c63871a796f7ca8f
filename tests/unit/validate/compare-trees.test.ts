import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { diffTrees, snapshotTree } from '../../../scripts/lib/validate/compare-trees.ts';

const roots: string[] = [];
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tree-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

describe('snapshotTree + diffTrees', () => {
  test.each<{ name: string; a: Record<string, string>; b: Record<string, string>; expected: object }>([
    { name: 'identical trees', a: { 'x.html': '1', 'd/y.js': '2' }, b: { 'x.html': '1', 'd/y.js': '2' }, expected: { onlyInA: [], onlyInB: [], changed: [] } },
    { name: 'a changed nested file', a: { 'd/y.js': '2' }, b: { 'd/y.js': '3' }, expected: { onlyInA: [], onlyInB: [], changed: ['d/y.js'] } },
    { name: 'renamed file (hash in the name)', a: { 'p/a1.pf_fragment': 'x' }, b: { 'p/b2.pf_fragment': 'x' }, expected: { onlyInA: ['p/a1.pf_fragment'], onlyInB: ['p/b2.pf_fragment'], changed: [] } },
  ])('$name', ({ a, b, expected }) => {
    expect(diffTrees(snapshotTree(tree(a)), snapshotTree(tree(b)))).toEqual(expected);
  });

  test('a missing folder is an empty snapshot', () => {
    expect(snapshotTree(join(tmpdir(), 'no-such-folder-for-tree-test')).size).toBe(0);
  });
});
