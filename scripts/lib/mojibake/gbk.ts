/**
 * GBK code tables for the misalignment repair, built once from iconv-lite: what each
 * double-byte pair decodes to and of which kind it is.
 * @see https://github.com/ashtuchkin/iconv-lite — GBK/GB18030 tables (WHATWG encoding standard).
 */
import iconv from 'iconv-lite';

/** What a double-byte pair is: a normal character, a private-use or radical code point that
 * damaged text loses, or no character at all. */
export type PairKind = 'char' | 'private' | 'unmapped';

const chars: Array<string | undefined> = new Array(65536);
const kinds = new Uint8Array(65536); // 0 = unmapped, 1 = char, 2 = private
let built = false;

function build(): void {
  if (built) return;
  const pair = Buffer.alloc(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const s = iconv.decode(pair, 'gbk');
      if (s.length !== 1 || s === '\uFFFD') continue;
      const cp = s.codePointAt(0) as number;
      const code = lead * 256 + trail;
      chars[code] = s;
      // Private-use (GBK user-defined areas) and CJK radicals: the damaged sources show them
      // vanishing or turning into '?', never as themselves.
      kinds[code] = (cp >= 0xe000 && cp <= 0xf8ff) || (cp >= 0x2e80 && cp <= 0x2fdf) ? 2 : 1;
    }
  }
  built = true;
}

/** Kind of the pair (lead, trail). */
export function pairKind(lead: number, trail: number): PairKind {
  build();
  const k = kinds[lead * 256 + trail];
  return k === 1 ? 'char' : k === 2 ? 'private' : 'unmapped';
}

/** The character a valid pair decodes to, or undefined for private/unmapped pairs. */
export function pairChar(lead: number, trail: number): string | undefined {
  build();
  return kinds[lead * 256 + trail] === 1 ? chars[lead * 256 + trail] : undefined;
}

/** Whether a byte can start a double-byte GBK character. */
export function isLead(byte: number): boolean {
  return byte >= 0x81 && byte <= 0xfe;
}

const encoded = new Map<string, readonly number[] | undefined>();

/** GBK bytes of one character, or undefined when GBK cannot encode it. */
export function encodeChar(char: string): readonly number[] | undefined {
  if (encoded.has(char)) return encoded.get(char);
  let bytes: number[] | undefined = [...iconv.encode(char, 'gbk')];
  if ((bytes.length === 1 && bytes[0] === 0x3f && char !== '?') || iconv.decode(Buffer.from(bytes), 'gbk') !== char) bytes = undefined;
  encoded.set(char, bytes);
  return bytes;
}

/** GBK bytes of a whole string (every character must be encodable). */
export function encodeText(text: string): Uint8Array {
  return new Uint8Array(iconv.encode(text, 'gbk'));
}

/** The full-width form of a printable ASCII character (`!` → `！`), which the damaged
 * sources fold back to ASCII. */
export function fullWidthOf(ascii: string): string {
  return String.fromCharCode(ascii.charCodeAt(0) + 0xfee0);
}

/** Folds full-width ASCII forms (U+FF01–FF5E) to ASCII, as the damaged sources' converter did. */
export function foldFullWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** All pairs of a kind, indexed by lead byte (for enumerating what a lost pair could have been). */
export function pairsByLead(kind: PairKind): Map<number, number[]> {
  build();
  const out = new Map<number, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail !== 0x7f && pairKind(lead, trail) === kind) {
        const list = out.get(lead) ?? [];
        list.push(trail);
        out.set(lead, list);
      }
    }
  }
  return out;
}
