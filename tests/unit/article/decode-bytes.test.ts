import { describe, expect, test } from 'vitest';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { DecodeError, decodeBytes, lineAtOffset, maxFileBytes } from '../../../src/lib/article/decode-bytes.ts';
import { firstInvalidGb18030, firstInvalidUtf8, plausibility } from '../../../src/lib/article/byte-validity.ts';

// Real press-conference sentences (source 002 in Traditional, source 003 in Simplified).
const TRADITIONAL = '慶陽市委常委、常務副市長劉長發圍繞“深化改革增活力 奮勇爭先作標桿”介紹相關情況。\n出席發布會的還有慶陽市西峰區委副書記、區長孫文江。';
const SIMPLIFIED = '省政府新闻办举行新闻发布会,介绍全省工业经济运行情况。\n记者:请问下一步将采取哪些措施?';

const bytes = (...parts: Array<number[] | Uint8Array | Buffer>) => new Uint8Array(parts.flatMap((p) => [...p]));
const utf8 = (s: string) => new TextEncoder().encode(s);
const encode = (s: string, encoding: string) => new Uint8Array(iconv.encode(s, encoding));
const crlf = (s: string) => s.replace(/\n/g, '\r\n');
const cr = (s: string) => s.replace(/\n/g, '\r');

describe('decodeBytes: encodings', () => {
  test.each([
    { id: 'utf-8-without-bom', input: utf8(SIMPLIFIED), encoding: 'utf-8', bom: false, newlines: 'lf', text: SIMPLIFIED },
    { id: 'utf-8-with-bom-and-crlf', input: bytes([0xef, 0xbb, 0xbf], utf8(crlf(TRADITIONAL))), encoding: 'utf-8', bom: true, newlines: 'crlf', text: TRADITIONAL },
    { id: 'utf-16le-with-bom', input: bytes([0xff, 0xfe], Buffer.from(TRADITIONAL, 'utf16le')), encoding: 'utf-16le', bom: true, newlines: 'lf', text: TRADITIONAL },
    { id: 'utf-16be-with-bom', input: bytes([0xfe, 0xff], Buffer.from(TRADITIONAL, 'utf16le').swap16()), encoding: 'utf-16be', bom: true, newlines: 'lf', text: TRADITIONAL },
    { id: 'gb18030-simplified-with-crlf', input: encode(crlf(SIMPLIFIED), 'gb18030'), encoding: 'gb18030', bom: false, newlines: 'crlf', text: SIMPLIFIED },
    { id: 'gbk-traditional', input: encode(TRADITIONAL, 'gbk'), encoding: 'gb18030', bom: false, newlines: 'lf', text: TRADITIONAL },
    { id: 'gb18030-four-byte-sequence', input: encode('歐元符號€與𠀀字', 'gb18030'), encoding: 'gb18030', bom: false, newlines: 'none', text: '歐元符號€與𠀀字' },
    { id: 'big5-traditional-with-cr', input: encode(cr(TRADITIONAL), 'big5'), encoding: 'big5', bom: false, newlines: 'cr', text: TRADITIONAL },
    { id: 'ascii-only', input: utf8('Press release 2025\n'), encoding: 'utf-8', bom: false, newlines: 'lf', text: 'Press release 2025\n' },
    { id: 'mixed-newlines', input: utf8('甲\r\n乙\n丙\r丁'), encoding: 'utf-8', bom: false, newlines: 'mixed', text: '甲\n乙\n丙\n丁' },
  ])('$id', ({ input, encoding, bom, newlines, text }) => {
    expect(decodeBytes(input)).toEqual({ text, encoding, bom, newlines });
  });
});

