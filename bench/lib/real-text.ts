/**
 * Real Chinese prose for the benchmark's realistic corpus: paragraphs cut from documentation that
 * Debian ships in both scripts (`manpages-zh`: man pages in zh_CN and zh_TW; `debian-reference-zh-cn`
 * and `-zh-tw`: the Debian Reference as plain text). Unlike the recombined press articles, this text
 * does not repeat, so a corpus that walks through it gains vocabulary with every article until the
 * text runs out (bench/results.md reports distinct bigrams per N). Pure: text in, paragraphs out;
 * `real-text-source.ts` installs and reads the packages.
 */

const han = /[\u3400-\u9fff\uf900-\ufaff]/g;
/** roff requests that start a new paragraph (man(7)); any other request's arguments are text. */
const breakingRequests = new Set(['TH', 'SH', 'SS', 'PP', 'P', 'LP', 'IP', 'TP', 'HP', 'sp', 'br', 'RS', 'RE', 'nf', 'fi', 'in', 'ti', 'ne', 'bp', 'de', 'ds', 'so', 'nr']);
/** Fewest Han characters a paragraph needs, and the least share of Han among its other characters. */
const minHan = 20;
const minHanShare = 0.5;

/** Removes roff escapes from a line of text: fonts, special characters, comments, zero-width marks. */
export function stripRoffEscapes(line: string): string {
  return line
    .replace(/\\".*$/, '')
    .replace(/\\f(?:\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\\(../g, ' ')
    .replace(/\\\*(?:\(..|.)/g, '')
    .replace(/\\s[+-]?\d/g, '')
    .replace(/\\[-e]/g, (m) => (m === '\\-' ? '-' : '\\'))
    .replace(/\\[&|^%c0 ]/g, '')
    .replace(/\\/g, '');
}

/** Joins wrapped lines: no space between two CJK characters, one space otherwise. */
function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const cjkJoin = /[\u3000-\u9fff\uff00-\uffef]$/.test(out) && /^[\u3000-\u9fff\uff00-\uffef]/.test(line);
    out += out === '' || cjkJoin ? line : ` ${line}`;
  }
  return out;
}

/** The text paragraphs of a man page in roff source. */
export function manPageParagraphs(roff: string): string[] {
  const paragraphs: string[][] = [[]];
  for (const line of roff.split(/\r?\n/)) {
    const request = /^[.'][ \t]*([A-Za-z]{1,3})\b ?(.*)$/.exec(line);
    if (request) {
      const [, name = '', args = ''] = request;
      if (breakingRequests.has(name)) paragraphs.push([]);
      // .B, .I, .BR…: their arguments are text (quotes group words).
      else paragraphs[paragraphs.length - 1]?.push(stripRoffEscapes(args.replace(/"/g, '')));
      continue;
    }
    if (/^[.']/.test(line)) continue;
    paragraphs[paragraphs.length - 1]?.push(stripRoffEscapes(line));
  }
  return paragraphs.map(joinLines);
}

/** The paragraphs of a plain-text document: blocks separated by blank lines, wrapped lines joined. */
export function plainTextParagraphs(text: string): string[] {
  return text.split(/\r?\n[ \t]*\r?\n/).map((block) => joinLines(block.split(/\r?\n/)));
}

/**
 * A paragraph fit for a Markdown article body, or null: mostly Han text (at least 20 Han characters,
 * half of the non-space characters), with every character Markdown or a directive could read as
 * syntax replaced by a space and anything before the first Han character cut (list markers, numbers).
 * @example articleParagraph('1. 使用 `apt` 安装软件包时，系统会先下载软件包并检查它们的签名。') → '使用 apt 安装软件包时，系统会先下载软件包并检查它们的签名。'
 */
export function articleParagraph(text: string): string | null {
  const clean = text
    .replace(/[*_`[\]<>#|~\\{}=+^$]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[^\u3400-\u9fff\uf900-\ufaff]+/, '')
    .trim();
  const hanCount = clean.match(han)?.length ?? 0;
  const others = clean.replace(/\s/g, '').length;
  return hanCount >= minHan && hanCount >= minHanShare * others ? clean : null;
}

/** Longest paragraph kept whole, in characters: the real articles' longest is 1,765; the validator refuses lines over 10,000. */
export const maxParagraphChars = 2_000;

/**
 * A long paragraph cut after sentence ends (。！？；) into pieces of at most `max` characters; a
 * sentence longer than that is cut at `max`.
 * @example splitLongParagraph('甲。乙。丙。', 4) → ['甲。乙。', '丙。']
 */
export function splitLongParagraph(text: string, max = maxParagraphChars): string[] {
  const chars = Array.from(text);
  if (chars.length <= max) return [text];
  const sentences = text.match(/[^。！？；]*[。！？；]+|[^。！？；]+$/g) ?? [text];
  const out: string[] = [];
  let piece = '';
  const flush = (): void => {
    if (piece.trim()) out.push(piece.trim());
    piece = '';
  };
  for (const sentence of sentences) {
    if (Array.from(piece).length + Array.from(sentence).length > max) flush();
    const parts = Array.from(sentence);
    for (let i = 0; i < parts.length; i += max) {
      piece += parts.slice(i, i + max).join('');
      if (Array.from(piece).length >= max) flush();
    }
  }
  flush();
  return out;
}

/** The article-fit paragraphs of some paragraphs (long ones cut at sentence ends), each once, in order. */
export function articleParagraphs(paragraphs: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    for (const piece of splitLongParagraph(paragraph)) {
      const clean = articleParagraph(piece);
      if (clean && !seen.has(clean)) {
        seen.add(clean);
        out.push(clean);
      }
    }
  }
  return out;
}
