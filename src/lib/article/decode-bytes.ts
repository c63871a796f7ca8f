/**
 * The one byte decoder of the archive: bytes → text, for raw texts (the normalizer's decode stage,
 * `npm run import`) and for article files (the validator, the site's content loader, every tool
 * that reads `content/articles/`). Raw texts may be UTF-8 (with or without BOM), UTF-16 LE/BE (with
 * BOM), GB18030/GBK or Big5; articles are UTF-8 only, and any other encoding is named in the error.
 * The BOM is stripped and CRLF/CR become LF — the only place line endings are normalised. Bad input
 * (empty, too large, a document format, binary, undecodable, mixed encodings) is a
 * {@link DecodeError} with the byte offset, what is wrong and how to fix it.
 */
import iconv from 'iconv-lite';
import { firstInvalidBig5, firstInvalidGb18030, firstInvalidUtf8, plausibility } from './byte-validity.ts';
import { articleLimits } from './limits.ts';

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
  /** What is wrong, one sentence. */
  problem: string;
  /** How to fix it, one sentence. */
  fix: string;
  constructor(problem: string, fix: string, offset: number) {
    super(`${problem} — ${fix}`);
    this.problem = problem;
    this.fix = fix;
    this.offset = offset;
  }
}

/** What a file must be: a raw text in any known encoding, or an article (UTF-8 only). */
export type DecodePolicy = 'source' | 'article';

/** Options of {@link decodeBytes}. */
export interface DecodeOptions {
  /** `article`: UTF-8 only (default `source`). */
  policy?: DecodePolicy;
  /** Largest file accepted, in bytes (default {@link maxFileBytes}). */
  maxBytes?: number;
}

/** Largest content file accepted (source or article): the limits table's figure, one owner. */
export const maxFileBytes: number = articleLimits.maxBytes;

/** Signatures of files that are not text (first bytes → what they are). */
const binarySignatures: readonly { bytes: readonly number[]; kind: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a ZIP archive (e.g. a .docx Word document)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'an old Word/Office document (.doc)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
];

/** How to fix an encoding problem, per policy. */
const fixes: Record<DecodePolicy, { empty: string; document: string; convert: string }> = {
  source: {
    empty: 'check the path or re-export the text',
    document: 'copy the text out of it into a .txt file and import that',
    convert: 'convert the file to UTF-8 (e.g. `iconv -f <encoding> -t UTF-8`) and import it again',
  },
  article: {
    empty: 'Write the article into it (start from `npm run new -- --title … --date …`) or delete the file.',
    document: 'Copy the article text into a UTF-8 .md file (start from `npm run new`).',
    convert: 'Convert the file to UTF-8 (e.g. `iconv -f GB18030 -t UTF-8 in.md > out.md`, or “Save as… UTF-8” in the editor), or put the raw text in content/sources/ and run `npm run import`.',
  },
};

/** 1-based line of a byte offset. */
export function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

const hex = (b: number | undefined) => `0x${(b ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
const CONVERT = fixes.source.convert;
const spaced = (bytes: Uint8Array, offset: number): string => Array.from(bytes.subarray(offset, offset + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');

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
function checkBinary(bytes: Uint8Array, base: number, policy: DecodePolicy): void {
  const fix = policy === 'article' ? 'Check that this is the right file, and save the article as UTF-8 text.' : `check that this is the right file, or ${CONVERT}`;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    const at = base + i;
    if (b === 0) throw new DecodeError(`The file contains a NUL byte (00) at byte ${at}: this is a binary file, or UTF-16 without a byte-order mark, not a text.`, fix, at);
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f) {
      throw new DecodeError(`The file contains the control character U+${b.toString(16).toUpperCase().padStart(4, '0')} at byte ${at}, which never occurs in a written text: this does not look like a text file.`, fix, at);
    }
  }
}

function finish(text: string, encoding: Encoding, bom: boolean): Decoded {
  return { text: text.replace(/\r\n?/g, '\n'), encoding, bom, newlines: classifyNewlines(text) };
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  if (bytes.length % 2 !== 0) throw new DecodeError(`The file has an odd number of bytes (${bytes.length}) for ${encoding}: the last byte is incomplete.`, 'the file is truncated: export it again', bytes.length - 1);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
  } catch {
    const lossy = new TextDecoder(encoding).decode(bytes.subarray(2));
    const at = 2 + 2 * lossy.indexOf('\uFFFD');
    throw new DecodeError(`Bytes ${at}–${at + 1} are an unpaired surrogate in ${encoding}: the file is damaged.`, CONVERT, at);
  }
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u.exec(text);
  if (control) {
    const at = 2 + 2 * control.index;
    throw new DecodeError(`Bytes ${at}–${at + 1} are the control character U+${(control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')} in ${encoding}, which never occurs in a written text: this does not look like a text file.`, `check that this is the right file, or ${CONVERT}`, at);
  }
  return finish(text, encoding, true);
}