describe('decodeBytes: errors name the byte offset and the fix', () => {
  const gbkPart = encode('慶陽市委常委', 'gbk');
  const utf8Part = utf8('新聞發布會現場,主持人介紹情況');
  test.each([
    { id: 'empty', input: new Uint8Array(), offset: 0, message: /The file is empty/ },
    { id: 'bom-only', input: bytes([0xef, 0xbb, 0xbf]), offset: 0, message: /empty/ },
    { id: 'nul-byte', input: bytes(utf8('abc'), [0x00], utf8('def')), offset: 3, message: /NUL byte.*binary file/ },
    { id: 'utf-16-without-bom', input: new Uint8Array(Buffer.from('ab', 'utf16le')), offset: 1, message: /UTF-16 without a byte-order mark/ },
    { id: 'control-byte', input: bytes(utf8('新聞'), [0x07], utf8('發布')), offset: 6, message: /control character U\+0007 at byte 6/ },
    { id: 'undecodable-byte', input: bytes(utf8('abc'), [0x80], utf8('def')), offset: 3, message: /Byte 3 \(0x80\) is not valid/ },
    { id: 'utf-8-then-gbk', input: bytes(utf8Part, gbkPart), offset: utf8Part.length, message: /Mixed encodings: the text is UTF-8 up to byte \d+, then GB18030/ },
    { id: 'gbk-then-utf-8', input: bytes(gbkPart, utf8(','), utf8Part), offset: gbkPart.length, message: /Mixed encodings: the text is GB18030 up to byte \d+, then UTF-8/ },
    { id: 'damaged-utf-8', input: bytes(utf8Part, [0xe6, 0x96]), offset: utf8Part.length, message: /not valid UTF-8, and the text before it is UTF-8/ },
    { id: 'utf-16-odd-length', input: bytes([0xff, 0xfe], Buffer.from('甲乙', 'utf16le'), [0x41]), offset: 6, message: /odd number of bytes/ },
    { id: 'utf-16-unpaired-surrogate', input: bytes([0xff, 0xfe], [0x32, 0x75, 0x00, 0xd8, 0x59, 0x4e]), offset: 4, message: /unpaired surrogate/ },
  ])('$id', ({ input, offset, message }) => {
    let error: unknown;
    try {
      decodeBytes(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).offset).toBe(offset);
    expect((error as DecodeError).message).toMatch(message);
  });
});

