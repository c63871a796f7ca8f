/**
 * People first: the speakers a query names, in either script or by the pinyin of their id
 * (`任振鹤`, `任振鶴`, `ren zhenhe`, `renzhenhe`), with what their card shows (name, positions,
 * answer count). The browser fetches only the shard of the table a term can hit (by its first
 * character), so a name query costs a few hundred bytes however many people the archive holds.
 */
import type { Fold } from './fold.ts';
import { type BiText, foldedBiText } from './record.ts';
import { oneEditApart } from './suggest.ts';
import { termKey } from './text-key.ts';
import { pushTo } from '../multimap.ts';

/** One speaker as search knows them. */
export interface PersonEntry {
  id: string;
  name: BiText;
  /** Positions held, newest first, as the articles state them. */
  positions: BiText[];
  /** Answers given across the archive. */
  answers: number;
}

/** The pinyin key of a speaker id: `ren-zhenhe` → `renzhenhe`. */
export const pinyinKey = (id: string): string => id.replace(/[^a-z]/g, '');

/** The shard a key's people are in: the code point of its first Han character in hex, or its first Latin letter. */
export function shardOf(key: string): string | undefined {
  const first = key.codePointAt(0);
  if (first === undefined) return undefined;
  if (first >= 0x61 && first <= 0x7a) return String.fromCodePoint(first);
  return /\p{Script=Han}/u.test(String.fromCodePoint(first)) ? first.toString(16) : undefined;
}

/** Groups people into shards, each person under the shard of their folded name and of their pinyin. */
export function peopleShards(people: readonly PersonEntry[], fold: Fold): Map<string, PersonEntry[]> {
  const shards = new Map<string, PersonEntry[]>();
  for (const person of people) {
    for (const shard of new Set([shardOf(termKey(foldedBiText(person.name, fold))), shardOf(pinyinKey(person.id))])) {
      if (shard) pushTo(shards, shard, person);
    }
  }
  return shards;
}

/** Shards a query's terms can hit: one per term, and one for the whole query (a pinyin name typed with a space). */
export function shardsFor(keys: readonly string[]): string[] {
  return [...new Set([...keys, keys.join('')].flatMap((key) => shardOf(key) ?? []))];
}

/** What the query's terms say about people: who is named by which terms, and near misses. */
export interface PeopleMatch {
  /** Term index → the person it names. */
  named: Map<number, PersonEntry>;
  /** People whose name is one character off a term of two to four characters (任振贺 → 任振鹤). */
  nearMisses: { term: number; person: PersonEntry }[];
}

/**
 * Matches terms against people: a term names a person when it is their folded name or their pinyin;
 * a query whose terms together spell a pinyin (`ren zhenhe`) names that person with its first term.
 */
export function matchPeople(keys: readonly string[], people: readonly PersonEntry[], fold: Fold): PeopleMatch {
  const named = new Map<number, PersonEntry>();
  const nearMisses: PeopleMatch['nearMisses'] = [];
  const byKey = new Map<string, PersonEntry>();
  for (const person of people) {
    byKey.set(termKey(foldedBiText(person.name, fold)), person);
    byKey.set(pinyinKey(person.id), person);
  }
  keys.forEach((key, index) => {
    const person = byKey.get(key);
    if (person) named.set(index, person);
  });
  const whole = byKey.get(keys.join(''));
  if (named.size === 0 && keys.length > 1 && whole && /^[a-z]+$/.test(keys.join(''))) keys.forEach((_, index) => named.set(index, whole));
  keys.forEach((key, index) => {
    const chars = Array.from(key);
    if (named.has(index) || chars.length < 2 || chars.length > 4) return;
    for (const person of people) {
      if (oneEditApart(chars, Array.from(termKey(foldedBiText(person.name, fold))))) nearMisses.push({ term: index, person });
    }
  });
  return { named, nearMisses };
}
