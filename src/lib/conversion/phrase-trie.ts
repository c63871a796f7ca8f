/**
 * A trie of dictionary entries (OpenCC's tables, the archive's overrides, protected names) that
 * returns every entry starting at a position, so the converter can choose the longest one that
 * fits the text's word boundaries instead of OpenCC's blind longest match.
 */
import type { DictGroup, DictLike } from 'opencc-js/core';

/** What decided a rendering: an OpenCC table, an archive override, or a protected name. */
export type ConversionRule =
  | { kind: 'opencc'; dict: string }
  | { kind: 'override'; source: string }
  | { kind: 'protected-name' }
  | { kind: 'surname'; context: string };

/** One entry: the target text and the rule it comes from. */
export interface TrieEntry {
  from: string;
  to: string;
  rule: ConversionRule;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  entry?: TrieEntry;
}

const noMatch: readonly { entry: TrieEntry; length: number }[] = Object.freeze([]);

/** A phrase trie over code points. */
export class PhraseTrie {
  private readonly root: TrieNode = { children: new Map() };

  /** Adds an entry; the first entry added for a key wins (as in OpenCC's dictionary groups). */
  add(entry: TrieEntry): void {
    let node = this.root;
    for (const char of entry.from) {
      let next = node.children.get(char);
      if (!next) node.children.set(char, (next = { children: new Map() }));
      node = next;
    }
    node.entry ??= entry;
  }

  /** Every entry whose key starts at `chars[at]`, shortest first, with its length in code points. */
  matchesAt(chars: readonly string[], at: number): readonly { entry: TrieEntry; length: number }[] {
    // Most positions start no entry: they answer with one shared empty list, allocating nothing.
    if (at >= chars.length || !this.root.children.has(chars[at] ?? '')) return noMatch;
    const found: { entry: TrieEntry; length: number }[] = [];
    let node: TrieNode | undefined = this.root;
    for (let i = at; i < chars.length; i++) {
      node = node.children.get(chars[i] ?? '');
      if (!node) break;
      if (node.entry) found.push({ entry: node.entry, length: i - at + 1 });
    }
    return found;
  }
}

function* pairsOf(dict: DictLike): Generator<readonly [string, string]> {
  if (typeof dict !== 'string') {
    yield* dict;
    return;
  }
  for (const line of dict.split('|')) {
    const [from, to] = line.split(' ');
    if (from && to !== undefined) yield [from, to];
  }
}

/** Loads one opencc-js dictionary group into `trie`, naming each dictionary for the rules it yields. */
export function trieOfGroup(group: DictGroup, names: readonly string[], trie = new PhraseTrie()): PhraseTrie {
  group.forEach((dict, i) => {
    const rule: ConversionRule = { kind: 'opencc', dict: names[i] ?? `dictionary ${i + 1}` };
    for (const [from, to] of pairsOf(dict)) trie.add({ from, to, rule });
  });
  return trie;
}
