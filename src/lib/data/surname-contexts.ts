/**
 * Where a protected surname (范, 于, 余, 岳, 干: data/protected-names.ts) in running text starts a
 * person's name, so that the Traditional page keeps it as written (干玉兰 → 干玉蘭, never 幹玉蘭;
 * 余承东 → 余承東, never 餘承東): right after a position title (`副省长干玉兰`), or before what news
 * prose puts after a name — a verb of saying (`余承东表示`) or a title of address or office
 * (`干玉兰副省长`, `范明同志`). Only where the surname and the next character are no dictionary
 * word: 干部, 余额, 范围, 于是 are words, never names.
 *
 * Provenance: the reporting verbs and titles that follow a named person in the archive's own sources
 * (表示, 介绍, 指出, 强调, 说; 省长, 书记, 主任, 局长) and in mainland wire style (新华社 / 人民日报:
 * 认为, 称, 透露, 坦言, 告诉记者; 同志, 先生, 女士, 教授, 院士, 董事长, 总经理); the position titles
 * before a name are the archive's one list (src/lib/article/data/position-titles.ts). Simplified forms:
 * the context is read in the Simplified text being converted.
 */

/** What follows a name in news prose: verbs of saying, then titles of address and office. */
export const afterName: readonly string[] = [
  '表示', '介绍', '指出', '强调', '认为', '透露', '坦言', '告诉', '回答', '说', '称', '答',
  '同志', '先生', '女士', '教授', '院士', '博士',
  '副省长', '省长', '副市长', '市长', '副县长', '县长', '副部长', '部长', '副局长', '局长', '副主任', '主任',
  '副书记', '书记', '副主席', '主席', '董事长', '总经理', '总裁', '院长', '校长', '厅长', '处长', '委员',
];

/** Longest given name read between a surname and what follows it (two characters: 承东, 玉兰). */
export const givenNameMax = 2;
