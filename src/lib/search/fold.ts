/**
 * Script folding for search: maps every character to one search form so that a query typed in
 * Traditional matches text published in Simplified and the reverse, the way case folding makes
 * `Beijing` match `BEIJING`. Folding is character by character and keeps the length of the text in
 * UTF-16 code units, so an offset found in folded text is the same offset in the text as shown.
 *
 * Folding is for matching only, never for display: it maps 乾 to 干 even in 乾隆, which is right for
 * matching (both sides fold the same way) and wrong for reading. Display text is converted at build
 * time with OpenCC's phrase tables and stored in the index.
 *
 * The table (pairs of characters, `發发髮发…`) is generated at build time from OpenCC's data by
 * `scripts/lib/search/fold-table.ts`; the browser receives only the pairs that can matter for the
 * archive's text.
 */

/** UTF-16 code units as text; `ignoreBOM` keeps a leading U+FEFF as the text's first character. */
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
/** Whether a Uint16Array's bytes are little-endian, as the decoder reads them. */
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A function that folds text to its search form. */
export type Fold = (text: string) => string;

/**
 * Creates a fold from a table of concatenated character pairs `from to from to …`.
 * Besides the table, fullwidth letters and digits become ASCII, the ideographic space a space, and Latin
 * letters lower case: all of them one code unit to one code unit.
 * @example createFold('發发')('發展ＡＩ') // '发展ai'
 */
export function createFold(table: string): Fold {
  // A lookup of every UTF-16 code unit (128 KB) makes folding a loop over numbers: the indexer folds
  // every text of the archive, and a Map lookup plus a string per character was most of its time.
  const units = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) units[code] = foldUnit(code);
  const astral = new Map<string, string>();
  const chars = Array.from(table);
  if (chars.length % 2 !== 0) throw new Error('fold table: odd number of characters; expected pairs `from to`');
  for (let i = 0; i < chars.length; i += 2) {
    const from = chars[i]!;
    const to = chars[i + 1]!;
    // Folding must keep offsets: a pair that changes the UTF-16 length would shift every highlight after it.
    if (from.length !== to.length) throw new Error(`fold table: ${from} → ${to} changes the text length`);
    if (from.length === 1) units[from.charCodeAt(0)] = foldUnit(to.charCodeAt(0));
    else astral.set(from, to);
  }
  return (text) => {
    const out = new Uint16Array(text.length);
    let surrogates = false;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const next = astral.size > 0 && code >= 0xd800 && code <= 0xdbff ? astral.get(text.slice(i, i + 2)) : undefined;
      if (next) {
        out[i] = next.charCodeAt(0);
        out[i + 1] = next.charCodeAt(1);
        i++;
      } else out[i] = units[code]!;
      if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
    }
    // Text without surrogates (nearly all of it) is decoded natively, several times faster than fromCharCode (issue 18: the
    // build folds every text of the archive); a surrogate, paired or lone, takes the code-unit-exact path below.
    if (!surrogates && littleEndian) return utf16.decode(out);
    let result = '';
    // fromCharCode takes its arguments on the stack: convert in slices.
    for (let i = 0; i < out.length; i += 8192) result += String.fromCharCode(...out.subarray(i, i + 8192));
    return result;
  };
}

/** Folds one code unit outside the table: fullwidth letters and digits, the ideographic space, Latin case. */
function foldUnit(code: number): number {
  // Fullwidth letters and digits only: fullwidth punctuation (，？：) is how Chinese text is written.
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) code -= 0xfee0;
  if (code === 0x3000) return 0x20;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  return code;
}
