import { describe, expect, test } from 'vitest';
import { decodeArticle, firstInvalidUtf8, lineAtOffset, maxArticleBytes } from '../../../scripts/lib/validate/decode-article.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => Array.from(part)));

describe('firstInvalidUtf8', () => {
  test.each([
    { name: 'ASCII', bytes: utf8('abc'), expected: -1 },
    { name: 'Chinese', bytes: utf8('任振鹤：谢谢。'), expected: -1 },
    { name: '4-byte character', bytes: utf8('𠮷'), expected: -1 },
    { name: 'lone continuation byte', bytes: concat(utf8('ab'), [0x80]), expected: 2 },
    { name: 'truncated 3-byte sequence at the end', bytes: concat(utf8('好'), [0xe5, 0xa5]), expected: 3 },
    { name: 'overlong encoding of /', bytes: Uint8Array.of(0xc0, 0xaf), expected: 0 },
    { name: 'UTF-16 surrogate encoded as UTF-8', bytes: Uint8Array.of(0x41, 0xed, 0xa0, 0x80), expected: 1 },
    { name: 'above U+10FFFF', bytes: Uint8Array.of(0xf4, 0x90, 0x80, 0x80), expected: 0 },
    { name: 'GB18030 bytes', bytes: Uint8Array.of(0xc8, 0xce), expected: 0 },
  ])('$name → $expected', ({ bytes, expected }) => {
    expect(firstInvalidUtf8(bytes)).toBe(expected);
  });
});

describe('decodeArticle', () => {
  test.each([
    { name: 'UTF-8 text', bytes: utf8('---\nid: a\n---\n正文'), text: '---\nid: a\n---\n正文' },
    { name: 'UTF-8 with a byte-order mark (dropped, as Astro does)', bytes: concat([0xef, 0xbb, 0xbf], utf8('---\n')), text: '---\n' },
    { name: 'tabs and CRLF are text', bytes: utf8('a\tb\r\nc'), text: 'a\tb\r\nc' },
  ])('reads $name', ({ bytes, text }) => {
    expect(decodeArticle(bytes)).toEqual({ ok: true, text });
  });

  test.each([
    { name: 'empty', bytes: new Uint8Array(0), offset: 0, problem: /^The file is empty \(0 bytes\)\.$/ },
    { name: 'many megabytes', bytes: new Uint8Array(5 * 1024 * 1024).fill(0x61), offset: maxArticleBytes, problem: /^The file is 5\.0 MB \(5242880 bytes\); an article must be at most 1 MB/ },
    { name: 'PDF', bytes: utf8('%PDF-1.7\n'), offset: 0, problem: /^This is a PDF document/ },
    { name: 'Word .docx', bytes: Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14), offset: 0, problem: /^This is a ZIP archive \(e\.g\. a \.docx Word document\)/ },
    { name: 'UTF-16 LE', bytes: Uint8Array.of(0xff, 0xfe, 0x2d, 0x00), offset: 0, problem: /^The file is UTF-16 \(little-endian/ },
    { name: 'UTF-16 BE', bytes: Uint8Array.of(0xfe, 0xff, 0x00, 0x2d), offset: 0, problem: /^The file is UTF-16 \(big-endian/ },
    { name: 'NUL byte', bytes: concat(utf8('---\n'), [0x00, 0x01]), offset: 4, problem: /^The file contains a NUL byte/ },
    { name: 'control character', bytes: utf8('正文\u0007'), offset: 6, problem: /^The file contains the control character U\+0007/ },
    { name: 'GB18030 text', bytes: Uint8Array.of(0x2d, 0x0a, 0xc8, 0xce, 0xd5, 0xf1, 0xba, 0xd7), offset: 2, problem: /^The bytes are not UTF-8: the first invalid byte sequence is c8 ce d5 f1\. They read as GB18030 \(“任振鹤/ },
    { name: 'UTF-8 then GB18030', bytes: concat(utf8('正文\n'), [0xc8, 0xce, 0xd5, 0xf1, 0xba, 0xd7]), offset: 7, problem: /^Mixed encodings: the text is UTF-8 up to byte 7, then come bytes that are not UTF-8 \(c8 ce d5 f1\)\. They read as GB18030/ },
    { name: 'Big5 text', bytes: Uint8Array.of(0xa5, 0xf4, 0xae, 0xb6, 0xc5, 0x71), offset: 0, problem: /^The bytes are not UTF-8: the first invalid byte sequence is a5 f4 ae b6\. They read as (GB18030|BIG5)/ },
  ])('refuses $name at byte $offset', ({ bytes, offset, problem }) => {
    const result = decodeArticle(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.offset).toBe(offset);
    expect(result.error.problem).toMatch(problem);
    expect(result.error.fix.length).toBeGreaterThan(10);
  });

  test.each([
    { bytes: utf8('a\nb\nc'), offset: 0, line: 1 },
    { bytes: utf8('a\nb\nc'), offset: 2, line: 2 },
    { bytes: utf8('a\nb\nc'), offset: 4, line: 3 },
  ])('byte $offset is on line $line', ({ bytes, offset, line }) => {
    expect(lineAtOffset(bytes, offset)).toBe(line);
  });
});
