/**
 * The OpenCC presets the archive converts with: character-level conversion with OpenCC's phrase
 * tables for disambiguation (`cn`→`tw`, `tw`→`cn`), never phrase localization (`twp`, which would
 * rewrite quotations: 自行車→腳踏車). Taiwan forms are the Traditional display standard (裡, 著, 臺).
 * @see https://github.com/nk2028/opencc-js#api for the preset codes.
 */

/** opencc-js `Converter()` options for each direction between the two scripts. */
export const openccPresets = {
  toHant: { from: 'cn', to: 'tw' },
  toHans: { from: 'tw', to: 'cn' },
} as const;
