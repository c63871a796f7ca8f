/**
 * Byte-level facts the decoder (decode-bytes.ts) decides with: where bytes stop being valid UTF-8,
 * GB18030 or Big5, and how plausible a decoding reads as Chinese (the share of common Han
 * characters: a text in the wrong double-byte encoding decodes to a scatter of rare ones).
 * @example firstInvalidUtf8(new Uint8Array([0xe4, 0xb8, 0xad, 0xff])) // → 3
 */
import iconv from 'iconv-lite';

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
