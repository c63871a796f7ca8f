/**
 * What web pages leave in a text copied or scraped from their HTML: character references and the
 * line-level tags, read by the stage html-remnants (scripts/lib/stages/html-remnants.ts).
 *
 * Provenance: named character references from the HTML Living Standard's table
 * (https://html.spec.whatwg.org/multipage/named-characters.html), the subset Chinese news pages and
 * content mirrors print in their text — spaces used for the two-character paragraph indent (nbsp,
 * ensp, emsp), curly quotes and dashes of pages that escape them (ldquo, rdquo, lsquo, rsquo, mdash,
 * ndash, hellip, middot) and the markup characters (amp, lt, gt, quot, apos) — plus signs of figures
 * (times, divide, deg, plusmn, permil, yen, copy, reg). An unknown name is left as printed and reported.
 * Tags: the line-level wrappers of a page's text (p, br, div, span, font, strong, b, em, i, section,
 * article), never a tag whose content matters (script, style, a, img, table are left and reported).
 */

/** Named character references → the characters they stand for. */
export const namedReferences: Readonly<Record<string, string>> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  bull: '•',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  times: '×',
  divide: '÷',
  deg: '°',
  plusmn: '±',
  permil: '‰',
  yen: '¥',
  copy: '©',
  reg: '®',
};

/** Tags that only wrap or break a page's lines: removed (with their attributes, reported). */
export const wrapperTags: readonly string[] = ['p', 'br', 'div', 'span', 'font', 'strong', 'b', 'em', 'i', 'section', 'article', 'center', 'u'];
