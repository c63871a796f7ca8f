/**
 * The archive's phrase overrides: words whose rendering in the other script this archive decides
 * itself, because OpenCC's tables (opencc-js 1.4.2) get them wrong or disagree with the archive's
 * Traditional standard (see the README, “Script conversion”). An override wins over every OpenCC
 * phrase that would overlap it, but like OpenCC's phrases it only applies as whole words: it must
 * start and end at word boundaries of the text (`Intl.Segmenter`), so it never fires inside a
 * longer word.
 *
 * Where each entry comes from is in its `source`: a wrong form seen on a built page of the archive
 * (issue 12's table; the article is named) or a standard (MOE: the Taiwan Ministry of Education's
 * 重編國語辭典修訂本, whose headword is the standard form). To extend: add `{ from, to, source }`,
 * with `to` the full target word written by hand, and a row to tests/cases/convert-*.json.
 * Single characters are allowed: they replace OpenCC's default for that character where no
 * phrase decides (岳 is a surname or 岳父 far more often than 嶽 “great mountain”, whose words
 * 山嶽, 五嶽 are OpenCC phrases).
 */

/** One override: the word in the source script, the word in the target script, and why. */
export interface PhraseOverride {
  from: string;
  to: string;
  source: string;
}

/** Simplified → Traditional overrides. */
export const toHantOverrides: readonly PhraseOverride[] = [
  // 制/製: opencc-js keeps 制 unless a phrase says 製; “to make” words missing from STPhrases.
  { from: '制种', to: '製種', source: '2024-06-13 玉米制种 (seed production; MOE 製種)' },
  { from: '制氢', to: '製氫', source: '2025-03-26 制氢 (hydrogen production; 製 as in STPhrases 制造→製造)' },
  { from: '制绿氢', to: '製綠氫', source: '2025-03-26 制绿氢 (green-hydrogen production)' },
  { from: '制储运', to: '製儲運', source: '2025-03-26 “制储运供” (production, storage, transport and supply of hydrogen)' },
  // 征/徵: STPhrases 新征→新徵 (new levy) is matched before 征程 (journey).
  { from: '新征程', to: '新征程', source: '2023-10-27 Tianjin, 2023-01-16 interview: 新征程 (new journey; STPhrases 征程→征程)' },
  { from: '征迁', to: '徵遷', source: '2025-03-26 征迁 (expropriation and relocation; as STPhrases 征地→徵地)' },
  { from: '征拆', to: '徵拆', source: '2025-03-26 征拆 (expropriation and demolition; as STPhrases 征地→徵地)' },
  // 准/準: 准 “permit”, 準 “standard”. STPhrases has 准入→准入 but 市场准入→市場準入.
  { from: '市场准入', to: '市場准入', source: '2023-01-16 major projects: 市场准入 (market access; STPhrases 准入→准入, MOE 准許)' },
  // 布/佈: the MOE headwords are 發布, 公布, 宣布, 分布, 頒布; STPhrases writes 佈. The archive's
  // Traditional originals write 發布會 too, so converted pages and originals agree.
  { from: '发布', to: '發布', source: 'MOE 發布; the archive\'s Traditional originals (2025-03-26: 新聞發布會)' },
  { from: '公布', to: '公布', source: 'MOE 公布' },
  { from: '宣布', to: '宣布', source: 'MOE 宣布' },
  { from: '分布', to: '分布', source: 'MOE 分布' },
  { from: '颁布', to: '頒布', source: 'MOE 頒布' },
  { from: '布局', to: '布局', source: 'MOE 布局; the archive\'s Traditional originals write 布局 (2023-02-23, 2025-03-26)' },
  { from: '布置', to: '布置', source: 'MOE 布置' },
  { from: '散布', to: '散布', source: 'MOE 散布' },
  { from: '遍布', to: '遍布', source: 'MOE 遍布' },
  // 于/於: the preposition in set phrases of reports (the character alone is also a surname).
  { from: '专注于', to: '專注於', source: '2025-03-26 專注于 (a leftover of the source\'s converter; STPhrases 专注→專注, STCharacters 于→於)' },
  { from: '于一体', to: '於一體', source: '2025-03-26 “…工程”于一體 (集…于一体, “combining … in one”)' },
  // 岳/嶽: STCharacters' default 嶽 turned the place 岳堡镇 into 嶽堡鎮 (2023-10-27 Tianjin).
  { from: '岳', to: '岳', source: 'MOE: 岳 is the surname and 岳父; 嶽 only in mountain words, which are STPhrases entries (山岳→山嶽, 五岳→五嶽)' },
];

/** Traditional → Simplified overrides (none needed yet: TSPhrases + TSCharacters are many-to-one). */
export const toHansOverrides: readonly PhraseOverride[] = [];
