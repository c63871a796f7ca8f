/**
 * ASCII ids for things that only have Chinese names (outlets, regions): the toneless pinyin of the
 * Simplified form, so the id is the same for both scripts. Characters that are neither Han nor ASCII
 * letters or digits separate words.
 */
import { pinyin } from 'pinyin-pro';

/**
 * Slug of a Simplified-Chinese name.
 * @example slugify('新甘肃·甘肃日报') // 'xin-gan-su-gan-su-ri-bao'
 */
export function slugify(hans: string): string {
  const words = pinyin(hans, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = words
    .join(' ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'x';
}

/**
 * Gives every distinct name a unique slug; a name whose slug is taken gets `-2`, `-3`… in the order
 * of the sorted names, so the result does not depend on input order.
 */
export function uniqueSlugs(names: readonly { key: string; hans: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  const sorted = [...new Map(names.map((n) => [n.key, n])).values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { key, hans } of sorted) {
    const base = slugify(hans);
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    out.set(key, slug);
  }
  return out;
}
