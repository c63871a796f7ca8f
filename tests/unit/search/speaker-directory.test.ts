import { describe, expect, test } from 'vitest';
import { readArchive } from '../../../scripts/lib/search/read-archive.ts';
import type { PersonEntry } from '../../../src/lib/search/people.ts';
import { foldedBiText, fromBiText } from '../../../src/lib/search/record.ts';
import { archiveFold, archivePeople } from '../../../src/lib/search/records.ts';
import { buildDirectory, directoryUrl, findSpeaker, suggestSpeakers, type DirectoryNode } from '../../../src/lib/search/speaker-directory.ts';
import { termKey } from '../../../src/lib/search/text-key.ts';

const fold = archiveFold();
const key = (typed: string): string => termKey(fold(typed));
/** A reader over built files that records which prefixes were fetched. */
function reader(files: Map<string, DirectoryNode>): { read: (prefix: string) => Promise<DirectoryNode | undefined>; asked: string[] } {
  const asked: string[] = [];
  return { asked, read: async (prefix) => (asked.push(prefix), files.get(prefix)) };
}

const ren: PersonEntry = { id: 'ren-zhenhe', name: '任振鶴', positions: ['省委副書記、省長', '副省長'], answers: 3 };
const zhang: PersonEntry = { id: 'zhang-jingang', name: '張錦剛', positions: [], answers: 1 };
/** Many people of one surname (王), so that the tree has to split: 王一 … with answers 0, 1, 2 … */
const wangs: PersonEntry[] = Array.from({ length: 60 }, (_, i) => ({ id: `wang-${String.fromCharCode(97 + (i % 26))}${i}`, name: `王${String.fromCodePoint(0x4e00 + i)}`, positions: [], answers: i }));

describe('speaker directory: small files, a prefix tree over folded names and pinyin', () => {
  test.each([
    { id: 'Simplified name', typed: '任振鹤', expected: ['ren-zhenhe'] },
    { id: 'Traditional name', typed: '任振鶴', expected: ['ren-zhenhe'] },
    { id: 'the first character', typed: '任', expected: ['ren-zhenhe'] },
    { id: 'Traditional first character (張)', typed: '張', expected: ['zhang-jingang'] },
    { id: 'pinyin prefix', typed: 'zhang', expected: ['zhang-jingang'] },
    { id: 'pinyin with a space and capitals', typed: 'Ren Zhen', expected: ['ren-zhenhe'] },
    { id: 'negative: a name nobody has', typed: '任振贺', expected: [] },
    { id: 'negative: a letter nobody starts with', typed: 'q', expected: [] },
  ])('suggests: $id', async ({ typed, expected }) => {
    const { read } = reader(buildDirectory([ren, zhang], fold));
    expect((await suggestSpeakers(key(typed), read, fold)).map((e) => e.id)).toEqual(expected);
  });

  test('an entry holds the name and the latest position in both scripts, not the whole people card', () => {
    const files = buildDirectory([ren], fold);
    expect(files.get('任')).toEqual({ all: [{ id: 'ren-zhenhe', name: '任振鶴', position: '省委副書記、省長', answers: 3 }] });
    expect(fromBiText('任振鶴', 'hans', fold)).toBe('任振鹤');
  });

  test('a prefix with more than a leaf’s worth of people is split: its file lists the most active few and the characters that lead on', async () => {
    const files = buildDirectory(wangs, fold, { leaf: 40, top: 8 });
    const root = files.get('王');
    expect(root && 'top' in root ? root.top.map((e) => e.answers) : root).toEqual([59, 58, 57, 56, 55, 54, 53, 52]);
    // One character per distinct second character of the folded names (丟 and 丢 fold to one).
    expect(root && 'next' in root ? root.next : []).toEqual([...new Set(wangs.map((w) => Array.from(termKey(foldedBiText(w.name, fold)))[1]!))].sort());
    for (const node of files.values()) expect('all' in node ? node.all.length : node.top.length).toBeLessThanOrEqual(40);
    // Typing the second character reads one more small file and finds that person, however few answers they have.
    const { read, asked } = reader(files);
    expect((await suggestSpeakers(key('王一'), read, fold)).map((e) => e.id)).toEqual(['wang-a0']);
    expect(asked).toEqual(['王', '王一']);
  });

  test('negative: a prefix shared by namesakes only is never split, however many there are', () => {
    const namesakes = Array.from({ length: 50 }, (_, i) => ({ id: `li-ming-${i}`, name: '李明', positions: [], answers: i }));
    const files = buildDirectory(namesakes, fold, { leaf: 40, top: 8 });
    const whole = files.get('李明');
    expect(whole && 'all' in whole ? whole.all.length : 0).toBe(50);
  });

  test.each([
    { id: 'a speaker of a small tree', people: [ren, zhang], find: 'zhang-jingang', expected: '張錦剛' },
    { id: 'a speaker deep in a split tree, with few answers', people: wangs, find: 'wang-a0', expected: '王一' },
    { id: 'negative: an id nobody has', people: [ren, zhang], find: 'ren-zhenhua', expected: undefined },
  ])('finds a shared URL’s speaker by id: $id', async ({ people, find, expected }) => {
    const { read } = reader(buildDirectory(people, fold));
    expect((await findSpeaker(find, read))?.name).toBe(expected);
  });

  test.each([
    { prefix: '任振', expected: '/search/speakers/4efb-632f.json' },
    { prefix: 'ren', expected: '/search/speakers/r-e-n.json' },
  ])('file of $prefix', ({ prefix, expected }) => {
    expect(directoryUrl(prefix)).toBe(expected);
  });

  test('the archive’s speakers are all suggested by their name in both scripts', async () => {
    const people = archivePeople(readArchive('tests/fixtures/search-content'));
    const { read } = reader(buildDirectory(people, fold));
    for (const person of people) {
      for (const script of ['hans', 'hant'] as const) {
        expect((await suggestSpeakers(key(fromBiText(person.name, script, fold)), read, fold)).map((e) => e.id)).toContain(person.id);
      }
    }
    expect(people.map((p) => p.id).sort()).toEqual(['cheng-xiaobo', 'ren-zhenhe', 'yang-zhong', 'zhang-jingang']);
  });
});
