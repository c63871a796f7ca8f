/**
 * Characters that a stored Traditional text may keep as written although OpenCC's round trip through
 * Simplified offers another form. Each is standard Traditional in every context where it appears
 * (Taiwan Ministry of Education standard forms), so "repairing" it would rewrite the published
 * text instead of fixing a converter's leftover Simplified form.
 *
 * Where the data comes from: characters seen changed by `repairTraditional()` on the archive's
 * Traditional sources, checked against the MOE standard form list. To extend it, add the character
 * with a comment naming the phrases that made it necessary, and a negative case to
 * tests/unit/lib/convert.test.ts.
 */
export const standardTraditionalForms: ReadonlySet<string> = new Set([
  // 布: 發布、公布、宣布、分布 are MOE standard; OpenCC's phrase table writes 佈 (a variant).
  '布',
]);
