/**
 * The words a position ends with when a text introduces a person by it (`省农业农村厅厅长赵刚`,
 * `外交部发言人毛宁`, `市委常委、常务副市长李华`), in both scripts: import reads a participant's
 * position as the run before the name that ends in one of these, and the person a headline
 * introduces (`专访…厅长赵刚`) as the name right after one.
 *
 * Provenance: the positions printed in the archive's sources (省长, 副省长, 书记, 主任, 局长, 厅长,
 * 委员, 常委, 主持人, 发言人, 新闻发言人) and those of the people State Council Information Office and
 * provincial press conferences, HK releases and company interviews introduce (主席, 总裁, 董事长,
 * 总经理, 秘书长, 总监, 司长, 处长 — all but the last ending in one of these words), and the offices
 * ending in 官 of Hong Kong and Taiwan releases (行政長官 and 政務官; 檢察官, 法官).
 */
export const positionEndings: readonly string[] = ['书记', '書記', '主任', '主席', '常委', '总裁', '總裁', '经理', '經理', '总监', '總監', '长', '長', '员', '員', '人', '官'];
