import { describe, expect, test } from 'vitest';
import { matchPeople, peopleShards, shardOf, shardsFor, type PersonEntry } from '../../../src/lib/search/people.ts';
import { archiveFold } from '../../../src/lib/search/records.ts';

const fold = archiveFold();
const ren: PersonEntry = { id: 'ren-zhenhe', name: '任振鶴', positions: ['省委副書記、省長'], answers: 3 };
const zhang: PersonEntry = { id: 'zhang-jingang', name: '張錦剛', positions: [], answers: 1 };
const people = [ren, zhang];

describe('matchPeople (names lead to people)', () => {
  test.each([
    { id: 'Simplified name', keys: ['任振鹤'], named: { 0: 'ren-zhenhe' }, near: [] },
    { id: 'Traditional name', keys: ['任振鶴'], named: { 0: 'ren-zhenhe' }, near: [] },
    { id: 'pinyin in one word', keys: ['renzhenhe'], named: { 0: 'ren-zhenhe' }, near: [] },
    { id: 'pinyin in two words names with every term', keys: ['ren', 'zhenhe'], named: { 0: 'ren-zhenhe', 1: 'ren-zhenhe' }, near: [] },
    { id: 'a name with another word', keys: ['张锦刚', '文旅'], named: { 0: 'zhang-jingang' }, near: [] },
    { id: 'near miss: one character off', keys: ['任振贺'], named: {}, near: ['ren-zhenhe'] },
    { id: 'negative: a word that is no name', keys: ['新质生产力'], named: {}, near: [] },
    { id: 'negative: part of a name does not name the person (it is offered as a near miss)', keys: ['任振'], named: {}, near: ['ren-zhenhe'] },
  ])('$id', ({ keys, named, near }) => {
    const match = matchPeople(keys.map((k) => fold(k)), people, fold);
    expect(Object.fromEntries([...match.named].map(([term, person]) => [term, person.id]))).toEqual(named);
    expect(match.nearMisses.map((m) => m.person.id)).toEqual(near);
  });
});

describe('shards', () => {
  test.each([
    { key: '任振鹤', expected: (0x4efb).toString(16) },
    { key: 'renzhenhe', expected: 'r' },
    { key: '2024', expected: undefined },
  ])('shardOf($key)', ({ key, expected }) => {
    expect(shardOf(key)).toBe(expected);
  });

  test('every person is in the shard of the folded name and of the pinyin; a query asks only for its own', () => {
    const shards = peopleShards(people, fold);
    expect([...shards.keys()].sort()).toEqual(['4efb', '5f20', 'r', 'z'].sort());
    expect(shards.get('4efb')).toEqual([ren]);
    expect(shardsFor(['任振鹤', '文旅'])).toEqual(['4efb', '6587']);
    expect(shardsFor(['ren', 'zhenhe'])).toEqual(['r', 'z']);
  });
});
