/**
 * Reads a hand-written article's bytes as UTF-8 text, or says precisely why it cannot: empty,
 * too large, a binary file, UTF-16, a byte-order mark, bytes that are not UTF-8 (with the byte
 * offset of the first one and the encoding they look like) or UTF-8 mixed with another encoding.
 * Raw texts in other encodings go through `npm run import`, whose decode stage repairs them;
 * articles in `content/articles/` are UTF-8 only, so there is one way to read them.
 */
import iconv from 'iconv-lite';

/** Why the bytes could not be read, with the byte offset it was found at. */
export interface DecodeProblem {
  offset: number;
  problem: string;
  fix: string;
}

/** The text, or the problem. */
export type DecodeResult = { ok: true; text: string } | { ok: false; error: DecodeProblem };

/** Largest article file accepted: the longest real press release is under 40 KB, a book is not an article. */
export const maxArticleBytes = 1024 * 1024;

/** Signatures of files that are not text (first bytes → what they are). */
const binarySignatures: readonly { bytes: readonly number[]; kind: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], kind: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'a ZIP archive (e.g. a .docx Word document)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'an old Word/Office document (.doc)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
];

/** Encodings a non-UTF-8 Chinese text is likely to be in, tried in this order to name the culprit. */
const likelyEncodings = ['gb18030', 'big5'] as const;

const toUtf8Fix = 'Convert the file to UTF-8 (e.g. `iconv -f GB18030 -t UTF-8 in.md > out.md`, or “Save as… UTF-8” in the editor), or put the raw text in content/sources/ and run `npm run import`.';

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** 1-based line of a byte offset. */
export function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, or -1.
 * Rejects overlong forms, surrogates and code points above U+10FFFF (RFC 3629 table 3-7).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Whether bytes before `end` contain any multi-byte UTF-8 character (i.e. real UTF-8 text, not just ASCII). */
function hasUtf8Multibyte(bytes: Uint8Array, end: number): boolean {
  for (let i = 0; i < end; i++) if (bytes[i]! >= 0xc2) return true;
  return false;
}

/** The encoding a run of bytes decodes cleanly in, with a short sample, or null. */
function guessEncoding(bytes: Uint8Array): { encoding: string; sample: string } | null {
  const slice = Buffer.from(bytes.subarray(0, 64));
  for (const encoding of likelyEncodings) {
    const text = iconv.decode(slice, encoding);
    // The last character may be cut in half by the slice: ignore it.
    if (!text.slice(0, -1).includes('\uFFFD') && /\p{Script=Han}/u.test(text)) return { encoding: encoding.toUpperCase(), sample: text.split(/\r?\n/).find((line) => line.trim() !== '')!.slice(0, 12) };
  }
  return null;
}

function hex(bytes: Uint8Array, offset: number): string {
  return Array.from(bytes.subarray(offset, offset + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
}

/** Decodes an article file's bytes as UTF-8, or returns the first problem with its byte offset. */
export function decodeArticle(bytes: Uint8Array, maxBytes = maxArticleBytes): DecodeResult {
  const fail = (offset: number, problem: string, fix: string): DecodeResult => ({ ok: false, error: { offset, problem, fix } });
  if (bytes.length === 0) return fail(0, 'The file is empty (0 bytes).', 'Write the article into it (start from `npm run new -- --title … --date …`) or delete the file.');
  if (bytes.length > maxBytes) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return fail(maxBytes, `The file is ${mb} MB (${bytes.length} bytes); an article must be at most ${maxBytes / 1024 / 1024} MB, so everything from byte ${maxBytes} on is too much.`, 'Check that this is the right file; a long text that holds several articles must be split into one file per article.');
  }
  const signature = binarySignatures.find((s) => startsWith(bytes, s.bytes));
  if (signature) return fail(0, `This is ${signature.kind}, not a Markdown text file.`, 'Copy the article text into a UTF-8 .md file (start from `npm run new`).');
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return fail(0, `The file is UTF-16 (${bytes[0] === 0xff ? 'little' : 'big'}-endian byte-order mark ${hex(bytes, 0).slice(0, 5)}); articles are UTF-8.`, 'Save the file as UTF-8 (without byte-order mark).');
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail(nul, 'The file contains a NUL byte (00): it is binary data or UTF-16 without a byte-order mark, not a UTF-8 text.', 'Check that this is the right file, and save the article as UTF-8 text.');
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    const guess = guessEncoding(bytes.subarray(invalid));
    const looks = guess ? ` They read as ${guess.encoding} (“${guess.sample}…”).` : '';
    if (hasUtf8Multibyte(bytes, invalid)) {
      return fail(invalid, `Mixed encodings: the text is UTF-8 up to byte ${invalid}, then come bytes that are not UTF-8 (${hex(bytes, invalid)}).${looks}`, `Re-type or re-paste the text from byte ${invalid} on as UTF-8; if the whole source is in another encoding, put it in content/sources/ and run \`npm run import\`.`);
    }
    return fail(invalid, `The bytes are not UTF-8: the first invalid byte sequence is ${hex(bytes, invalid)}.${looks}`, toUtf8Fix);
  }
  // A UTF-8 byte-order mark is dropped by the decoder, as Astro's frontmatter reader does.
  const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  // Control characters other than tab, LF and CR never occur in a written text.
  const control = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    const offset = Buffer.byteLength(text.slice(0, control.index));
    return fail(offset, `The file contains the control character U+${control[0].codePointAt(0)!.toString(16).padStart(4, '0').toUpperCase()}, which never occurs in a written text: it is binary data or damaged.`, 'Delete the character (or check that this is the right file).');
  }
  return { ok: true, text };
}
