/**
 * Name parts for the benchmark's synthetic speakers: common Chinese surnames and given-name
 * characters, each in Simplified and Traditional form with its toneless pinyin (for the ASCII id).
 * Source: written by hand from the most frequent surnames and given-name characters of mainland
 * officials' names; the 简/繁 pairs are character-level (OpenCC `s2t`). To extend, add rows: the
 * generator only requires that hans/hant differ at most by character-level conversion.
 */

/** One name character in both scripts with its pinyin. */
export interface NamePart {
  hans: string;
  hant: string;
  pinyin: string;
}

/** Surnames. */
export const surnames: readonly NamePart[] = [
  { hans: '王', hant: '王', pinyin: 'wang' },
  { hans: '李', hant: '李', pinyin: 'li' },
  { hans: '张', hant: '張', pinyin: 'zhang' },
  { hans: '刘', hant: '劉', pinyin: 'liu' },
  { hans: '陈', hant: '陳', pinyin: 'chen' },
  { hans: '杨', hant: '楊', pinyin: 'yang' },
  { hans: '赵', hant: '趙', pinyin: 'zhao' },
  { hans: '黄', hant: '黃', pinyin: 'huang' },
  { hans: '周', hant: '周', pinyin: 'zhou' },
  { hans: '吴', hant: '吳', pinyin: 'wu' },
  { hans: '徐', hant: '徐', pinyin: 'xu' },
  { hans: '孙', hant: '孫', pinyin: 'sun' },
  { hans: '马', hant: '馬', pinyin: 'ma' },
  { hans: '朱', hant: '朱', pinyin: 'zhu' },
  { hans: '胡', hant: '胡', pinyin: 'hu' },
  { hans: '郭', hant: '郭', pinyin: 'guo' },
  { hans: '何', hant: '何', pinyin: 'he' },
  { hans: '高', hant: '高', pinyin: 'gao' },
  { hans: '林', hant: '林', pinyin: 'lin' },
  { hans: '罗', hant: '羅', pinyin: 'luo' },
  { hans: '郑', hant: '鄭', pinyin: 'zheng' },
  { hans: '梁', hant: '梁', pinyin: 'liang' },
  { hans: '谢', hant: '謝', pinyin: 'xie' },
  { hans: '宋', hant: '宋', pinyin: 'song' },
  { hans: '唐', hant: '唐', pinyin: 'tang' },
  { hans: '韩', hant: '韓', pinyin: 'han' },
  { hans: '冯', hant: '馮', pinyin: 'feng' },
  { hans: '邓', hant: '鄧', pinyin: 'deng' },
  { hans: '曹', hant: '曹', pinyin: 'cao' },
  { hans: '彭', hant: '彭', pinyin: 'peng' },
];

/** Given-name characters. */
export const givenChars: readonly NamePart[] = [
  { hans: '伟', hant: '偉', pinyin: 'wei' },
  { hans: '华', hant: '華', pinyin: 'hua' },
  { hans: '明', hant: '明', pinyin: 'ming' },
  { hans: '军', hant: '軍', pinyin: 'jun' },
  { hans: '建', hant: '建', pinyin: 'jian' },
  { hans: '国', hant: '國', pinyin: 'guo' },
  { hans: '平', hant: '平', pinyin: 'ping' },
  { hans: '文', hant: '文', pinyin: 'wen' },
  { hans: '志', hant: '志', pinyin: 'zhi' },
  { hans: '红', hant: '紅', pinyin: 'hong' },
  { hans: '东', hant: '東', pinyin: 'dong' },
  { hans: '海', hant: '海', pinyin: 'hai' },
  { hans: '丽', hant: '麗', pinyin: 'li' },
  { hans: '强', hant: '強', pinyin: 'qiang' },
  { hans: '涛', hant: '濤', pinyin: 'tao' },
  { hans: '斌', hant: '斌', pinyin: 'bin' },
  { hans: '辉', hant: '輝', pinyin: 'hui' },
  { hans: '鹏', hant: '鵬', pinyin: 'peng' },
  { hans: '宁', hant: '寧', pinyin: 'ning' },
  { hans: '荣', hant: '榮', pinyin: 'rong' },
  { hans: '庆', hant: '慶', pinyin: 'qing' },
  { hans: '兴', hant: '興', pinyin: 'xing' },
  { hans: '卫', hant: '衛', pinyin: 'wei' },
  { hans: '新', hant: '新', pinyin: 'xin' },
  { hans: '春', hant: '春', pinyin: 'chun' },
  { hans: '林', hant: '林', pinyin: 'lin' },
  { hans: '峰', hant: '峰', pinyin: 'feng' },
  { hans: '云', hant: '雲', pinyin: 'yun' },
  { hans: '玉', hant: '玉', pinyin: 'yu' },
  { hans: '波', hant: '波', pinyin: 'bo' },
  { hans: '晓', hant: '曉', pinyin: 'xiao' },
  { hans: '学', hant: '學', pinyin: 'xue' },
  { hans: '德', hant: '德', pinyin: 'de' },
  { hans: '长', hant: '長', pinyin: 'chang' },
  { hans: '江', hant: '江', pinyin: 'jiang' },
  { hans: '胜', hant: '勝', pinyin: 'sheng' },
];