const encodingName = (encoding: 'gb18030' | 'big5'): string => (encoding === 'gb18030' ? 'GB18030' : 'Big5');

/** What bytes that are not valid UTF-8 are (offsets relative to the bytes given). */
type Detection =
  | { kind: 'utf-8-then'; at: number; other: 'gb18030' | 'big5' }
  | { kind: 'damaged-utf-8'; at: number }
  | { kind: 'then-utf-8'; at: number; other: 'gb18030' | 'big5' }
  | { kind: 'double-byte'; encoding: 'gb18030' | 'big5'; text: string }
  | { kind: 'unknown'; at: number; closest: string };

/** Detects what non-UTF-8 bytes are: another encoding throughout, two encodings joined, or damage. */
function detect(body: Uint8Array, badUtf8: number, bom: boolean): Detection {
  if (bom || utf8Sequences(body, 0, badUtf8) >= 2) {
    // A UTF-8 region before the first invalid byte: what follows may be another encoding.
    const other = (['gb18030', 'big5'] as const).find((e) => isPlausibleRegion(body.subarray(badUtf8), e));
    return other ? { kind: 'utf-8-then', at: badUtf8, other } : { kind: 'damaged-utf-8', at: badUtf8 };
  }
  // A double-byte region followed by a UTF-8 region (two files assembled into one).
  const tail = utf8TailStart(body);
  if (utf8Sequences(body, tail, body.length) >= 4) {
    const other = (['gb18030', 'big5'] as const).find((e) => isPlausibleRegion(body.subarray(0, tail), e));
    if (other) return { kind: 'then-utf-8', at: tail, other };
  }
  const candidates = (['gb18030', 'big5'] as const).map((encoding) => {
    const invalid = encoding === 'gb18030' ? firstInvalidGb18030(body) : firstInvalidBig5(body);
    const text = invalid === -1 ? iconv.decode(body as Buffer, encoding) : '';
    return { encoding, invalid, text, score: invalid === -1 ? plausibility(text) : -1 };
  });
  const best = candidates.filter((c) => c.invalid === -1).sort((a, b) => b.score - a.score)[0];
  if (best) return { kind: 'double-byte', encoding: best.encoding, text: best.text };
  const furthest = [...candidates, { encoding: 'utf-8' as const, invalid: badUtf8 }].sort((a, b) => b.invalid - a.invalid)[0] as { encoding: string; invalid: number };
  return { kind: 'unknown', at: furthest.invalid, closest: furthest.encoding.toUpperCase() };
}

/** A short sample of how bytes read in an encoding, for messages. */
function sample(bytes: Uint8Array, encoding: 'gb18030' | 'big5'): string {
  const text = iconv.decode(Buffer.from(bytes.subarray(0, 64)), encoding);
  return (text.split('\n').find((line) => line.trim() !== '') ?? '').slice(0, 12);
}