describe('decodeBytes with the article policy (UTF-8 only; the validator, the site, every reader of content/articles/)', () => {
  const concat = (...parts: (Uint8Array | number[])[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => Array.from(part)));
  test.each([
    { name: 'UTF-8 text', bytes: utf8('---\nid: a\n---\n正文'), text: '---\nid: a\n---\n正文' },
    { name: 'UTF-8 with a byte-order mark (dropped)', bytes: concat([0xef, 0xbb, 0xbf], utf8('---\n')), text: '---\n' },
    { name: 'tabs are text, CRLF becomes LF', bytes: utf8('a\tb\r\nc'), text: 'a\tb\nc' },
  ])('reads $name', ({ bytes, text }) => {
    expect(decodeBytes(bytes, { policy: 'article' }).text).toBe(text);
  });

  test.each([
    { name: 'empty', bytes: new Uint8Array(0), offset: 0, problem: /^The file is empty \(0 bytes\)\.$/ },
    { name: 'many megabytes', bytes: new Uint8Array(5 * 1024 * 1024).fill(0x61), offset: maxFileBytes, problem: /^The file is 5\.0 MB \(5242880 bytes\); an article must be at most 1 MB/ },
    { name: 'PDF', bytes: utf8('%PDF-1.7\n'), offset: 0, problem: /^This is a PDF document, not a Markdown text file\.$/ },
    { name: 'Word .docx', bytes: Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14), offset: 0, problem: /^This is a ZIP archive \(e\.g\. a \.docx Word document\)/ },
    { name: 'UTF-16 LE', bytes: Uint8Array.of(0xff, 0xfe, 0x2d, 0x00), offset: 0, problem: /^The file is UTF-16 \(little-endian/ },
    { name: 'UTF-16 BE', bytes: Uint8Array.of(0xfe, 0xff, 0x00, 0x2d), offset: 0, problem: /^The file is UTF-16 \(big-endian/ },
    { name: 'NUL byte', bytes: concat(utf8('---\n'), [0x00, 0x01]), offset: 4, problem: /^The file contains a NUL byte \(00\) at byte 4/ },
    { name: 'control character', bytes: utf8('正文\u0007'), offset: 6, problem: /^The file contains the control character U\+0007 at byte 6/ },
    { name: 'control character after a BOM (offset counts the BOM)', bytes: concat([0xef, 0xbb, 0xbf], utf8('正\u001b')), offset: 6, problem: /control character U\+001B at byte 6/ },
    { name: 'GB18030 text', bytes: Uint8Array.of(0x2d, 0x0a, 0xc8, 0xce, 0xd5, 0xf1, 0xba, 0xd7), offset: 2, problem: /^The bytes are not UTF-8: the first invalid byte sequence is c8 ce d5 f1\. They read as GB18030 \(“任振鹤/ },
    { name: 'UTF-8 then GB18030', bytes: concat(utf8('正文\n'), [0xc8, 0xce, 0xd5, 0xf1, 0xba, 0xd7]), offset: 7, problem: /^Mixed encodings: the text is UTF-8 up to byte 7, then come bytes that are not UTF-8 \(c8 ce d5 f1\)\. They read as GB18030/ },
    { name: 'Big5 text', bytes: Uint8Array.of(0xa5, 0xf4, 0xae, 0xb6, 0xc5, 0x71), offset: 0, problem: /^The bytes are not UTF-8: the first invalid byte sequence is a5 f4 ae b6\./ },
  ])('refuses $name at byte $offset', ({ bytes, offset, problem }) => {
    let error: unknown;
    try {
      decodeBytes(bytes, { policy: 'article' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).offset).toBe(offset);
    expect((error as DecodeError).problem).toMatch(problem);
    expect((error as DecodeError).fix.length).toBeGreaterThan(10);
  });

  test.each([
    { offset: 0, line: 1 },
    { offset: 2, line: 2 },
    { offset: 4, line: 3 },
  ])('byte $offset is on line $line', ({ offset, line }) => {
    expect(lineAtOffset(utf8('a\nb\nc'), offset)).toBe(line);
  });
});

describe('validity scanners and plausibility', () => {
  test.each([
    { name: 'ASCII', bytes: utf8('abc'), expected: -1 },
    { name: '4-byte character', bytes: utf8('𠮷'), expected: -1 },
    { name: 'lone continuation byte', bytes: bytes(utf8('ab'), [0x80]), expected: 2 },
    { name: 'truncated 3-byte sequence at the end', bytes: bytes(utf8('好'), [0xe5, 0xa5]), expected: 3 },
    { name: 'overlong encoding of /', bytes: Uint8Array.of(0xc0, 0xaf), expected: 0 },
    { name: 'UTF-16 surrogate encoded as UTF-8', bytes: Uint8Array.of(0x41, 0xed, 0xa0, 0x80), expected: 1 },
    { name: 'above U+10FFFF', bytes: Uint8Array.of(0xf4, 0x90, 0x80, 0x80), expected: 0 },
  ])('firstInvalidUtf8: $name → $expected', ({ bytes: input, expected }) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });

  test('the first invalid UTF-8 byte is found, overlong forms included', () => {
    expect(firstInvalidUtf8(utf8('甲乙'))).toBe(-1);
    expect(firstInvalidUtf8(bytes(utf8('甲'), [0xe0, 0x80, 0x80]))).toBe(3);
  });

  test('GB18030 two- and four-byte sequences are valid, a lone lead byte is not', () => {
    expect(firstInvalidGb18030(encode('甲𠀀乙', 'gb18030'))).toBe(-1);
    expect(firstInvalidGb18030(bytes(encode('甲', 'gbk'), [0xc4]))).toBe(2);
  });

  test('a text in the right encoding is more plausible than the same bytes in the wrong one', () => {
    for (const text of [TRADITIONAL, SIMPLIFIED]) {
      const gbk = new Uint8Array(iconv.encode(text, 'gbk'));
      expect(plausibility(iconv.decode(Buffer.from(gbk), 'gbk'))).toBeGreaterThan(plausibility(iconv.decode(Buffer.from(gbk), 'big5')));
    }
    const big5 = iconv.encode(TRADITIONAL, 'big5');
    expect(plausibility(iconv.decode(big5, 'big5'))).toBeGreaterThan(plausibility(iconv.decode(big5, 'gbk')));
  });
});

describe('decodeBytes on the real sources', () => {
  test.each(['000_346911de383feeea', '001_a72937d6c9f82b4b', '002_8a6e40267bf6ab56', '003_9505c1ccdbaa8d17', '004_a79ee2d5702d4071'])('%s is UTF-8 without BOM', (id) => {
    const raw = readFileSync(`content/sources/${id}.txt`);
    const decoded = decodeBytes(new Uint8Array(raw));
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.bom).toBe(false);
    expect(decoded.text).toBe(raw.toString('utf8').replace(/\r\n?/g, '\n'));
  });
});
