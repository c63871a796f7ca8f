/** Reads the totals Pagefind prints at the end of indexing (`Indexed 20000 pages`, `Indexed 1234 words`…). */

/** Totals of one Pagefind run; a figure it did not print is undefined. */
export interface PagefindTotals {
  languages?: number;
  pages?: number;
  words?: number;
  filters?: number;
}

/** Sums every `Indexed N <what>` line (a build that runs Pagefind twice prints two totals). */
export function parsePagefindTotals(log: string): PagefindTotals {
  const totals: PagefindTotals = {};
  for (const match of log.matchAll(/Indexed (\d+) (languages?|pages?|words?|filters?)\b/g)) {
    const key = `${(match[2] ?? '').replace(/s$/, '')}s` as keyof PagefindTotals;
    totals[key] = (totals[key] ?? 0) + Number(match[1]);
  }
  return totals;
}
