/**
 * Page furniture: lines a news page prints around the article that are not its text — the end
 * mark of a release and the web editor's credit. Alone on their line, they are taken out of the body
 * by the rule `page-furniture` (reported, counted in the provenance panel with the text removed),
 * so they never end up inside the last speaker's answer or a citation.
 *
 * Provenance: the end marks 完 / （完） / -完- close Hong Kong government press releases
 * (info.gov.hk) and many mainland wire stories (新华社 “（完）”); 责任编辑/编辑/审核/校对 credits close
 * mainland portal pages (people.com.cn, gov.cn provincial portals); each in both scripts. Separator
 * lines (`***`, `---`, `——————`, `＊＊＊`) are the rules web pages and plain-text copies draw between parts.
 */
export const pageFurniture: readonly { kind: string; pattern: RegExp }[] = [
  { kind: 'end-mark', pattern: /^[\s（(【〔\[\-—－*＊]*完[\s）)】〕\]\-—－*＊]*$/u },
  { kind: 'separator', pattern: /^[\s\-—–_*＊=~～·]{3,}$/u },
  { kind: 'editor-credit', pattern: /^[（(【\[]?\s*(?:(?:责任编辑|責任編輯|编辑|編輯|审核|審核|校对|校對|责编|責編|监制|監製)\s*[:：]\s*[\p{Script=Han}·、，,]{1,12}[\s　]*)+[）)】\]]?$/u },
];

/** The kind of page furniture a whole line is (`end-mark`, `editor-credit`), or undefined. */
export function pageFurnitureKind(line: string): string | undefined {
  return pageFurniture.find((f) => f.pattern.test(line.trim()))?.kind;
}
