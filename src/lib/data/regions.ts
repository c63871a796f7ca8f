/**
 * The regions the archive's articles are about, as a hierarchy: id, name in both scripts, parent.
 *
 * Where the data comes from: the administrative divisions of the People's Republic of China as the
 * Ministry of Civil Affairs lists them (庆阳市 and 平凉市 are prefecture-level cities of 甘肃省);
 * names are the short forms the articles use, written by hand in each script (慶陽, 平涼), never
 * converted. Ids are the toneless pinyin the site already used for these regions (`gan-su`), so
 * region URLs stay stable.
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
];
