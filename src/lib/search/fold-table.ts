/**
 * Builds the fold table of `src/lib/search/fold.ts` from OpenCC's data (opencc-js 1.4): Taiwan and
 * Hong Kong variants to OpenCC's standard Traditional (`TWVariantsRev`, `HKVariantsRev`), then
 * Traditional to Simplified (`TSCharacters`, first candidate). Only single characters are used:
 * phrase tables disambiguate for display, and folding is for matching.
 * @see https://github.com/BYVoid/OpenCC/tree/master/data/dictionary for the dictionaries.
 */
import type { DictGroup, DictLike } from 'opencc-js/core';
import { from, to } from 'opencc-js/preset';
import { pushTo } from '../multimap.ts';

/** One-character entries of an OpenCC dictionary (`"乾 干|發 发"` or pairs), first candidate only. */
export function characterEntries(dict: DictLike): Map<string, string> {
  const pairs = typeof dict === 'string' ? dict.split('|').map((entry) => entry.split(' ') as [string, string?]) : dict;
  const out = new Map<string, string>();
  for (const [key, value] of pairs) {
    if (!value || Array.from(key).length !== 1) continue;
    const first = Array.from(value)[0]!;
    out.set(key, first);
  }
  return out;
}

/**
 * Merges character maps into equivalence classes and maps every member to one representative:
 * the class's Simplified form (a target of the last map, the Traditional → Simplified one), else its
 * smallest member. Classes, not chained lookups, keep folding idempotent and symmetric: Taiwan's
 * variant table maps 么 to 幺 while Traditional → Simplified maps 麼 to 么, so a chain would fold
 * 什么 to 什幺 but 什麼 to 什么; as a class {么 幺 麼} all three fold to 么.
 */
export function foldClasses(maps: readonly Map<string, string>[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (char: string): string => {
    let root = char;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(char, root);
    return root;
  };
  for (const map of maps) for (const [a, b] of map) if (a.length === b.length) parent.set(find(a), find(b));
  const members = new Map<string, string[]>();
  for (const char of parent.keys()) {
    const root = find(char);
    pushTo(members, root, char);
  }
  const simplified = new Set(maps.at(-1)?.values() ?? []);
  const out = new Map<string, string>();
  for (const group of members.values()) {
    const sorted = [...new Set(group)].sort();
    const representative = sorted.find((char) => simplified.has(char)) ?? sorted[0]!;
    for (const char of sorted) if (char !== representative) out.set(char, representative);
  }
  return out;
}

function groupEntries(groups: readonly DictGroup[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of groups) for (const dict of group) for (const [k, v] of characterEntries(dict)) out.set(k, v);
  return out;
}

/** The archive's fold map: Taiwan and Hong Kong variants, Traditional and Simplified forms of a character fold to one. */
export function archiveFoldMap(): Map<string, string> {
  const variants = new Map([...groupEntries(from.hk ?? []), ...groupEntries(from.tw ?? [])]);
  return foldClasses([variants, groupEntries(to.cn ?? [])]);
}

/**
 * Encodes a fold map as the table string `createFold()` reads, optionally keeping only the pairs
 * whose folded character passes `keep` (the browser needs only pairs that fold to a character the
 * archive's folded text contains: any other query character cannot match either way).
 */
export function encodeFoldTable(map: ReadonlyMap<string, string>, keep: (folded: string) => boolean = () => true): string {
  let out = '';
  for (const [key, value] of [...map].sort(([a], [b]) => (a < b ? -1 : 1))) if (keep(value)) out += key + value;
  return out;
}
