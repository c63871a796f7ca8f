/**
 * The regions the archive's articles are about, as a hierarchy: id, name in both scripts, parent.
 *
 * Where the data comes from: the administrative divisions of the People's Republic of China as the
 * Ministry of Civil Affairs lists them — its 34 province-level divisions (provinces, autonomous
 * regions, municipalities, special administrative regions, and 台湾 as it lists it), and the
 * prefecture-level cities the articles are about (庆阳市 and 平凉市 of 甘肃省); names are the short
 * forms the articles use, written by hand in each script (慶陽, 平涼; 臺灣 with 臺, the form the
 * site's Traditional pages print), never converted. Ids are the toneless pinyin the site already
 * used for these regions (`gan-su`), so region URLs stay stable; 陕西 is `shaan-xi`, the official
 * romanization Shaanxi, because toneless pinyin gives 山西's `shan-xi`.
 *
 * How to extend: add an entry with the id (pinyin of the Simplified name, syllables joined by
 * hyphens), both names and the parent's id (`null` for a province-level region). A region an
 * article names but this table lacks still gets a page (its id from the pinyin, no parent), so add
 * it here to place it in the hierarchy. `tests/unit/lib/regions.test.ts` checks the table.
 */

/** One region: its id, its name in both scripts and its parent's id. */
export interface RegionEntry {
  id: string;
  name: { hans: string; hant: string };
  parent: string | null;
}

/** Every known region. */
export const regionTable: readonly RegionEntry[] = [
  { id: 'gan-su', name: { hans: '甘肃', hant: '甘肅' }, parent: null },
  { id: 'qing-yang', name: { hans: '庆阳', hant: '慶陽' }, parent: 'gan-su' },
  { id: 'ping-liang', name: { hans: '平凉', hant: '平涼' }, parent: 'gan-su' },
  { id: 'qing-hai', name: { hans: '青海', hant: '青海' }, parent: null },
  { id: 'bei-jing', name: { hans: '北京', hant: '北京' }, parent: null },
  { id: 'tian-jin', name: { hans: '天津', hant: '天津' }, parent: null },
  { id: 'he-bei', name: { hans: '河北', hant: '河北' }, parent: null },
  { id: 'shan-xi', name: { hans: '山西', hant: '山西' }, parent: null },
  { id: 'nei-meng-gu', name: { hans: '内蒙古', hant: '內蒙古' }, parent: null },
  { id: 'liao-ning', name: { hans: '辽宁', hant: '遼寧' }, parent: null },
  { id: 'ji-lin', name: { hans: '吉林', hant: '吉林' }, parent: null },
  { id: 'hei-long-jiang', name: { hans: '黑龙江', hant: '黑龍江' }, parent: null },
  { id: 'shang-hai', name: { hans: '上海', hant: '上海' }, parent: null },
  { id: 'jiang-su', name: { hans: '江苏', hant: '江蘇' }, parent: null },
  { id: 'zhe-jiang', name: { hans: '浙江', hant: '浙江' }, parent: null },
  { id: 'an-hui', name: { hans: '安徽', hant: '安徽' }, parent: null },
  { id: 'fu-jian', name: { hans: '福建', hant: '福建' }, parent: null },
  { id: 'jiang-xi', name: { hans: '江西', hant: '江西' }, parent: null },
  { id: 'shan-dong', name: { hans: '山东', hant: '山東' }, parent: null },
  { id: 'he-nan', name: { hans: '河南', hant: '河南' }, parent: null },
  { id: 'hu-bei', name: { hans: '湖北', hant: '湖北' }, parent: null },
  { id: 'hu-nan', name: { hans: '湖南', hant: '湖南' }, parent: null },
  { id: 'guang-dong', name: { hans: '广东', hant: '廣東' }, parent: null },
  { id: 'guang-xi', name: { hans: '广西', hant: '廣西' }, parent: null },
  { id: 'hai-nan', name: { hans: '海南', hant: '海南' }, parent: null },
  { id: 'chong-qing', name: { hans: '重庆', hant: '重慶' }, parent: null },
  { id: 'si-chuan', name: { hans: '四川', hant: '四川' }, parent: null },
  { id: 'gui-zhou', name: { hans: '贵州', hant: '貴州' }, parent: null },
  { id: 'yun-nan', name: { hans: '云南', hant: '雲南' }, parent: null },
  { id: 'xi-zang', name: { hans: '西藏', hant: '西藏' }, parent: null },
  { id: 'shaan-xi', name: { hans: '陕西', hant: '陝西' }, parent: null },
  { id: 'ning-xia', name: { hans: '宁夏', hant: '寧夏' }, parent: null },
  { id: 'xin-jiang', name: { hans: '新疆', hant: '新疆' }, parent: null },
  { id: 'xiang-gang', name: { hans: '香港', hant: '香港' }, parent: null },
  { id: 'ao-men', name: { hans: '澳门', hant: '澳門' }, parent: null },
  { id: 'tai-wan', name: { hans: '台湾', hant: '臺灣' }, parent: null },
];