/** The error for bytes that are not UTF-8, in the words of the policy. */
function notUtf8(body: Uint8Array, base: number, detection: Detection, policy: DecodePolicy): DecodeError {
  if (policy === 'source') {
    switch (detection.kind) {
      case 'utf-8-then':
        return new DecodeError(`Mixed encodings: the text is UTF-8 up to byte ${base + detection.at}, then ${encodingName(detection.other)} from byte ${base + detection.at} (${hex(body[detection.at])}).`, 'convert the second part to UTF-8 and join the parts again', base + detection.at);
      case 'damaged-utf-8':
        return new DecodeError(`Byte ${base + detection.at} (${hex(body[detection.at])}) is not valid UTF-8, and the text before it is UTF-8: the file is damaged there.`, `fix or remove the bytes, or ${CONVERT}`, base + detection.at);
      case 'then-utf-8':
        return new DecodeError(`Mixed encodings: the text is ${encodingName(detection.other)} up to byte ${base + detection.at}, then UTF-8 from byte ${base + detection.at}.`, 'convert the first part to UTF-8 and join the parts again', base + detection.at);
      case 'unknown':
        return new DecodeError(`Byte ${base + detection.at} (${hex(body[detection.at])}) is not valid ${detection.closest}, the closest match (not UTF-8, GB18030 or Big5 throughout): the file is damaged or in another encoding.`, CONVERT, base + detection.at);
      case 'double-byte':
        throw new Error('internal: a double-byte text is decoded, not refused');
    }
  }
  const reads = (from: number, encoding: 'gb18030' | 'big5' | undefined): string => (encoding ? ` They read as ${encodingName(encoding).toUpperCase()} (“${sample(body.subarray(from), encoding)}…”).` : '');
  switch (detection.kind) {
    case 'utf-8-then':
    case 'damaged-utf-8': {
      const at = base + detection.at;
      const other = detection.kind === 'utf-8-then' ? detection.other : undefined;
      return new DecodeError(`Mixed encodings: the text is UTF-8 up to byte ${at}, then come bytes that are not UTF-8 (${spaced(body, detection.at)}).${reads(detection.at, other)}`, `Re-type or re-paste the text from byte ${at} on as UTF-8; if the whole source is in another encoding, put it in content/sources/ and run \`npm run import\`.`, at);
    }
    case 'then-utf-8':
      return new DecodeError(`Mixed encodings: the text is ${encodingName(detection.other)} up to byte ${base + detection.at}, then UTF-8.`, fixes.article.convert, base + firstInvalidUtf8(body));
    case 'double-byte': {
      const at = firstInvalidUtf8(body);
      return new DecodeError(`The bytes are not UTF-8: the first invalid byte sequence is ${spaced(body, at)}.${reads(at, detection.encoding)}`, fixes.article.convert, base + at);
    }
    case 'unknown': {
      const at = firstInvalidUtf8(body);
      return new DecodeError(`The bytes are not UTF-8: the first invalid byte sequence is ${spaced(body, at)}.`, fixes.article.convert, base + at);
    }
  }
}

/**
 * Decodes a file's bytes: a raw text in any known encoding (`policy: 'source'`, the default) or an
 * article, which must be UTF-8 (`policy: 'article'`). Throws a {@link DecodeError}.
 * @example decodeBytes(new TextEncoder().encode('\uFEFF甲\r\n乙')) // { text: '甲\n乙', encoding: 'utf-8', bom: true, newlines: 'crlf' }
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const policy = options.policy ?? 'source';
  const maxBytes = options.maxBytes ?? maxFileBytes;
  if (bytes.length === 0) throw new DecodeError('The file is empty (0 bytes).', fixes[policy].empty, 0);
  if (bytes.length > maxBytes) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    throw new DecodeError(
      `The file is ${mb} MB (${bytes.length} bytes); ${policy === 'article' ? 'an article' : 'a raw text'} must be at most ${maxBytes / 1024 / 1024} MB, so everything from byte ${maxBytes} on is too much.`,
      'Check that this is the right file; a long text that holds several articles must be split into one file per article.',
      maxBytes,
    );
  }
  const signature = binarySignatures.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature) throw new DecodeError(`This is ${signature.kind}, not a ${policy === 'article' ? 'Markdown ' : ''}text file.`, fixes[policy].document, 0);
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  if (utf16 && policy === 'article') {
    throw new DecodeError(`The file is UTF-16 (${utf16 === 'utf-16le' ? 'little' : 'big'}-endian byte-order mark ${spaced(bytes, 0).slice(0, 5)}); articles are UTF-8.`, 'Save the file as UTF-8 (without byte-order mark).', 0);
  }
  if (utf16) return decodeUtf16(bytes, utf16);
  // Catches EFBBBF (the UTF-8 BOM) before decoding, because the decoder would turn it into U+FEFF.
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const base = bom ? 3 : 0;
  if (body.length === 0) throw new DecodeError('The file is empty: it holds only a byte-order mark.', fixes[policy].empty, 0);
  checkBinary(body, base, policy);
  const badUtf8 = firstInvalidUtf8(body);
  if (badUtf8 === -1) return finish(new TextDecoder('utf-8').decode(body), 'utf-8', bom);
  const detection = detect(body, badUtf8, bom);
  if (detection.kind === 'double-byte' && policy === 'source') return finish(detection.text, detection.encoding, false);
  throw notUtf8(body, base, detection, policy);
}
