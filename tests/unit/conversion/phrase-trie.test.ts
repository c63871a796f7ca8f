import { describe, expect, test } from 'vitest';
import { PhraseTrie } from '../../../src/lib/conversion/phrase-trie.ts';

const trie = new PhraseTrie();
for (const from of ['甘肃', '張', ']x', '-y', '^z', '\\w']) trie.add({ from, to: from, rule: { kind: 'protected-name' } });

describe('PhraseTrie.startPattern', () => {
  test.each([
    { id: 'first-character', text: '在甘肃省', expected: true },
    { id: 'one-character-entry', text: '張先生', expected: true },
    { id: 'negative-second-character-only', text: '新肃', expected: false },
    { id: 'negative-no-entry-character', text: '集中签约', expected: false },
    { id: 'bracket-escaped', text: 'a]b', expected: true },
    { id: 'hyphen-escaped', text: 'a-b', expected: true },
    { id: 'caret-escaped', text: 'a^b', expected: true },
    { id: 'backslash-escaped', text: 'a\\b', expected: true },
    { id: 'negative-no-range-from-escapes', text: 'abc', expected: false },
  ])('$id: $text → $expected', ({ text, expected }) => {
    expect(trie.startPattern.test(text)).toBe(expected);
  });

  test('an entry added later is found (the pattern is rebuilt)', () => {
    const growing = new PhraseTrie();
    expect(growing.startPattern.test('刘')).toBe(false);
    growing.add({ from: '刘', to: '劉', rule: { kind: 'protected-name' } });
    expect(growing.startPattern.test('刘')).toBe(true);
  });
});
