/**
 * The speaker filter's suggestions, as small static files fetched while the reader types
 * (`/search/speakers/{prefix}.json`), so the search page stays the same size however many people
 * the archive holds. Every speaker is filed under two keys, the folded name (`任振鹤`, typed in
 * either script) and the pinyin of the id (`renzhenhe`); the files form a prefix tree: a prefix
 * with few people is a leaf that lists them all, a larger one lists its best few (most answers)
 * and the next characters that lead on, one file per character typed. Nothing is listed on the
 * page itself; the filter's value stays the speaker's ASCII id in both scripts.
 * @see https://www.w3.org/WAI/ARIA/apg/patterns/combobox/ (the filter's widget, `speaker-filter.ts`)
 */
import type { Fold } from './fold.ts';
import { pinyinKey, type PersonEntry } from './people.ts';
import { type BiText, foldedBiText } from './record.ts';
import { termKey } from './text-key.ts';
import { pushTo } from '../multimap.ts';

/** One speaker as a suggestion shows them: name and latest position in both scripts, and how often they answered. */
export interface DirectoryEntry {
  id: string;
  name: BiText;
  /** Latest position held, to tell people of the same name apart. */
  position?: BiText;
  answers: number;
}

/** A file of the tree: a leaf lists everyone under its prefix; an inner node its best few, those whose key ends here, and the characters that lead on. */
export type DirectoryNode = { all: DirectoryEntry[] } | { top: DirectoryEntry[]; next: string[] };

/** How large a leaf may grow before it is split, and how many people an inner node lists. */
export const directoryLimits = { leaf: 40, top: 8 } as const;

/** Suggestions shown at once. */
export const suggestionCount = 8;

/** The keys a speaker is found by: the folded name's letters and the pinyin of the id. */
export function directoryKeys(entry: Pick<DirectoryEntry, 'id' | 'name'>, fold: Fold): string[] {
  return [...new Set([termKey(foldedBiText(entry.name, fold)), pinyinKey(entry.id)].filter((key) => key !== ''))];
}

/** Most answers first, then by id: one order for every list of the tree. */
const byAnswers = (a: DirectoryEntry, b: DirectoryEntry): number => b.answers - a.answers || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The URL of a prefix's file: ASCII letters and digits as they are, other characters as hex code points, joined by `-`.
 * @example directoryUrl('任振') // '/search/speakers/4efb-632f.json'
 */
export function directoryUrl(prefix: string): string {
  const name = Array.from(prefix, (char) => (/^[a-z0-9]$/.test(char) ? char : char.codePointAt(0)!.toString(16))).join('-');
  return `/search/speakers/${name}.json`;
}

/** The entry of a person: name, latest position and answers. */
export function directoryEntry(person: PersonEntry): DirectoryEntry {
  const entry: DirectoryEntry = { id: person.id, name: person.name, answers: person.answers };
  if (person.positions[0] !== undefined) entry.position = person.positions[0];
  return entry;
}

/** Builds the tree's files from the people table: prefix → node (keyed by the prefix; `directoryUrl()` names the file). */
export function buildDirectory(people: readonly PersonEntry[], fold: Fold, limits: { leaf: number; top: number } = directoryLimits): Map<string, DirectoryNode> {
  const files = new Map<string, DirectoryNode>();
  const keyed = people.flatMap((person) => {
    const entry = directoryEntry(person);
    return directoryKeys(entry, fold).map((key) => ({ key: Array.from(key), entry }));
  });
  const grow = (prefix: string[], members: typeof keyed): void => {
    const distinct = [...new Map(members.map((m) => [m.entry.id, m.entry])).values()].sort(byAnswers);
    const longer = members.filter((m) => m.key.length > prefix.length);
    // A prefix with few people, or whose keys all end here (namesakes), lists everyone.
    if (distinct.length <= limits.leaf || longer.length === 0) {
      files.set(prefix.join(''), { all: distinct });
      return;
    }
    const children = new Map<string, typeof keyed>();
    for (const member of longer) {
      const char = member.key[prefix.length]!;
      pushTo(children, char, member);
    }
    // Whoever's key ends here is always listed: typing their whole name must find them.
    const exact = [...new Map(members.filter((m) => m.key.length === prefix.length).map((m) => [m.entry.id, m.entry])).values()];
    const top = [...exact, ...distinct.filter((e) => !exact.includes(e)).slice(0, Math.max(0, limits.top - exact.length))].sort(byAnswers);
    files.set(prefix.join(''), { top, next: [...children.keys()].sort() });
    for (const [char, group] of children) grow([...prefix, char], group);
  };
  const roots = new Map<string, typeof keyed>();
  for (const member of keyed) pushTo(roots, member.key[0]!, member);
  for (const [char, group] of roots) grow([char], group);
  return files;
}

/** Reads one file of the tree; undefined when there is none (no speaker's key starts so). */
export type ReadNode = (prefix: string) => Promise<DirectoryNode | undefined>;

/**
 * The suggestions for what a reader typed (already a key: folded, letters and digits only): the
 * people with a key that starts with it, most answers first; the walk reads one file per character
 * until a leaf, and stops early where no key leads on.
 */
export async function suggestSpeakers(typed: string, read: ReadNode, fold: Fold, count = suggestionCount): Promise<DirectoryEntry[]> {
  const chars = Array.from(typed);
  for (let length = 1; length <= chars.length; length++) {
    const node = await read(chars.slice(0, length).join(''));
    if (!node) return [];
    if ('all' in node) return node.all.filter((entry) => directoryKeys(entry, fold).some((key) => key.startsWith(typed))).slice(0, count);
    if (length === chars.length) return node.top.slice(0, count);
    if (!node.next.includes(chars[length]!)) return [];
  }
  return [];
}

/** Finds a speaker by id (a shared URL's `speaker=`): the walk along the pinyin of the id. */
export async function findSpeaker(id: string, read: ReadNode): Promise<DirectoryEntry | undefined> {
  const key = pinyinKey(id);
  if (key === '') return undefined;
  const chars = Array.from(key);
  for (let length = 1; length <= chars.length; length++) {
    const node = await read(chars.slice(0, length).join(''));
    if (!node) return undefined;
    const listed = ('all' in node ? node.all : node.top).find((entry) => entry.id === id);
    if (listed || 'all' in node) return listed;
    if (!node.next.includes(chars[length] ?? '')) return undefined;
  }
  return undefined;
}
