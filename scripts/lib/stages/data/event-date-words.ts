/**
 * Words that make a stated date the day of an event the text records: a date whose own clause says
 * that something was held that day (`2024年3月12日外交部发言人毛宁主持例行记者会`,
 * `2025年3月26日，庆阳市召开新闻发布会`) dates the event, not the page. Import then records the date
 * as the event's (`dateBasis.of: event`), which the article page says beside the date.
 *
 * Provenance: the headlines and leads of the archive's raw texts and of the import fixtures
 * (Ministry of Foreign Affairs briefings `…主持例行记者会`, State Council Information Office and
 * provincial press offices `举行新闻发布会`, `召开…会议`, Hong Kong `出席…會議`), both scripts.
 * To extend: add the verb in both scripts; a clause ends at 。！？； or a line break.
 */
export const eventDateWords: readonly string[] = ['举行', '舉行', '召开', '召開', '主持', '举办', '舉辦', '出席', '会见', '會見', '开幕', '開幕', '闭幕', '閉幕'];
