import { describe, expect, test } from 'vitest';
import { encodeChar, foldFullWidth, pairChar, pairKind } from '../../../scripts/lib/mojibake/gbk.ts';
import { tokenize } from '../../../scripts/lib/mojibake/tokens.ts';

describe('GBK tables', () => {
  // The pairs MOJIBAKE.md names: garbage characters are pairs straddling two real characters.
  test.each([
    [0x82, 0xc8, '側'],
    [0xcb, 0xbf, '丝'],
    [0x9c, 0xca, '準'],
    [0xa3, 0xa1, '！'],
  ])('pair %i %i is %s', (lead, trail, char) => {
    expect(pairKind(lead, trail)).toBe('char');
    expect(pairChar(lead, trail)).toBe(char);
  });

  test.each([
    [0xaf, 0xf0],
    [0xfe, 0x84],
    [0xac, 0xbf],
  ])('pair %i %i is private use or a radical (vanishes in damaged text)', (lead, trail) => {
    expect(pairKind(lead, trail)).toBe('private');
    expect(pairChar(lead, trail)).toBeUndefined();
  });

  test('encodes characters GBK has and refuses those it has not', () => {
    expect(encodeChar('總')).toEqual([0xbf, 0x82]);
    expect(encodeChar('?')).toEqual([0x3f]);
    expect(encodeChar('😀')).toBeUndefined();
  });

  test('folds full-width forms to ASCII only', () => {
    expect(foldFullWidth('關注！“東”，Ｂ。')).toBe('關注!“東”,B。');
  });
});

describe('tokenize', () => {
  test('splits a damaged span into lost bytes, characters and ASCII bytes', () => {
    expect(tokenize('?cè)丝?65萬(wàn)', 0, 5).map((t) => [t.kind, t.kind === 'lost' ? t.reading : t.char])).toEqual([
      ['lost', 'cè'],
      ['char', '丝'],
      ['lost', undefined],
      ['ascii', '6'],
      ['ascii', '5'],
    ]);
  });

  test('keeps an annotation with its character and stops at a line break', () => {
    const tokens = tokenize('?甓(pì)a\nb', 0, 9);
    expect(tokens.map((t) => t.kind)).toEqual(['lost', 'char', 'ascii']);
    expect(tokens[1]).toMatchObject({ char: '甓', annotation: 'pì', end: 6 });
  });
});
