/**
 * Stage html-remnants: a text copied from a web page can carry its HTML — `&nbsp;` indents,
 * `&ldquo;…&rdquo;` quotes, `<br>` and `<p>` tags. Character references are decoded to the characters
 * they stand for (rule `html-entities`) and line-level wrapper tags removed (rule `html-markup`), each
 * change reported with its line; nothing else is touched: an unknown reference or any other tag
 * (`<script>`, `<a href>`, `<img>`) stays as printed — escaped as text by the writer — with a warning
 * naming the line, so the maintainer can look. Lines are never split or joined here (a `<br>`
 * inside a line is reported), so every line number still points at the raw file.
 * @example decodeHtmlRemnants('&nbsp;&nbsp;打响&ldquo;如意甘肃&rdquo;品牌。<br>').text // '  打响“如意甘肃”品牌。'
 */
import { namedReferences, wrapperTags } from './data/html-remnants.ts';

/** One change of the stage: its rule, 1-based line, what was printed and what it became. */
export interface MarkupChange {
  rule: 'html-entities' | 'html-markup';
  line: number;
  before: string;
  after: string;
}

/** Result of {@link decodeHtmlRemnants}. */
export interface MarkupResult {
  text: string;
  changes: MarkupChange[];
  warnings: string[];
}

const reference = /&(?:#(?<dec>[0-9]{1,7})|#[xX](?<hex>[0-9a-fA-F]{1,6})|(?<name>[A-Za-z][A-Za-z0-9]{1,31}));/gu;
const tag = new RegExp(`<\\/?(?<tag>[A-Za-z][A-Za-z0-9]*)\\b(?:\\s[^<>\\n]*)?\\/?>`, 'gu');
const wrappers = new Set(wrapperTags);

/** The character a numeric reference stands for, or undefined for a code point that is no text (controls, surrogates, beyond U+10FFFF). */
function fromCodePoint(code: number): string | undefined {
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) || code < 0x20 || (code >= 0x7f && code < 0xa0)) return undefined;
  return String.fromCodePoint(code);
}

/** Decodes character references and removes wrapper tags, line by line; the text gains or loses no line. */
export function decodeHtmlRemnants(text: string): MarkupResult {
  const changes: MarkupChange[] = [];
  const warnings: string[] = [];
  const lines = text.split('\n').map((line, i) => {
    const at = i + 1;
    // Tags first, on the line as printed; references after: `&lt;b&gt;` is how a page shows the
    // characters “<b>”, so what a reference decodes to is text, never a tag to remove.
    const untagged = line.replace(tag, (whole, name: string, offset: number) => {
      if (!wrappers.has(name.toLowerCase())) {
        warnings.push(`line ${at}: the HTML tag “${whole}” is left as printed (only line wrappers such as <p>, <br>, <span> are removed)`);
        return whole;
      }
      changes.push({ rule: 'html-markup', line: at, before: whole, after: '' });
      if (/^<br\b/iu.test(whole) && line.slice(offset + whole.length).trim() !== '') warnings.push(`line ${at}: a line break “${whole}” inside the line was removed; the line is not split, so the text after it stays in the same paragraph (check the page it came from)`);
      return '';
    });
    return untagged.replace(reference, (whole, ...args) => {
      const groups = args.at(-1) as { dec?: string; hex?: string; name?: string };
      const char = groups.dec !== undefined ? fromCodePoint(Number(groups.dec)) : groups.hex !== undefined ? fromCodePoint(Number.parseInt(groups.hex, 16)) : namedReferences[groups.name ?? ''];
      if (char === undefined) {
        warnings.push(`line ${at}: “${whole}” looks like an HTML character reference the archive does not decode: left as printed (check the page it came from)`);
        return whole;
      }
      changes.push({ rule: 'html-entities', line: at, before: whole, after: char });
      return char;
    });
  });
  return { text: lines.join('\n'), changes, warnings };
}
