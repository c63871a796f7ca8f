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

/** A function that folds text to its search form. */
export type Fold = (text: string) => string;

/**
 * Creates a fold from a table of concatenated character pairs `from to from to …`.
 * Besides the table, fullwidth letters and digits become ASCII, the ideographic space a space, and Latin
 * letters lower case: all of them one code unit to one code unit.
 * @example createFold('發发')('發展ＡＩ') // '发展ai'
 */
export function createFold(table: string): Fold {
  const map = new Map<string, string>();
  const chars = Array.from(table);
  if (chars.length % 2 !== 0) throw new Error('fold table: odd number of characters; expected pairs `from to`');
  for (let i = 0; i < chars.length; i += 2) {
    const from = chars[i]!;
    const to = chars[i + 1]!;
    // Folding must keep offsets: a pair that changes the UTF-16 length would shift every highlight after it.
    if (from.length !== to.length) throw new Error(`fold table: ${from} → ${to} changes the text length`);
    map.set(from, to);
  }
  return (text) => {
    let out = '';
    for (const char of text) out += foldChar(map.get(char) ?? char);
    return out;
  };
}

function foldChar(char: string): string {
  const code = char.codePointAt(0)!;
  // Fullwidth letters and digits only: fullwidth punctuation (，？：) is how Chinese text is written.
  if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a)) {
    return String.fromCharCode(code - 0xfee0).toLowerCase();
  }
  if (code === 0x3000) return ' ';
  if (code < 0x80) return char.toLowerCase();
  return char;
}
