/**
 * PhraseTrie (src/lib/conversion/phrase-trie.ts): every entry whose key starts at a position, shortest
 * first, the first entry added for a key winning. Cases: id, the keys added (key → target), the text,
 * the position, and the matches expected as `length:target`.
 */
import { describe, expect, test } from 'vitest';
import { PhraseTrie } from '../../../src/lib/conversion/phrase-trie.ts';

const rule = { kind: 'opencc', dict: 'test' } as const;

const cases: { id: string; keys: [string, string][]; text: string; at: number; expected: string[] }[] = [
  { id: 'single character', keys: [['发', '發']], text: '发言', at: 0, expected: ['1:發'] },
  { id: 'shortest first, every length that is a key', keys: [['头发', '頭髮'], ['头', '頭'], ['头发长', '頭髮長']], text: '头发长了', at: 0, expected: ['1:頭', '2:頭髮', '3:頭髮長'] },
  { id: 'a prefix that is no key still leads to a longer key', keys: [['集中签约', '集中簽約']], text: '集中签约仪式', at: 0, expected: ['4:集中簽約'] },
  { id: 'the text ending inside a key matches nothing longer', keys: [['集中签约', '集中簽約'], ['集', '集']], text: '集中签', at: 0, expected: ['1:集'] },
  { id: 'a position that starts no key', keys: [['发', '發']], text: '言发', at: 0, expected: [] },
  { id: 'a position inside the text', keys: [['发', '發'], ['发展', '發展']], text: '经济发展', at: 2, expected: ['1:發', '2:發展'] },
  { id: 'a position past the end', keys: [['发', '發']], text: '发', at: 1, expected: [] },
  { id: 'the first entry added for a key wins', keys: [['干', '幹'], ['干', '乾']], text: '干部', at: 0, expected: ['1:幹'] },
  { id: 'keys beyond the BMP are code points, not halves of a pair', keys: [['𠮷野', '𠮷野家'], ['𠮷', '吉']], text: '𠮷野屋', at: 0, expected: ['1:吉', '2:𠮷野家'] },
  { id: 'a key sharing only a first character does not match', keys: [['发展', '發展']], text: '发言', at: 0, expected: [] },
];

describe('PhraseTrie.matchesAt', () => {
  test.each(cases)('$id', ({ keys, text, at, expected }) => {
    const trie = new PhraseTrie();
    for (const [from, to] of keys) trie.add({ from, to, rule });
    expect(trie.matchesAt([...text], at).map((m) => `${m.length}:${m.entry.to}`)).toEqual(expected);
  });
});
