/**
 * Roster headings: the words a press-conference page prints over its list of who takes part, one
 * `position name` line each (`主持人` / `国务院新闻办新闻局局长、新闻发言人　寿小丽`). The list is the
 * page's record of the participants, not text anyone speaks: import gives its lines the layout role
 * `participants` (taken out of the body by the rule `participant-list`, listed in provenance) and
 * the people in it become the article's participants with the printed positions.
 *
 * Provenance: State Council Information Office transcripts (scio.gov.cn: `出席人：` / `主持人：` over
 * `position　name` lines, ideographic spaces), the Gansu provincial government press office's pages
 * (source 002: `主持人` / `发布人`), provincial portals (`出席嘉宾`, `发布嘉宾`); both scripts.
 */

/** A heading word and whether the people under it chair the conference. */
export const rosterHeadings: readonly { words: readonly string[]; host: boolean }[] = [
  { words: ['主持人', '主持'], host: true },
  { words: ['出席人', '出席人员', '出席人員', '发布人', '發布人', '發佈人', '出席嘉宾', '出席嘉賓', '发布嘉宾', '發布嘉賓', '嘉宾', '嘉賓'], host: false },
];
