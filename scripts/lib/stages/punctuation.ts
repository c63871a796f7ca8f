/**
 * Makes punctuation inside Chinese text full-width: `, : ; ? !` next to Chinese become `，：；？！`,
 * and a `( )` pair around Chinese becomes `（ ）`. A `,` or `;` after a Latin word, a number or `%`
 * is Chinese too when no space follows it and its run of text (up to the nearest spaces) holds
 * Chinese: `5萬Pflops,DeepSeek`, `100%,80項` (Latin typography puts a space after the mark).
 * A full stop `.` ending a Chinese sentence becomes `。` (`增长8.1%.`, `惠民生."`); a pair of ASCII
 * double quotes in Chinese context becomes `“…”` (around Latin too: `名称为"Qinghai, China",`), and a
 * pair of ASCII single quotes around Chinese `‘…’` (`"要坚持'两个毫不动摇'"`); an apostrophe between
 * Latin letters (`China's`) is never one of a pair.
 * Spaces beside such a mark go with the half-width mark (`甘肃: 新闻` → `甘肃：新闻`, `今年 , 全省` →
 * `今年，全省`), before Latin text or a number too (`目标. GDP增长` → `目标。GDP增长`): a full-width mark
 * carries its own spacing, and mainland publications print no space after one (W3C clreq; pangu
 * spacing puts none beside full-width punctuation).
 * Left alone: marks between digits, full-width ones too (`1,213.5`, `10:30`, `ＰＭ２.５`), marks in Latin text (`Hello, world`,
 * `a,b` with no Chinese in its run, `U.S.`, `e.g.`), an ellipsis `...`, URLs, directives
 * (`:gap[…]`), and parentheses around Latin or numbers.
 * @example toFullWidthPunctuation('6月13日上午,国务院') // { text: '6月13日上午，国务院', count: 1 }
 */

const fullWidth: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const fullWidthMarks = new Set([...Object.values(fullWidth), '。']);
/** Chinese characters and Chinese punctuation: the context that makes a mark Chinese. */
const chinese = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’「」『』…—]/u;
/** URLs and Markdown directives (`:gap[…]` from the errata) are never touched. A URL ends before Chinese text or full-width marks and before a comma, colon or other mark after it (`www.gov.cn/zhengce,邮箱`; a final `.` stays the URL's). */
const urlChar = '[^\\s\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’]';
const urlEnd = '[^\\s\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’,;:!?)\'"]';
const untouchable = new RegExp(`(?:(?:https?|ftp):\\/\\/|www\\.)(?:${urlChar}*${urlEnd})?|:{1,3}[a-z][a-z-]*\\[[^\\]]*\\](?:\\{[^}]*\\})?`, 'gu');

function nearest(chars: readonly string[], index: number, step: 1 | -1): string {
  for (let i = index + step; i >= 0 && i < chars.length; i += step) {
    const char = chars[i] ?? '';
    if (char !== ' ') return char;
  }
  return '';
}

/** Whether the mark at `index` is followed by a non-space and its space-delimited run holds Chinese. */
function inChineseRun(chars: readonly string[], index: number): boolean {
  const next = chars[index + 1] ?? '';
  if (next === '' || /\s/.test(next)) return false;
  let start = index;
  while (start > 0 && !/\s/.test(chars[start - 1] ?? ' ')) start--;
  let end = index + 1;
  while (end < chars.length && !/\s/.test(chars[end] ?? ' ')) end++;
  return chars.slice(start, end).some((char) => chinese.test(char));
}

/** Whether the space-delimited run of text around `index` holds Chinese. */
function runHoldsChinese(chars: readonly string[], index: number): boolean {
  let start = index;
  while (start > 0 && !/\s/.test(chars[start - 1] ?? ' ')) start--;
  return chars.slice(start, index).some((char) => chinese.test(char));
}

