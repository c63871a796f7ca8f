/**
 * The OpenCC presets the archive converts with, and the names of the dictionaries in each of
 * opencc-js's dictionary groups (read from opencc-js 1.4.2 `dist/esm-lib/from/*.js` and `to/*.js`,
 * so that `npm run convert -- --explain` and the audit can say which table decided).
 *
 * The Traditional standard of converted pages is OpenCC's `s2tw` without phrase localization: the
 * Simplified text goes through STPhrases + STCharacters (OpenCC standard Traditional), then through
 * TWVariantsPhrases + TWVariants (Taiwan forms: 裡, 著, 麵, 汙). Never `twp`, which rewrites vocabulary
 * and so quotations (自行車→腳踏車). Traditional → Simplified uses `tw2s` (TWVariantsRev, then
 * TSPhrases + TSCharacters); it also reads Hong Kong forms (着, 裏, 台) correctly.
 * The archive's own phrase overrides (./phrase-overrides.ts) win over these tables.
 * @see https://github.com/nk2028/opencc-js#api for the preset codes.
 */

/** One direction: opencc-js locale codes and the dictionary names of each group, in order. */
export interface OpenccPreset {
  from: string;
  to: string;
  /** Names of the dictionaries of `Locale.from[from]` and then `Locale.to[to]`, group by group. */
  groups: readonly (readonly string[])[];
}

/** opencc-js options for each direction between the two scripts. */
export const openccPresets = {
  toHant: { from: 'cn', to: 'tw', groups: [['STPhrases', 'STCharacters'], ['TWVariantsPhrases', 'TWVariants']] },
  toHans: { from: 'tw', to: 'cn', groups: [['TWVariantsRevPhrases', 'TWVariantsRev'], ['TSPhrases', 'TSCharacters']] },
} as const satisfies Record<string, OpenccPreset>;
