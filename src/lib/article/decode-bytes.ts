/**
 * Stage: raw bytes → text. Detects UTF-8 (with or without BOM), UTF-16 LE/BE (with BOM),
 * GB18030/GBK and Big5, strips the BOM and normalises CRLF/CR to LF. Bad input (empty,
 * binary, undecodable, mixed encodings) is a {@link DecodeError} with the byte offset.
 */
import iconv from 'iconv-lite';

/** A detected encoding. GBK files are reported as gb18030, its superset. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** Result of {@link decodeBytes}. */
export interface Decoded {
  /** The text, BOM stripped, every line break as `\n`. */
  text: string;
  encoding: Encoding;
  bom: boolean;
  /** The line breaks found in the input. */
  newlines: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
}

/** Input that cannot be decoded; `offset` is the byte offset of the problem. */
export class DecodeError extends Error {
  override name = 'DecodeError';
  /** Byte offset (0-based) of the first offending byte. */
  offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

const hex = (b: number | undefined) => `0x${(b ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
const CONVERT = 'convert the file to UTF-8 (e.g. `iconv -f <encoding> -t UTF-8`) and import it again';

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  for (let i = from; i < bytes.length; ) {
    const b = bytes[i] as number;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    // Overlong three/four-byte forms, surrogates and code points above U+10FFFF.
    const c1 = bytes[i + 1] as number;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += n + 1;
  }
  return -1;
}

/** Offset of the first byte that is not valid GB18030 (one, two or four bytes), or -1. */
export function firstInvalidGb18030(bytes: Uint8Array, from = 0): number {
  for (let i = from; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) i += 1;
    else if (b === 0x80 || b === 0xff) return i;
    else {
      const c = bytes[i + 1];
      if (c !== undefined && ((c >= 0x40 && c <= 0x7e) || (c >= 0x80 && c <= 0xfe))) i += 2;
      else if (c !== undefined && c >= 0x30 && c <= 0x39) {
        const d = bytes[i + 2];
        const e = bytes[i + 3];
        if (d === undefined || e === undefined || d < 0x81 || d > 0xfe || e < 0x30 || e > 0x39) return i;
        i += 4;
      } else return i;
    }
  }
  return -1;
}

/** Offset of the first byte that is not valid (and mapped) Big5, or -1. */
export function firstInvalidBig5(bytes: Uint8Array, from = 0): number {
  for (let i = from; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const c = bytes[i + 1];
    if (b < 0x81 || b > 0xfe || c === undefined || !((c >= 0x40 && c <= 0x7e) || (c >= 0xa1 && c <= 0xfe))) return i;
    if (iconv.decode(bytes.subarray(i, i + 2) as Buffer, 'big5') === '\uFFFD') return i;
    i += 2;
  }
  return -1;
}

/** Whether a character is among the most common Han characters (GB2312 level 1 or Big5 level 1). */
function isCommonHan(char: string): boolean {
  const gb = iconv.encode(char, 'gbk');
  if (gb.length === 2 && (gb[0] as number) >= 0xb0 && (gb[0] as number) <= 0xd7 && (gb[1] as number) >= 0xa1) return true;
  const big5 = iconv.encode(char, 'big5');
  if (big5.length !== 2) return false;
  const code = (big5[0] as number) * 256 + (big5[1] as number);
  return code >= 0xa440 && code <= 0xc67e;
}

/**
 * Plausibility of a decoding: the share of its Han characters that are common ones. A text in
 * the wrong double-byte encoding decodes to a scatter of rare characters.
 */
export function plausibility(text: string): number {
  let han = 0;
  let common = 0;
  for (const c of text) {
    if (!/\p{Script=Han}/u.test(c)) continue;
    han++;
    if (isCommonHan(c)) common++;
  }
  return han === 0 ? 0 : common / han;
}

/** Count of multi-byte UTF-8 sequences in bytes[from, to) (assumed valid). */
function utf8Sequences(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if ((bytes[i] as number) >= 0xc2 && (bytes[i] as number) <= 0xf4) n++;
  return n;
}

/** Whether bytes are valid in a double-byte encoding and read as Chinese (two or more mostly common Han characters). */
function isPlausibleRegion(region: Uint8Array, encoding: 'gb18030' | 'big5'): boolean {
  const invalid = encoding === 'gb18030' ? firstInvalidGb18030(region) : firstInvalidBig5(region);
  if (invalid !== -1) return false;
  const text = iconv.decode(region as Buffer, encoding);
  return (text.match(/\p{Script=Han}/gu) ?? []).length >= 2 && plausibility(text) >= 0.5;
}

/**
 * Where a valid UTF-8 tail starts: after the last invalid byte, skipping two-byte sequences
 * (Greek, Cyrillic…) that are in fact double-byte Chinese pairs valid in both encodings.
 */
function utf8TailStart(bytes: Uint8Array): number {
  let last = -1;
  for (let i = firstInvalidUtf8(bytes); i !== -1; i = firstInvalidUtf8(bytes, i + 1)) last = i;
  let p = last + 1;
  if (last === -1) return 0;
  while (p < bytes.length && (bytes[p] as number) >= 0xc2 && (bytes[p] as number) <= 0xdf) p += 2;
  return p;
}

function classifyNewlines(text: string): Decoded['newlines'] {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : cr > 0 ? 'cr' : 'lf';
}

/** Control bytes other than tab and line breaks mean binary data (or UTF-16 without a BOM). */
function checkBinary(bytes: Uint8Array): void {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b === 0) throw new DecodeError(`byte ${i} is a NUL byte: this is a binary file, or UTF-16 without a byte-order mark — ${CONVERT}`, i);
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) {
      throw new DecodeError(`byte ${i} is the control character ${hex(b)}: this does not look like a text file — check that it is the right file, or ${CONVERT}`, i);
    }
  }
}

function finish(text: string, encoding: Encoding, bom: boolean): Decoded {
  return { text: text.replace(/\r\n?/g, '\n'), encoding, bom, newlines: classifyNewlines(text) };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  if (bytes.length % 2 !== 0) throw new DecodeError(`the file has an odd number of bytes (${bytes.length}) for ${encoding}: the last byte is incomplete — the file is truncated`, bytes.length - 1);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
  } catch {
    const lossy = new TextDecoder(encoding).decode(bytes.subarray(2));
    const at = 2 + 2 * lossy.indexOf('\uFFFD');
    throw new DecodeError(`bytes ${at}–${at + 1} are an unpaired surrogate in ${encoding}: the file is damaged — ${CONVERT}`, at);
  }
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u.exec(text);
  if (control) {
    const at = 2 + 2 * control.index;
    throw new DecodeError(`bytes ${at}–${at + 1} are the control character U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} in ${encoding}: this does not look like a text file`, at);
  }
  return finish(text, encoding, true);
}

/**
 * Decodes a raw text file, detecting its encoding.
 * @example decodeBytes(new TextEncoder().encode('\uFEFF甲\r\n乙')) // { text: '甲\n乙', encoding: 'utf-8', bom: true, newlines: 'crlf' }
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('the file is empty: there is nothing to import — check the path or re-export the text', 0);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const base = bom ? 3 : 0;
  if (body.length === 0) throw new DecodeError('the file is empty: it holds only a byte-order mark', 0);
  checkBinary(body);

  const badUtf8 = firstInvalidUtf8(body);
  if (badUtf8 === -1) return finish(new TextDecoder('utf-8').decode(body), 'utf-8', bom);
  if (bom || utf8Sequences(body, 0, badUtf8) >= 2) {
    // A UTF-8 region before the first invalid byte: what follows may be another encoding.
    const rest = body.subarray(badUtf8);
    const other = (['gb18030', 'big5'] as const).find((e) => isPlausibleRegion(rest, e));
    const at = base + badUtf8;
    if (other) throw new DecodeError(`mixed encodings: the text is UTF-8 up to byte ${at}, then ${other === 'gb18030' ? 'GB18030' : 'Big5'} from byte ${at} (${hex(body[badUtf8])}) — convert the second part to UTF-8 and join the parts again`, at);
    throw new DecodeError(`byte ${at} (${hex(body[badUtf8])}) is not valid UTF-8, and the text before it is UTF-8: the file is damaged there — fix or remove the bytes, or ${CONVERT}`, at);
  }

  // A double-byte region followed by a UTF-8 region (two files assembled into one).
  const tail = utf8TailStart(body);
  if (utf8Sequences(body, tail, body.length) >= 4) {
    const head = body.subarray(0, tail);
    const other = (['gb18030', 'big5'] as const).find((e) => isPlausibleRegion(head, e));
    if (other) throw new DecodeError(`mixed encodings: the text is ${other === 'gb18030' ? 'GB18030' : 'Big5'} up to byte ${base + tail}, then UTF-8 from byte ${base + tail} — convert the first part to UTF-8 and join the parts again`, base + tail);
  }

  const candidates = (['gb18030', 'big5'] as const).map((encoding) => {
    const invalid = encoding === 'gb18030' ? firstInvalidGb18030(body) : firstInvalidBig5(body);
    const text = invalid === -1 ? iconv.decode(body as Buffer, encoding) : '';
    return { encoding, invalid, text, score: invalid === -1 ? plausibility(text) : -1 };
  });
  const valid = candidates.filter((c) => c.invalid === -1).sort((a, b) => b.score - a.score);
  const best = valid[0];
  if (!best) {
    const furthest = [...candidates, { encoding: 'utf-8' as const, invalid: badUtf8 }].sort((a, b) => b.invalid - a.invalid)[0] as { encoding: string; invalid: number };
    const at = base + furthest.invalid;
    throw new DecodeError(`byte ${at} (${hex(body[furthest.invalid])}) is not valid ${furthest.encoding.toUpperCase()}, the closest match (not UTF-8, GB18030 or Big5 throughout): the file is damaged or in another encoding — ${CONVERT}`, at);
  }
  return finish(best.text, best.encoding, false);
}
