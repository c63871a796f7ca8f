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

const noMatch: readonly { entry: TrieEntry; length: number }[] = Object.freeze([]);

/**
 * A phrase trie over code points, kept as two hash tables instead of a node object with its own Map per
 * character: every key with its entry, and every proper prefix of a key (where a longer key may go on).
 * The same walk, but OpenCC's tables make ~100,000 trie nodes: as node objects with their Maps they were
 * ~300,000 objects the garbage collector traced at every full collection of a build; as table keys they
 * are strings, which it marks without looking into (the ~60,000 entries stay objects; issue 18).
 * @example const trie = new PhraseTrie(); trie.add({ from: '头发', to: '頭髮', rule: { kind: 'protected-name' } }); trie.matchesAt([...'头发长'], 0).map((m) => m.length) // → [2]
 */
export class PhraseTrie {
  private readonly entries = new Map<string, TrieEntry>();
  private readonly prefixes = new Set<string>();

  /** Adds an entry; the first entry added for a key wins (as in OpenCC's dictionary groups). */
  add(entry: TrieEntry): void {
    if (!this.entries.has(entry.from)) this.entries.set(entry.from, entry);
    // Proper prefixes by code point (a prefix never ends inside a surrogate pair).
    let end = 0;
    for (const char of entry.from) {
      if (end > 0) this.prefixes.add(entry.from.slice(0, end));
      end += char.length;
    }
  }

  /** Every entry whose key starts at `chars[at]`, shortest first, with its length in code points. */
  matchesAt(chars: readonly string[], at: number): readonly { entry: TrieEntry; length: number }[] {
    const first = chars[at];
    // Most positions start no entry: they answer with one shared empty list, allocating nothing.
    if (first === undefined || (!this.prefixes.has(first) && !this.entries.has(first))) return noMatch;
    const found: { entry: TrieEntry; length: number }[] = [];
    let key = '';
    for (let i = at; i < chars.length; i++) {
      key += chars[i] ?? '';
      const entry = this.entries.get(key);
      if (entry) found.push({ entry, length: i - at + 1 });
      if (!this.prefixes.has(key)) break;
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
