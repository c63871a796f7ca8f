/**
 * Protected names: proper names that script conversion must render exactly as written here, never
 * through OpenCC's tables (which would turn the surname 范 into 範, the place 余姚 into 餘姚
 * or 台州 into 臺州). Every speaker in `content/speakers.yaml` is protected too: the registry gives
 * both forms of each name and `createConverter()` adds them at build time, so they are not repeated here.
 *
 * Sources: place names from the administrative divisions named in the archive's texts (Gansu,
 * Qinghai) plus well-known places whose names keep 台/余/于/范 in Traditional; outlet names as their
 * mastheads print them. To extend: add `{ hans, hant }` with both forms written by hand.
 *
 * A name is matched as a whole word: it must start where a word starts (`Intl.Segmenter`), so 范县
 * never fires inside 示范县 (示范|县). Its end may run into a suffix the segmenter joins to the next
 * word (范县委 = 范|县委): names are followed by 委, 长, 人 too often for that to cancel them.
 */

/** One name in both scripts. */
export interface ProtectedName {
  /** The name in Simplified Chinese. */
  hans: string;
  /** The name in Traditional Chinese. */
  hant: string;
}

/** Places named in the archive, and places OpenCC's character tables would get wrong. */
export const protectedPlaces: readonly ProtectedName[] = [
  { hans: '甘肃', hant: '甘肅' },
  { hans: '庆阳', hant: '慶陽' },
  { hans: '兰州', hant: '蘭州' },
  { hans: '陇南', hant: '隴南' },
  { hans: '玉门', hant: '玉門' },
  { hans: '西峰区', hant: '西峰區' },
  { hans: '宁县', hant: '寧縣' },
  { hans: '合水县', hant: '合水縣' },
  { hans: '青海', hant: '青海' },
  { hans: '台州', hant: '台州' },
  { hans: '天台', hant: '天台' },
  { hans: '余姚', hant: '余姚' },
  { hans: '余杭', hant: '余杭' },
  { hans: '于都', hant: '于都' },
  { hans: '范县', hant: '范縣' },
  { hans: '平凉', hant: '平涼' },
  // A town of Pingliang (2023-10-27 Tianjin feature); STCharacters alone gives 嶽堡鎮.
  { hans: '岳堡镇', hant: '岳堡鎮' },
];

/** Outlets, as their mastheads print them. */
export const protectedOutlets: readonly ProtectedName[] = [
  { hans: '新甘肃·甘肃日报', hant: '新甘肅·甘肅日報' },
  { hans: '甘肃日报', hant: '甘肅日報' },
  { hans: '经济日报', hant: '經濟日報' },
  { hans: '人民日报', hant: '人民日報' },
  { hans: '中国日报', hant: '中國日報' },
  { hans: '新华社', hant: '新華社' },
  { hans: '中央广播电视总台', hant: '中央廣播電視總台' },
  { hans: '青海日报', hant: '青海日報' },
];

/**
 * Surnames whose characters OpenCC converts as ordinary words (范→範, 于→於, 余→餘, 岳→嶽, 干→幹): in a
 * personal name (authors, credits, and a name in running text where data/surname-contexts.ts shows
 * one) the leading surname is kept as written.
 */
export const protectedSurnames: readonly string[] = ['范', '于', '余', '岳', '干'];
