/**
 * Places a news dateline prints right after the reporter's name with no space between
 * (`（中央社記者王小明台北20日電）`): with the place known, the name is what comes before it, so the
 * reporter can be credited without guessing — when exactly one place of this list ends the run and
 * leaves a person's name before it. A place not listed leaves the run unsplit (the maintainer adds
 * the author by hand).
 *
 * Provenance: the datelines of Taiwan's Central News Agency (cna.com.tw): its bureaus and the
 * cities and counties of Taiwan, in Traditional script as CNA prints them (台 and 臺 both), and
 * the foreign cities of its correspondents.
 */
export const datelinePlaces: readonly string[] = [
  '台北', '臺北', '新北', '桃園', '台中', '臺中', '台南', '臺南', '高雄', '基隆', '新竹', '嘉義', '苗栗', '彰化', '南投', '雲林',
  '屏東', '宜蘭', '花蓮', '台東', '臺東', '澎湖', '金門', '馬祖', '連江',
  '華盛頓', '紐約', '洛杉磯', '舊金山', '休士頓', '芝加哥', '多倫多', '溫哥華', '東京', '大阪', '首爾', '香港', '澳門', '北京', '上海',
  '新加坡', '曼谷', '河內', '胡志明市', '雅加達', '吉隆坡', '馬尼拉', '新德里', '雪梨', '墨爾本', '倫敦', '巴黎', '柏林', '布魯塞爾',
  '日內瓦', '羅馬', '維也納', '莫斯科', '華沙', '布拉格', '聖保羅', '墨西哥城',
];
