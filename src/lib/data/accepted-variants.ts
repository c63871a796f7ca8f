/**
 * Variant pairs the archive's Traditional standard accepts: both forms are correct Traditional
 * Chinese (one Hong Kong or older usage, the other the Taiwan form converted pages use), so a
 * Traditional original that wrote the first is never “repaired” into the second, and the round
 * trip Traditional → Simplified → Traditional may give the second back for the first.
 *
 * Where the data comes from: every pair the round trip produced on the archive's Traditional
 * originals (tests/unit/conversion/round-trip.test.ts prints them), each checked against the Hong
 * Kong 常用字字形表 or the MOE dictionary, where both forms are listed for the word. The quotation
 * marks are here because the quote rule (quotes per page script) rewrites them by design. To
 * extend: add `[published, converted, why]`; never add a pair whose first form is wrong in
 * Traditional (干部, 旅游): those are leftovers, and the normalizer repairs them.
 */

/** A published form (a character or a word), the form the converter writes, and why both are right. */
export type AcceptedVariant = readonly [published: string, converted: string, why: string];

/** Accepted variant pairs. */
export const acceptedVariants: readonly AcceptedVariant[] = [
  ['着', '著', 'aspect particle and 着力: Hong Kong 着, Taiwan 著 (2023-02-23: 圍着, 盯着, 着力)'],
  ['台', '臺', 'platform, stage: 台 in Hong Kong and common use, 臺 the MOE form (2023-02-23: 出台, 平台)'],
  ['周', '週', 'week, cycle: 周 in Hong Kong, 週 in Taiwan (2023-02-23: 每周; 2025-03-26: 全生命周期)'],
  ['扎', '紮', 'solid, root: 扎實 in Hong Kong, 紮實 in Taiwan (2023-02-23, 2025-03-26: 扎實)'],
  ['布', '佈', 'spread: MOE 分布 and 佈 both listed (OpenCC writes 佈 in phrases the overrides do not list)'],
  ['污', '汙', 'dirty: Hong Kong 污, Taiwan 汙 (2025-03-26: 排污)'],
  ['恒', '恆', 'constant: Hong Kong 恒, Taiwan 恆 (2025-03-26: 持之以恒)'],
  ['借', '藉', 'by means of: 借此 and 藉此 are both MOE entries (2025-03-26: 借此機會)'],
  ['裏', '裡', 'inside: Hong Kong 裏, Taiwan 裡'],
  ['麪', '麵', 'noodles: Hong Kong 麪, Taiwan 麵'],
  ['桿', '杆', 'pole: MOE lists 桿 and 杆 for it (2025-03-26: 標桿, 電力桿線; OpenCC keeps 杆)'],
  ['墻', '牆', 'wall: 墻 is a variant of the standard 牆 (2025-03-26: 幕墻, 外墻)'],
  ['閑', '閒', 'leisure, idle: 閑 is a variant of 閒 (2025-03-26: 休閑, 閑置)'],
  ['占', '佔', 'occupy: 佔 “同「占」” in the MOE 重編國語辭典, 占 the form Taiwan texts print (占比, 占有); OpenCC writes 佔'],
  ['拚', '拼', 'strive: 拚 in Taiwan and Hong Kong (拚經濟), 拼 in OpenCC (2023-02-23: 拚勁, 拚經濟)'],
  // Words, not characters: the source wrote a form that is not the standard one for this word;
  // the original's page keeps it as published, the converted page uses the standard.
  ['復種', '複種', 'multiple cropping: the agronomy term is 複種; the source wrote 復種 (2025-03-26), kept as published'],
  ['核準', '核准', 'approve: MOE 核准 (准 “permit”); the source wrote 核準 (2025-03-26), kept as published'],
  ['“', '「', 'quotes per page script: 「」 on Traditional pages'],
  ['”', '」', 'quotes per page script'],
  ['‘', '『', 'quotes per page script'],
  ['’', '』', 'quotes per page script'],
];

/** Single-character pairs only: `published` → every form the converter may write for it. */
export const acceptedVariantMap: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  for (const [published, converted] of acceptedVariants) if ([...published].length === 1) map.set(published, (map.get(published) ?? new Set()).add(converted));
  return map;
})();

/**
 * Whether `converted` differs from `published` at code point `i` only by an accepted pair (a
 * character pair there, or a word pair covering `i` in both texts).
 */
export function isAcceptedVariantAt(published: readonly string[], converted: readonly string[], i: number): boolean {
  if (acceptedVariantMap.get(published[i] ?? '')?.has(converted[i] ?? '')) return true;
  return acceptedVariants.some(([word, form]) => {
    const a = [...word];
    const b = [...form];
    if (a.length < 2 || a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) {
      const start = i - k;
      if (a.every((c, j) => published[start + j] === c) && b.every((c, j) => converted[start + j] === c)) return true;
    }
    return false;
  });
}
