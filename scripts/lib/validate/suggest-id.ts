/**
 * Article ids made from a date and a Chinese title: `2024-06-13-` then the pinyin of the title's
 * first syllables (pinyin-pro, tones dropped), lower-case ASCII only, so they are the same in both
 * scripts and safe in file names, URLs and anchors.
 * @example articleIdFor('2024-06-13', '加快建设幸福美好新甘肃') // '2024-06-13-jia-kuai-jian-she-xing-fu'
 */
import { pinyin } from 'pinyin-pro';

/** How many syllables of the title go into an id: enough to tell articles of one day apart. */
const maxSyllables = 6;

/** Lower-case ASCII slug of a text: pinyin for Han characters, letters and digits kept, the rest dropped. */
export function slugify(text: string, limit = maxSyllables): string {
  const parts = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .flatMap((part) => part.toLowerCase().split(/[^a-z0-9]+/))
    .filter((part) => part.length > 0);
  return parts.slice(0, limit).join('-');
}

/** The id for an article of `date` (YYYY-MM-DD) titled `title`. */
export function articleIdFor(date: string, title: string): string {
  const slug = slugify(title);
  return [date, slug].filter((part) => part.length > 0).join('-').slice(0, 96).replace(/-+$/, '');
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
  return [datePart, slug || 'article'].filter((part) => part.length > 0).join('-').slice(0, 96).replace(/-+$/, '');
}

/**
 * A speaker id from a name: surname, hyphen, given name, in toneless pinyin (the registry's convention).
 * @example speakerIdFor('任振鹤') // 'ren-zhenhe'
 */
export function speakerIdFor(name: string): string {
  const [surname, ...given] = slugify(name, 8).split('-');
  return [surname, given.join('')].filter((part) => part && part.length > 0).join('-');
}