/** `text` with half-width marks in Chinese context made full-width, and how many were changed. */
export function toFullWidthPunctuation(text: string): { text: string; count: number } {
  const chars = [...text];
  const protectedAt = new Set<number>();
  for (const match of text.matchAll(untouchable)) {
    // Index in code units equals index in chars only before any astral char; map via prefix length.
    const start = [...text.slice(0, match.index)].length;
    for (let i = 0; i < [...match[0]].length; i++) protectedAt.add(start + i);
  }
  let count = 0;
  const original = [...chars];
  // Parentheses first, as pairs: convert when the inside holds Chinese.
  const stack: number[] = [];
  chars.forEach((char, i) => {
    if (protectedAt.has(i)) return;
    if (char === '(') stack.push(i);
    else if (char === ')') {
      const open = stack.pop();
      if (open === undefined) return;
      const inside = chars.slice(open + 1, i).join('');
      if (chinese.test(inside)) {
        chars[open] = '（';
        chars[i] = '）';
        count += 2;
      }
    }
  });
  // ASCII double quotes, as pairs within the text: Chinese when the quoted text or a neighbour outside is.
  const quotes = chars.flatMap((char, i) => (char === '"' && !protectedAt.has(i) ? [i] : []));
  if (quotes.length % 2 === 0) {
    for (let q = 0; q < quotes.length; q += 2) {
      const open = quotes[q] as number;
      const close = quotes[q + 1] as number;
      const inside = original.slice(open + 1, close).join('');
      if (chinese.test(inside) || chinese.test(nearest(original, open, -1)) || chinese.test(nearest(original, close, 1))) {
        chars[open] = '“';
        chars[close] = '”';
        count += 2;
      }
    }
  }
  // ASCII single quotes, as pairs around Chinese text (the quote inside a quote); apostrophes (`China's`) are none.
  const singles = chars.flatMap((char, i) => (char === "'" && !protectedAt.has(i) && !(/[A-Za-z]/.test(original[i - 1] ?? '') && /[A-Za-z]/.test(original[i + 1] ?? '')) ? [i] : []));
  if (singles.length % 2 === 0) {
    for (let q = 0; q < singles.length; q += 2) {
      const open = singles[q] as number;
      const close = singles[q + 1] as number;
      if (chinese.test(original.slice(open + 1, close).join(''))) {
        chars[open] = '‘';
        chars[close] = '’';
        count += 2;
      }
    }
  }
  // A full stop ending a Chinese sentence: after Chinese, or after a number, `%` or Latin word whose
  // run holds Chinese; never before a letter, digit or another `.` (decimals, `U.S.`, `...`).
  chars.forEach((char, i) => {
    if (char !== '.' || protectedAt.has(i)) return;
    const before = original[i - 1] ?? '';
    const after = original[i + 1] ?? '';
    if (before === '.' || after === '.' || /[\p{Nd}\p{Script=Latin}]/u.test(after) || before === '' || /\s/.test(before)) return;
    const closesQuote = after === '"' || after === ')' || after === '）';
    const endsRun = after === '' || /\s/.test(after) || chinese.test(after) || closesQuote;
    if (!endsRun) return;
    if (chinese.test(before) || (/[\p{L}\p{N}%）)"]/u.test(before) && runHoldsChinese(original, i))) {
      chars[i] = '。';
      count++;
    }
  });
  chars.forEach((char, i) => {
    if (protectedAt.has(i) || !',:;?!'.includes(char) || char === '') return;
    // Read from the marks already made full-width, so a run (`哪里??`, `好!!`) goes full-width whole.
    const before = nearest(chars, i, -1);
    const after = nearest(original, i, 1);
    if (/\p{Nd}/u.test(before) && /\p{Nd}/u.test(after)) return;
    if (chinese.test(before) || (chinese.test(after) && !/[A-Za-z]/.test(before)) || (',;'.includes(char) && inChineseRun(original, i))) {
      chars[i] = fullWidth[char] ?? char;
      count++;
    }
  });
  // A full-width mark carries its own spacing: ASCII spaces beside a mark made full-width here are the
  // half-width typography's, and go with it (`甘肃: 新闻` → `甘肃：新闻`, `目标. GDP` → `目标。GDP`) —
  // but not at the start or end of the line, and not into a protected span.
  chars.forEach((char, i) => {
    if (char === original[i] || !fullWidthMarks.has(char)) return;
    for (const step of [-1, 1] as const) {
      let j = i + step;
      while (chars[j] === ' ' && !protectedAt.has(j)) j += step;
      if (j !== i + step && (chars[j] ?? '') !== '' && !protectedAt.has(j)) for (let k = i + step; k !== j; k += step) chars[k] = '';
    }
  });
  return { text: chars.join(''), count };
}
