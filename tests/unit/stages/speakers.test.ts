import { describe, expect, test } from 'vitest';
import { findSpeaker, mergeSpeakers, speakerEntry } from '../../../scripts/lib/stages/speakers.ts';
import type { Speaker } from '../../../src/lib/article/schema.ts';

describe('speakerEntry', () => {
  test.each([
    { name: '任振鹤', script: 'hans' as const, expected: { id: 'ren-zhenhe', name: { hans: '任振鹤', hant: '任振鶴' }, aliases: [] } },
    { name: '劉長發', script: 'hant' as const, expected: { id: 'liu-changfa', name: { hans: '刘长发', hant: '劉長發' }, aliases: [] } },
    { name: '盧瑩', script: 'hant' as const, expected: { id: 'lu-ying', name: { hans: '卢莹', hant: '盧瑩' }, aliases: [] } },
  ])('$name', ({ name, script, expected }) => {
    expect(speakerEntry(name, script)).toEqual(expected);
  });
});

describe('mergeSpeakers', () => {
  const handMade: Speaker = { id: 'ren-zhenhe', name: { hans: '任振鹤', hant: '任振鶴' }, aliases: ['任省长'] };

  test('the same person in 简 and 繁 texts is one entry, hand-made fields kept', () => {
    const merged = mergeSpeakers([handMade], [{ name: '任振鶴', script: 'hant' }, { name: '任振鹤', script: 'hans' }]);
    expect(merged).toEqual([handMade]);
  });

  test('new people are appended after existing entries', () => {
    expect(mergeSpeakers([handMade], [{ name: '杨忠', script: 'hans' }]).map((s) => s.id)).toEqual(['ren-zhenhe', 'yang-zhong']);
  });

  test('an id collision between different people is an error, not a merge', () => {
    const other: Speaker = { id: 'yang-zhong', name: { hans: '杨中', hant: '楊中' }, aliases: [] };
    expect(() => mergeSpeakers([other], [{ name: '杨忠', script: 'hans' }])).toThrow(/already used by another person/);
  });

  test.each([
    { name: '任振鶴', found: 'ren-zhenhe' },
    { name: '任省长', found: 'ren-zhenhe' },
    { name: '任振', found: undefined },
  ])('findSpeaker($name)', ({ name, found }) => {
    expect(findSpeaker([handMade], name)?.id).toBe(found);
  });
});
