/**
 * The fields a news page prints on its information line under the headline, each a label and a
 * full-width or half-width colon, several on one line separated by spaces or bars:
 * `发布时间：2024-03-12 16:05:32　来源：外交部网站　作者：　编辑：王敏`, `来源：人民网－人民日报 | 编辑：李华`,
 * `字号：[大 中 小]`. A line made only of such fields (and a date before the first, `2024-04-19 10:30
 * 来源：…`) is the page's dateline: its date is the publication date, its source the outlet, its author
 * field the authors; editor, view-count and font-size fields are page furniture. In both scripts.
 *
 * Provenance: the information lines of gov.cn and provincial government portals (发布时间 / 来源 /
 * 作者 / 字号 [大 中 小] / 打印本页), mfa.gov.cn, people.com.cn (来源：人民网－人民日报 / 责编：…),
 * xinhuanet.com (来源：新华网 | 编辑：…), chinanews.com.cn (来源：中国新闻网 编辑：…), Hong Kong and
 * Taiwan portals (發布時間 / 來源 / 瀏覽次數; the Executive Yuan's and its ministries' 發布日期：113-05-30 /
 * 資料來源：行政院新聞傳播處, the date in years of the Republic), and the newspaper edition lines of their e-paper pages
 * (`人民日报 2024年03月05日 第01版`, `《人民日报》（2024年03月05日 第 01 版）`).
 */

/** What a field of the information line gives. */
export type PageInfoField = 'date' | 'outlet' | 'authors' | 'editor' | 'views' | 'font';

/** Labels of each field, in both scripts. */
export const pageInfoFields: readonly { field: PageInfoField; labels: readonly string[] }[] = [
  { field: 'date', labels: ['发布时间', '發布時間', '發佈時間', '发布日期', '發布日期', '发稿时间', '發稿時間', '更新时间', '更新時間', '时间', '時間', '日期'] },
  { field: 'outlet', labels: ['信息来源', '信息來源', '文章来源', '文章來源', '资料来源', '資料來源', '新闻来源', '新聞來源', '来源', '來源', '稿源', '出处', '出處'] },
  { field: 'authors', labels: ['作者', '撰稿', '撰文'] },
  { field: 'editor', labels: ['责任编辑', '責任編輯', '责编', '責編', '编辑', '編輯', '审核', '審核', '校对', '校對'] },
  { field: 'views', labels: ['浏览次数', '瀏覽次數', '浏览量', '瀏覽量', '阅读量', '閱讀量', '点击数', '點擊數', '访问量', '訪問量'] },
  { field: 'font', labels: ['字号', '字號', '字体', '字體'] },
];

/** Labels of the editor field, which also make an editor's credit alone on its line page furniture (data/page-furniture.ts). */
export const editorLabels: readonly string[] = pageInfoFields.find((f) => f.field === 'editor')?.labels ?? [];

/** Marks a page prints between two fields (`来源：新华网 | 编辑：…`). */
export const pageInfoSeparators = '|｜丨/／';
