/**
 * Markers that open an item of an outline or a list: a line that starts with one begins its own
 * paragraph (or heading), so reflow never joins it to the line before, even when that line ends
 * without punctuation (`会议要求，各地要抓好以下重点工作` + `一、加快项目建设`).
 *
 * Provenance: the section numbering of Chinese official documents, GB/T 9704-2012 《党政机关公文格式》
 * §7.3.3 (“文中结构层次序数依次可以用‘一、’‘（一）’‘1.’‘（1）’标注”), as press releases and
 * conference texts print it, with 、 or ．after Arabic numbers too; circled numbers ①–⑳ and the bullets
 * (•, ●, ▪, ■, ◆, ◇, □, ○, ★, ☆, ‑ and ASCII `-`/`*` followed by a space) of web pages. 一是/二是 are not
 * markers: they open a sentence that a column break may have cut from the line before.
 */
export const outlineMarkers: readonly RegExp[] = [
  /^[一二三四五六七八九十百]{1,3}[、．.]/u,
  /^[（(][一二三四五六七八九十百]{1,3}[）)]/u,
  /^[0-9０-９]{1,3}[.．、](?![0-9０-９])/u,
  /^[（(][0-9０-９]{1,3}[）)]/u,
  /^[①-⑳]/u,
  /^[•●▪■◆◇□○★☆]/u,
  /^[-*]\s/u,
];

/** Whether a line opens an outline or list item. */
export function opensOutlineItem(line: string): boolean {
  const text = line.trimStart();
  return outlineMarkers.some((marker) => marker.test(text));
}
