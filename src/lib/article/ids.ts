/**
 * Every ASCII id of the archive, made in one place from Chinese text with pinyin-pro (tones
 * dropped, ü written v), so the same text gets the same id in every tool and in both scripts:
 * article ids (date + the title's first syllables; `npm run new` and `npm run import` alike),
 * speaker ids (surname, then the given name run together, read with pinyin-pro's surname mode:
 * 单雄 → shan-xiong, 曾庆红 → zeng-qinghong) and outlet/region ids (every syllable apart).
 * Anchor ids are positional and made by the model (`t5-p2`), not here.
 * @see https://pinyin-pro.cn/ (options `surname`, `nonZh`, `v`)
 */
import { pinyin } from 'pinyin-pro';
import { withoutLeadingDate } from './chinese-date.ts';

/** How many syllables of a title go into an article id: enough to tell articles of one day apart. */
const titleSyllables = 6;
/** Longest id the schema accepts (`asciiId`). */
const maxIdLength = 96;

/**
 * Lower-case ASCII words of a text: pinyin for Han characters, runs of ASCII letters and digits
 * kept whole, everything else a separator; at most `limit` words; '' when nothing is left.
 * @example slugify('甘肃：GDP增长5.2%', 5) // 'gan-su-gdp-zeng-zhang'
 */
export function slugify(text: string, limit = Number.POSITIVE_INFINITY, surname: 'off' | 'head' = 'off'): string {
  const words = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true, surname })
    .flatMap((part) => part.toLowerCase().split(/[^a-z0-9]+/))
    .filter((part) => part.length > 0);
  return words.slice(0, limit).join('-');
}

/** `slug` cut to the id length limit without a trailing hyphen. */
function fit(id: string): string {
  return id.slice(0, maxIdLength).replace(/-+$/, '');
}

/**
 * The id of an article of `date` (YYYY-MM-DD) titled `title`.
 * @example articleIdFor('2024-06-13', '加快建设幸福美好新甘肃') // '2024-06-13-jia-kuai-jian-she-xing-fu'
 * @example articleIdFor('2024-03-12', '2024年3月12日外交部发言人毛宁主持例行记者会') // '2024-03-12-wai-jiao-bu-fa-yan-ren'
 */
export function articleIdFor(date: string, title: string): string {
  // `2024年3月12日外交部发言人…`: the id has the date already; its syllables are the title's words.
  return fit([date, slugify(withoutLeadingDate(title), titleSyllables)].filter((part) => part.length > 0).join('-'));
}

/** The first id of `base`, `base-2`, `base-3`… not in `taken`. */
export function freshId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** An ASCII id to propose instead of a bad one (same words, pinyin), with the date in front when known. */
export function suggestArticleId(date: string, badId: string): string {
  const slug = slugify(badId, 12);
  const datePart = /^\d{4}-\d{2}-\d{2}$/.test(date) && !slug.startsWith(date) ? date : '';
  return fit([datePart, slug || 'article'].filter((part) => part.length > 0).join('-'));
}

/**
 * A speaker id from a Simplified name: surname, hyphen, given name, read as names are read.
 * @example speakerIdFor('单雄') // 'shan-xiong'
 */
export function speakerIdFor(hansName: string): string {
  const [surname = '', ...given] = slugify(hansName, 8, 'head').split('-');
  return [surname, given.join('')].filter((part) => part.length > 0).join('-');
}

/**
 * The id of an outlet or region from its Simplified name (`x` when it has no letters at all).
 * @example nameIdFor('新甘肃·甘肃日报') // 'xin-gan-su-gan-su-ri-bao'
 */
export function nameIdFor(hans: string): string {
  return slugify(hans) || 'x';
}

/**
 * Gives every distinct name a unique {@link nameIdFor} id; a name whose id is taken gets `-2`,
 * `-3`… in the order of the sorted names, so the result does not depend on input order.
 */
export function uniqueSlugs(names: readonly { key: string; hans: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  const sorted = [...new Map(names.map((n) => [n.key, n])).values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { key, hans } of sorted) {
    const id = freshId(nameIdFor(hans), taken);
    taken.add(id);
    out.set(key, id);
  }
  return out;
}
