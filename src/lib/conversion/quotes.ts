/**
 * Quotation marks per page script: “”‘’ on Simplified pages, 「」『』 on Traditional pages (the
 * mainland and Taiwan standards; GB/T 15834 and the MOE 重訂標點符號手冊). Applied only to converted
 * text, never to an original on its own page. A ’ or ‘ between two Latin letters or digits is an
 * apostrophe (China’s, ’90s stays), not a quote.
 * @example toScriptQuotes('他说：“要‘快’。”', 'hant') // '他说：「要『快』。」'
 */
import type { Script } from '../../i18n/locales.ts';

const toHant: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const toHans: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };
const latin = /[A-Za-z0-9]/;

/** `text` with its quotation marks in the convention of `to`. */
export function toScriptQuotes(text: string, to: Script): string {
  const table = to === 'hant' ? toHant : toHans;
  const chars = [...text];
  return chars
    .map((char, i) => {
      const mark = table[char];
      if (mark === undefined) return char;
      if ((char === '’' || char === '‘') && latin.test(chars[i - 1] ?? '') && latin.test(chars[i + 1] ?? '')) return char;
      return mark;
    })
    .join('');
}
